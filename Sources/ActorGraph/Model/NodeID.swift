/// Makes the readable, stable node ids of the model: `kind:slug`.
public enum NodeID {
    /// `country:france` for (.country, "France"); `person:emmanuel-macron` for
    /// (.person, "Emmanuel Macron"). Letters are lower-cased and common Latin
    /// accents folded; every run of other characters becomes one hyphen.
    public static func make(kind: NodeKind, name: String) -> String {
        "\(kind.rawValue):\(slug(name))"
    }

    /// The slug part of an id: lower case ASCII letters and digits joined by hyphens.
    public static func slug(_ text: String) -> String {
        if let fast = ASCIIFold.slug(text) { return fast }
        var out = ""
        var pendingHyphen = false
        for ch in NameKey.fold(text) {
            if ch.isLetter || ch.isNumber {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(ch)
            } else if ch != "'" && ch != "’" && ch != "." {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "unnamed" : out
    }

    /// The kind named by an id's prefix, if it is one of the model's kinds.
    public static func kind(of id: String) -> NodeKind? {
        guard let colon = id.firstIndex(of: ":") else { return nil }
        return NodeKind(rawValue: String(id[..<colon]))
    }
}

/// The normal form under which names are compared when merging nodes.
public enum NameKey {
    /// Lower case, accents folded, punctuation and spacing collapsed, a leading
    /// "the" dropped: "The U.N." and "U.N" and "the UN" compare equal.
    public static func normalize(_ name: String) -> String {
        if let fast = ASCIIFold.normalize(name) { return fast }
        var words: [String] = []
        var word = ""
        for ch in fold(name) {
            if ch.isLetter || ch.isNumber {
                word.append(ch)
            } else if ch == "." || ch == "'" || ch == "’" {
                continue
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        if words.count > 1 && words[0] == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// Lower-cases and folds the accents of Latin letters ("Côte d’Ivoire" → "cote d’ivoire").
    public static func fold(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.lowercased() {
            if ch.isASCII {
                out.append(ch)
            } else if let base = accentFolds[ch] {
                out.append(base)
            } else {
                out.append(ch)
            }
        }
        return out
    }

    private static let accentFolds: [Character: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"),
            ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"),
            ("òóôõöøōŏő", "o"), ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"),
            ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"), ("æ", "ae"), ("œ", "oe"), ("ß", "ss"),
        ]
        var table: [Character: String] = [:]
        for (letters, base) in groups {
            for letter in letters { table[letter] = base }
        }
        return table
    }()
}

/// Byte-level versions of `NodeID.slug` and `NameKey.normalize` for ASCII
/// text, the common case, with the same results (tested against the general
/// versions); nil for text with other characters.
enum ASCIIFold {
    @inline(__always) private static func lower(_ b: UInt8) -> UInt8? {
        if b >= 97 && b <= 122 || b >= 48 && b <= 57 { return b }
        if b >= 65 && b <= 90 { return b + 32 }
        return nil
    }

    static func slug(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for b in text.utf8 {
            guard b < 128 else { return nil }
            if let c = lower(b) {
                if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                out.append(c)
            } else if b != UInt8(ascii: "'") && b != UInt8(ascii: ".") {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "unnamed" : String(decoding: out, as: UTF8.self)
    }

    static func normalize(_ name: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var words = 0
        var inWord = false
        var firstWordEnd = -1
        for b in name.utf8 {
            guard b < 128 else { return nil }
            if let c = lower(b) {
                if !inWord {
                    if words > 0 { out.append(UInt8(ascii: " ")) }
                    inWord = true
                }
                out.append(c)
            } else if b == UInt8(ascii: ".") || b == UInt8(ascii: "'") {
                continue
            } else if inWord {
                inWord = false
                words += 1
                if words == 1 { firstWordEnd = out.count }
            }
        }
        if inWord {
            words += 1
            if words == 1 { firstWordEnd = out.count }
        }
        // A leading "the" goes when more words follow.
        if words > 1, firstWordEnd == 3, out[0] == UInt8(ascii: "t"), out[1] == UInt8(ascii: "h"), out[2] == UInt8(ascii: "e") {
            out.removeFirst(4)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
