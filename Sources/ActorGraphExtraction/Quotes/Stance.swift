/// The stance of a statement: the balance of the lexicon's positive and
/// negative stance words in what was said (+1, 0 or −1).
enum Stance {
    static func of(_ content: [Range<Int>], doc: DocumentText, lexicon: LexiconIndex) -> Int {
        var score = 0
        for range in content {
            var k = range.lowerBound
            while k < range.upperBound {
                if let hit = lexicon.stance.match(doc.tokens, at: k, limit: range.upperBound) {
                    score += hit.payload
                    k += hit.length
                } else {
                    k += 1
                }
            }
        }
        return score > 0 ? 1 : (score < 0 ? -1 : 0)
    }
}
