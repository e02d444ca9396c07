/// Who said what, where: one statement found in a document.
struct StatementFact: Sendable {
    /// The entities that made the statement (several for a joint statement).
    var speakers: [Int]
    /// The mentions that name the speakers (for the evidence span).
    var speakerMentions: [Int]
    /// The token ranges of what was said (several when a quote runs over paragraphs).
    var content: [Range<Int>]
    /// Whether the statement is a quotation (its words in quotation marks) rather than reported speech.
    var direct: Bool
    /// The verb of saying (or the colon) that attributes it.
    var anchor: Range<Int>
    /// The words that describe a speaker the text does not name ("a serviceman of the corps"), as evidence of its node.
    var speakerWords: Range<Int>? = nil

    /// The first token involved (content, verb or speaker).
    func firstToken(_ mentions: [Mention]) -> Int {
        var first = min(content.first?.lowerBound ?? anchor.lowerBound, anchor.lowerBound)
        for m in speakerMentions { first = min(first, mentions[m].start) }
        if let words = speakerWords, !words.isEmpty { first = min(first, words.lowerBound) }
        return first
    }

    /// One past the last token involved.
    func endToken(_ mentions: [Mention]) -> Int {
        var end = max(content.last?.upperBound ?? anchor.upperBound, anchor.upperBound)
        for m in speakerMentions { end = max(end, mentions[m].end) }
        if let words = speakerWords, !words.isEmpty { end = max(end, words.upperBound) }
        return end
    }
}
