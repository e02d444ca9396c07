import ActorGraph

/// A one-page HTML report on a relation graph, the page an analyst publishes:
/// a summary of the counts, the diagram (inline SVG), the top actors by
/// several centralities, the alliance blocs and the ties that cut across
/// them, every relation with the sentences it rests on, and the documents.
///
/// The page is self-contained: inline CSS and SVG, system fonts, no script,
/// and a Content-Security-Policy that forbids loading anything, so it opens
/// offline and never reaches the network. Every string from the graph is
/// escaped. The same graph and options give the same page, byte for byte,
/// except where the diagram itself varies: `fdp` and `sfdp` layouts vary
/// between calls in one process (see ``LayoutEngine``), and with Graphviz
/// 2.42 in process the alliance clusters are laid out in the order of their
/// names' addresses, so edges may be routed differently from one process to
/// the next (the page sorts the cluster groups, which fixes their order but
/// not the routing).
///
/// ```swift
/// let report = try HTMLReport(graph: graph, options: ReportOptions(title: "Mali, February 2022"))
/// try report.write(to: "report.html")
/// ```
public struct HTMLReport: Sendable {
    /// The page, UTF-8 text.
    public let html: String

    /// Builds the page: ranks the actors, partitions them into blocs, draws the diagram.
    ///
    /// - Parameters:
    ///   - graph: the relation graph.
    ///   - options: what to show; see ``ReportOptions``.
    /// - Throws: ``ReportError/invalidOption(_:)`` for `top` below 1 or no
    ///   measures, ``ReportError/analysis(_:)`` when a centrality does not
    ///   converge, ``ReportError/render(_:)`` when Graphviz fails.
    /// - Complexity: dominated by betweenness (O(*n*·*e*)) and the layout.
    public init(graph: Graph, options: ReportOptions = ReportOptions()) throws(ReportError) {
        guard options.top >= 1 else { throw .invalidOption("top must be at least 1, got \(options.top)") }
        guard !options.measures.isEmpty else { throw .invalidOption("name at least one measure for the ranking table") }
        let alliances = Alliances.compute(graph, method: options.allianceMethod)
        let context = ReportContext(graph: graph, options: options, alliances: alliances)
        let rankings = try RankingTable(graph: graph, options: options)
        let (svg, engine) = try Self.diagram(context)
        html = Self.page(context, sections: [
            SummarySection.html(context, rankings: rankings),
            DiagramSection.html(context, svg: svg, engine: engine),
            RankingSection.html(context, table: rankings),
            AllianceSection.html(context),
            RelationSection.html(context),
            DocumentSection.html(context),
        ])
    }

    /// Writes the page to `path` atomically: a temporary file in the same
    /// folder is renamed over `path`, so readers see the old file or the whole
    /// new one, and a failure leaves nothing behind.
    ///
    /// - Throws: ``ReportError/writeFailed(path:reason:)``.
    public func write(to path: String) throws(ReportError) {
        try ReportFile.write(Array(html.utf8), to: path)
    }

    /// The page title: the option, else the only document's title, else a generic one.
    static func title(_ context: ReportContext) -> String {
        if let title = context.options.title, !title.isEmpty { return title }
        let documents = context.graph.documents
        if documents.count == 1, let only = documents.values.first, let title = only.title, !title.isEmpty { return title }
        return documents.isEmpty ? "Relation graph" : "Relation graph of \(HTMLText.count(documents.count, "document"))"
    }

    /// The diagram as an inline `<svg>` element: alliance blocs as clusters,
    /// nodes sized by the sizing measure, no title (the page has one); and
    /// the engine that laid it out (large graphs switch from `dot` to `sfdp`).
    private static func diagram(_ context: ReportContext) throws(ReportError) -> (svg: String, engine: LayoutEngine) {
        let options = context.options
        let graph = context.graph
        guard graph.nodeCount > 0 else { return ("<p class=\"muted\">The graph is empty.</p>", options.layout) }
        let sizes: [String: Double]
        do {
            sizes = try centrality(options.sizeBy, of: graph, options: options.centrality)
        } catch {
            throw .analysis(error)
        }
        let renderOptions = RenderOptions(
            layout: options.layout, format: .svg, sizeBy: sizes,
            clusters: context.alliances.blocs.map { $0.members + $0.missions },
            includeStatements: options.diagramStatements, legend: true)
        do {
            // One plan: it gives both the engine (large graphs switch to sfdp) and the graph to render.
            let plan = try DiagramBuilder.plan(for: graph, options: renderOptions)
            let bytes = try renderPlan(plan, format: .svg)
            return (EmbeddedSVG.element(from: String(decoding: bytes, as: UTF8.self)), plan.engine)
        } catch {
            throw .render(error)
        }
    }

    /// The document around the sections: head (charset, viewport, CSP, style), masthead, contents, footer.
    private static func page(_ context: ReportContext, sections: [String]) -> String {
        let title = HTMLText.escape(title(context))
        let graph = context.graph
        let sources = graph.documents.values.compactMap(\.source).filter { !$0.isEmpty }
        var kicker = "ActorGraph report"
        if !sources.isEmpty { kicker += " · " + HTMLText.escape(Array(Set(sources)).sorted().joined(separator: ", ")) }
        let dates = graph.documents.values.compactMap(\.date).filter { !$0.isEmpty }.sorted()
        if let first = dates.first, let last = dates.last { kicker += " · " + HTMLText.escape(first == last ? first : "\(first) – \(last)") }
        let lede = "Who acts with, against or through whom, and the sentence that says so: "
            + "\(HTMLText.count(graph.nodeCount, "node")) and \(HTMLText.count(graph.edgeCount, "relation")) "
            + "from \(HTMLText.count(graph.documents.count, "document"))."
        let contents = [("summary", "Summary"), ("diagram", "Diagram"), ("rankings", "Top actors"),
                        ("blocs", "Blocs"), ("relations", "Relations"), ("documents", "Documents")]
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <meta name="generator" content="actorgraph report">
            <title>\(title)</title>
            <style>
            \(Stylesheet.css)</style>
            </head>
            <body>
            <div class="page">
            <header class="masthead">
            <p class="kicker">\(kicker)</p>
            <h1>\(title)</h1>
            <p class="lede">\(lede)</p>
            <nav class="toc">\(contents.map { "<a href=\"#\($0.0)\">\($0.1)</a>" }.joined(separator: " "))</nav>
            </header>
            <main>
            \(sections.joined())</main>
            <footer>Made with actorgraph. Centralities follow NetworkX's definitions; blocs minimise the weight of ties that contradict them.</footer>
            </div>
            </body>
            </html>

            """
    }
}
