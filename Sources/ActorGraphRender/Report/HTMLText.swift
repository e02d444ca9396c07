import Foundation

/// Escaping for text that goes into HTML, and the few number formats the page uses.
///
/// Every string that comes from the graph (names, excerpts, titles, ids) goes
/// through ``escape(_:)`` before it reaches the page, in text and in
/// attribute values alike: `&`, `<`, `>`, `"` and `'` become character
/// references, so no input can open a tag, close an attribute or start an
/// entity. Control characters other than tab and newline become U+FFFD
/// (they are not allowed in HTML text).
enum HTMLText {
    /// `text` safe for HTML text content and quoted attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F ... 0x9F).contains(scalar.value) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A score with `digits` decimals, the same on every machine (`String(format:)`
    /// without a locale uses the POSIX one: a point, no grouping).
    static func number(_ value: Double, digits: Int = 3) -> String {
        guard value.isFinite else { return value.isNaN ? "–" : (value > 0 ? "∞" : "−∞") }
        let text = String(format: "%.\(max(0, digits))f", value)
        // "-0.000" reads as a negative score; it is zero at this precision.
        return text.hasPrefix("-") && text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) ? String(text.dropFirst()) : text
    }

    /// A weight: whole numbers without decimals, others with two.
    static func weight(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : number(value, digits: 2)
    }

    /// "1 relation", "3 relations".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : (plural ?? singular + "s"))"
    }
}
