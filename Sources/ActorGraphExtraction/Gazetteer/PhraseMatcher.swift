/// Finds the longest lexicon phrase that starts at a token.
///
/// Phrases are tokenized like documents, indexed by their first word
/// (lower-cased), and compared word by word. Case-sensitive matchers (for
/// names) require a capital where the phrase has one and the exact letters of
/// an acronym ("US" is not "us"); case-insensitive ones (verbs, titles) only
/// compare lower-cased forms. A phrase added again replaces the earlier one,
/// so a user's lexicon overrides the built-in one.
/// - Complexity: a match costs O(p · l) for the p phrases that share the first
///   word, of at most l words.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    private enum CaseRule: UInt8, Sendable { case any, capitalized, exact }

    private struct Phrase: Sendable {
        var lowers: [String]
        var keys: [String]
        var rules: [CaseRule]
        var payload: Payload
    }

    private var byFirst: [String: [Phrase]] = [:]
    private let caseSensitive: Bool

    /// Creates an empty matcher.
    init(caseSensitive: Bool) {
        self.caseSensitive = caseSensitive
    }

    /// Whether no phrase was added.
    var isEmpty: Bool { byFirst.isEmpty }

    /// Adds a phrase; returns false when it has no words.
    @discardableResult
    mutating func add(_ text: String, payload: Payload) -> Bool {
        let tokens = Tokenizer.tokenize(text)
        guard let first = tokens.first else { return false }
        let lowers = tokens.map(\.lower)
        let keys = tokens.map(\.key)
        let rules: [CaseRule] = tokens.map { t in
            guard caseSensitive, t.kind == .word else { return .any }
            if t.isAllCaps && t.key.count <= 5 { return .exact }
            return t.isCapitalized ? .capitalized : .any
        }
        let phrase = Phrase(lowers: lowers, keys: keys, rules: rules, payload: payload)
        var list = byFirst[first.lower, default: []]
        if let same = list.firstIndex(where: { $0.keys == keys && $0.rules == rules }) {
            list[same] = phrase
        } else {
            // Longest first; among equals, first added first (deterministic).
            let at = list.firstIndex(where: { $0.lowers.count < lowers.count }) ?? list.count
            list.insert(phrase, at: at)
        }
        byFirst[first.lower] = list
        return true
    }

    /// The longest phrase starting at token `i` that ends before `limit`, as
    /// (number of tokens, payload); `accept` can veto a candidate.
    func match(_ tokens: [Token], at i: Int, limit: Int,
               accept: (Payload, Range<Int>) -> Bool = { _, _ in true }) -> (length: Int, payload: Payload)? {
        guard let list = byFirst[tokens[i].lower] else { return nil }
        for phrase in list {
            let count = phrase.lowers.count
            guard i + count <= limit else { continue }
            var ok = true
            for k in 0..<count {
                let t = tokens[i + k]
                if t.lower != phrase.lowers[k] { ok = false; break }
                // Words of a phrase must not be split by a line break.
                if k > 0 && t.newlineBefore { ok = false; break }
                switch phrase.rules[k] {
                case .any: break
                case .capitalized: if !t.isCapitalized { ok = false }
                case .exact: if t.key != phrase.keys[k] { ok = false }
                }
                if !ok { break }
            }
            if ok, accept(phrase.payload, i..<(i + count)) { return (count, phrase.payload) }
        }
        return nil
    }

    /// Whether some phrase starts with this lower-cased word.
    func startsPhrase(_ lower: String) -> Bool { byFirst[lower] != nil }
}
