import ActorGraph

/// "Documents": the sources, numbered as the evidence cites them, with how
/// many relations each supports.
enum DocumentSection {
    /// The section's HTML.
    static func html(_ context: ReportContext) -> String {
        let graph = context.graph
        var cited: [String: Int] = [:]
        for edge in graph.edges.values {
            for document in Set(edge.evidence.map(\.document)) { cited[document, default: 0] += 1 }
        }
        var out = "<section id=\"documents\">\n<h2>Documents</h2>\n"
        guard !graph.documents.isEmpty else {
            return out + "<p class=\"muted\">The graph records no source documents.</p>\n</section>\n"
        }
        out += "<ol class=\"documents\">\n"
        for document in graph.documents.values {
            var line = "<strong>\(HTMLText.escape(context.documentTitle(document.id)))</strong>"
            let meta = [document.source, document.date].compactMap { $0 }.filter { !$0.isEmpty }
            if !meta.isEmpty { line += " — \(HTMLText.escape(meta.joined(separator: ", ")))" }
            line += " <span class=\"muted\">· \(HTMLText.count(cited[document.id] ?? 0, "relation")) cite it</span>"
            if let url = document.url, !url.isEmpty { line += "<br>\(link(url))" }
            line += "<br><code>\(HTMLText.escape(document.id))</code>"
            out += "<li id=\"document-\(context.documentNumber[document.id] ?? 0)\">\(line)</li>\n"
        }
        out += "</ol>\n</section>\n"
        return out
    }

    /// A web address as a link; anything else (a file name, a `javascript:` URL) as plain text.
    private static func link(_ url: String) -> String {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else {
            return "<span class=\"muted\">\(HTMLText.escape(url))</span>"
        }
        return "<a href=\"\(HTMLText.escape(url))\" rel=\"noreferrer noopener\">\(HTMLText.escape(url))</a>"
    }
}
