/// Escaping of text placed inside HTML-like labels, which Graphviz parses as XML.
public enum XMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as entities and control
    /// characters (invalid in XML 1.0) replaced by spaces, so it can go inside
    /// an HTML-like label or an attribute value in one.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(" ")
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out.unicodeScalars.append(" ")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
