/// The words of the lexicon's phrases, numbered, so that matching compares
/// integers: a document's tokens are looked up once, the matchers index arrays.
struct Vocabulary: Sendable {
    private var ids: [String: Int32] = [:]

    /// The number of words.
    var count: Int { ids.count }

    /// The id of a lower-cased word, adding it if new.
    mutating func intern(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(ids.count)
        ids[word] = id
        return id
    }

    /// The id of a lower-cased word, or -1 when no phrase uses it.
    func lookup(_ word: String) -> Int32 { ids[word] ?? -1 }
}
