/// A document's text prepared for the rules: scalars, tokens, sentences, and
/// which tokens are page furniture (menus, photo credits, bylines) to skip.
struct DocumentText: Sendable {
    /// The text as Unicode scalars (evidence offsets index this array) and UTF-8 bytes.
    let source: ScalarText
    /// The text as Unicode scalars; evidence offsets index this array.
    var scalars: [Unicode.Scalar] { source.scalars }
    /// The tokens, in order.
    let tokens: [Token]
    /// The sentences, in order.
    let sentences: [Sentence]
    /// Per token: whether it is page furniture that names nobody in the story.
    let ignored: [Bool]
    /// The paragraph that holds the headline, if the text starts with one.
    let titleParagraph: Int?
    /// Lower-cased words that the text writes in lower case somewhere (so a
    /// capital at the start of a sentence is not enough to make them names).
    let lowercaseWords: Set<String>

    init(_ text: String) {
        source = ScalarText(text)
        var tokens = Tokenizer.tokenize(source.scalars, source)
        sentences = SentenceSplitter.split(&tokens)
        self.tokens = tokens
        ignored = Boilerplate.mask(tokens)
        titleParagraph = Boilerplate.titleParagraph(tokens, ignored: ignored)
        var lower = Set<String>()
        for t in tokens where t.kind == .word && !t.isCapitalized { lower.insert(t.lower) }
        lowercaseWords = lower
    }

    /// The text of a scalar span.
    func text(_ start: Int, _ end: Int) -> String { source.text(start, end) }

    /// The text of a token range (from the first token's start to the last one's end).
    func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    /// The text of a sentence.
    func text(sentence index: Int) -> String {
        let s = sentences[index]
        return text(s.start, s.end)
    }
}
