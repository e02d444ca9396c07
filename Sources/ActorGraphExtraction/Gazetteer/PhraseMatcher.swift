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
        var words: [Int32]
        var keys: [String]
        var rules: [CaseRule]
        var payload: Payload
    }

    /// Phrases by the vocabulary id of their first word.
    private var byFirst: [[Phrase]] = []
    private let caseSensitive: Bool

    /// Creates an empty matcher.
    init(caseSensitive: Bool) {
        self.caseSensitive = caseSensitive
    }

    /// Whether no phrase was added.
    var isEmpty: Bool { byFirst.allSatisfy(\.isEmpty) }

    /// Adds a phrase, numbering its words in `vocabulary`; returns false when it has no words.
    @discardableResult
    mutating func add(_ text: String, payload: Payload, vocabulary: inout Vocabulary) -> Bool {
        var tokens = Tokenizer.tokenize(text)
        guard !tokens.isEmpty else { return false }
        for k in tokens.indices { tokens[k].word = vocabulary.intern(tokens[k].lower) }
        let lowers = tokens.map { vocabulary.intern($0.lower) }
        let first = Int(lowers[0])
        let keys = tokens.map(\.key)
        let rules: [CaseRule] = tokens.map { t in
            guard caseSensitive, t.kind == .word else { return .any }
            if t.isAllCaps && t.key.count <= 5 { return .exact }
            return t.isCapitalized ? .capitalized : .any
        }
        let phrase = Phrase(words: lowers, keys: keys, rules: rules, payload: payload)
        while byFirst.count <= first { byFirst.append([]) }
        var list = byFirst[first]
        if let same = list.firstIndex(where: { $0.keys == keys && $0.rules == rules }) {
            list[same] = phrase
        } else {
            // Longest first; among equals, first added first (deterministic).
            let at = list.firstIndex(where: { $0.words.count < lowers.count }) ?? list.count
            list.insert(phrase, at: at)
        }
        byFirst[first] = list
        return true
    }

    /// The longest phrase starting at token `i` that ends before `limit`, as
    /// (number of tokens, payload); `accept` can veto a candidate.
    func match(_ tokens: [Token], at i: Int, limit: Int,
               accept: (Payload, Range<Int>) -> Bool = { _, _ in true }) -> (length: Int, payload: Payload)? {
        let first = Int(tokens[i].word)
        guard first >= 0, first < byFirst.count else { return nil }
        for phrase in byFirst[first] {
            let count = phrase.words.count
            guard i + count <= limit else { continue }
            var ok = true
            for k in 0..<count {
                if tokens[i + k].word != phrase.words[k] { ok = false; break }
                // Words of a phrase must not be split by a line break.
                if k > 0 && tokens[i + k].newlineBefore { ok = false; break }
                switch phrase.rules[k] {
                case .any: break
                case .capitalized: if !tokens[i + k].isCapitalized { ok = false }
                case .exact: if tokens[i + k].key != phrase.keys[k] { ok = false }
                }
                if !ok { break }
            }
            if ok, accept(phrase.payload, i..<(i + count)) { return (count, phrase.payload) }
        }
        return nil
    }

    /// Whether some phrase starts with this word (a vocabulary id).
    func startsPhrase(_ word: Int32) -> Bool { word >= 0 && Int(word) < byFirst.count && !byFirst[Int(word)].isEmpty }
}
