/// The stance of a statement towards what it names: the balance of the
/// lexicon's positive and negative stance words within a few words of the
/// name, inside what was said (+1, 0 or −1). "Due to multiple obstructions by
/// the Malian transitional authorities, Canada and …" is hostile to the
/// authorities, not to Canada.
enum Stance {
    /// How many words on each side of a name count.
    static let window = 6

    static func toward(_ mention: Range<Int>, in content: [Range<Int>], doc: DocumentText, lexicon: LexiconIndex) -> Int {
        guard let range = content.first(where: { $0.contains(mention.lowerBound) }) else { return 0 }
        let lo = max(range.lowerBound, mention.lowerBound - window)
        let hi = min(range.upperBound, mention.upperBound + window)
        let sentence = doc.tokens[mention.lowerBound].sentence
        var score = 0
        var k = lo
        while k < hi {
            if doc.tokens[k].sentence == sentence, !mention.contains(k),
               let hit = lexicon.stance.match(doc.tokens, at: k, limit: hi) {
                score += hit.payload
                k += hit.length
            } else {
                k += 1
            }
        }
        return score > 0 ? 1 : (score < 0 ? -1 : 0)
    }
}
