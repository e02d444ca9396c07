/// Graphviz's SVG document made fit to sit inside an HTML page.
///
/// Graphviz writes a standalone file: an XML declaration, a DOCTYPE and
/// comments before the `<svg>` element, and a comment per node and edge.
/// Inline SVG in HTML takes none of those, so they are dropped; the element
/// itself is kept byte for byte (Graphviz has already escaped every label,
/// title and id as XML, which is also safe HTML inside `<svg>`).
enum EmbeddedSVG {
    /// The `<svg>…</svg>` element of a Graphviz SVG document, comments removed.
    ///
    /// - Complexity: O(*n*) in the document's length.
    static func element(from document: String) -> String {
        let start = document.range(of: "<svg")?.lowerBound ?? document.startIndex
        var out = ""
        out.reserveCapacity(document.utf8.count)
        var rest = document[start...]
        while let open = rest.range(of: "<!--") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else {
                rest = rest[rest.endIndex...]
                break
            }
            rest = rest[close.upperBound...]
            // A comment on a line of its own leaves no blank line behind.
            if rest.first == "\n", out.last == "\n" { rest = rest.dropFirst() }
        }
        out += rest
        while out.last?.isWhitespace == true { out.removeLast() }
        return out
    }
}
