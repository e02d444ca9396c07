import ActorGraph

/// Lower-casing with accents folded, cached per distinct word (documents
/// repeat their words, and `NameKey.fold` is not cheap).
enum NameFold {
    /// `text` lower-cased with Latin accents folded ("Côte" → "cote").
    static func lower(_ text: String) -> String {
        var ascii = true
        for b in text.utf8 where b >= 128 { ascii = false; break }
        if ascii { return text.lowercased() }
        return NameKey.fold(text)
    }
}
