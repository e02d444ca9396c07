/// The value of a Graphviz attribute: literal text, an HTML-like label, or a
/// string passed to Graphviz exactly as written.
///
/// Graphviz reads labels, tooltips, links and `id` as *escString*s, in which
/// `\n`, `\l`, `\r` break lines and `\N`, `\G`, `\E` substitute names.
/// `.text` means "show exactly this": the binding doubles backslashes in those
/// attributes, so `C:\temp\new` is drawn as written, and turns newlines into
/// centred line breaks. Other attributes (colours, shapes, numbers) are passed as given. `.raw` passes escString syntax through untouched, for
/// callers who want `\l` (left-justified lines) or `\N`. `.html` is an
/// HTML-like label (Graphviz's `<…>` form, written without the outer angle
/// brackets); it must be well-formed XML, see ``XMLText/escape(_:)``.
///
/// A string literal is `.text`; integer, float and boolean literals become their
/// usual Graphviz spelling.
public enum AttributeValue: Hashable, Sendable {
    /// Text shown literally; backslashes and newlines are escaped for Graphviz where needed.
    case text(String)
    /// An HTML-like label body (without the outer `<` `>`); must be valid XML.
    case html(String)
    /// A value passed to Graphviz verbatim, with escString semantics in label attributes.
    case raw(String)

    /// A number in the plain decimal form Graphviz accepts (`1.5`, `2`).
    public static func number(_ value: Double) -> AttributeValue {
        .text(GraphvizNumber.format(value))
    }
}

extension AttributeValue: ExpressibleByStringLiteral {
    /// A string literal is literal text.
    public init(stringLiteral value: String) { self = .text(value) }
}

extension AttributeValue: ExpressibleByIntegerLiteral {
    /// An integer literal, such as `nslimit = 2`.
    public init(integerLiteral value: Int) { self = .text(String(value)) }
}

extension AttributeValue: ExpressibleByFloatLiteral {
    /// A floating-point literal, such as `penwidth = 1.5`.
    public init(floatLiteral value: Double) { self = .number(value) }
}

extension AttributeValue: ExpressibleByBooleanLiteral {
    /// A Boolean literal, spelled `true` or `false` as Graphviz expects.
    public init(booleanLiteral value: Bool) { self = .text(value ? "true" : "false") }
}

extension AttributeValue: CustomStringConvertible {
    /// The value as written by the caller (not escaped).
    public var description: String {
        switch self {
        case .text(let s), .raw(let s): return s
        case .html(let s): return "<\(s)>"
        }
    }
}

/// Formats numbers the way Graphviz attributes expect them: plain decimals,
/// no exponent, no trailing `.0` on integers, at most 4 decimals (Graphviz works
/// in points, so finer precision only makes output unstable).
enum GraphvizNumber {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        // Clamped so that neither Int64 conversion nor exponent notation can occur;
        // no Graphviz attribute means anything at this magnitude.
        let clamped = min(max(value, -1e12), 1e12)
        let rounded = (clamped * 10_000).rounded() / 10_000
        if rounded == rounded.rounded() { return String(Int64(rounded)) }
        // Swift prints 4-decimal values in this range without an exponent.
        return String(rounded)
    }
}
