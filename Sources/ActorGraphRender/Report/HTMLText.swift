import Foundation
import Graphviz

/// Escaping for text that goes into HTML, and the few number formats the page uses.
enum HTMLText {
    /// `text` safe for HTML text content and quoted attribute values: `&`,
    /// `<`, `>`, `"` and `'` become character references, so no input can open
    /// a tag, close an attribute or start an entity; control characters
    /// become spaces. Every string from the graph (names, excerpts, titles,
    /// ids) goes through it. The rules are XML's, shared with Graphviz labels.
    static func escape(_ text: String) -> String { XMLText.escape(text) }

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
