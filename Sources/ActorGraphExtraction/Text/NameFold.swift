import ActorGraph

/// Lower-casing with accents folded, cached per distinct word (documents
/// repeat their words, and `NameKey.fold` is not cheap).
enum NameFold {
    /// `text` lower-cased with Latin accents folded ("Côte" → "cote").
    static func lower(_ text: String) -> String {
        var ascii = true
        var upper = false
        for b in text.utf8 {
            if b >= 128 { ascii = false; break }
            if b >= 65 && b <= 90 { upper = true }
        }
        if ascii { return upper ? text.lowercased() : text }
        return NameKey.fold(text)
    }
}
