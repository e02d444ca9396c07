import ActorGraph

/// "Diagram": the rendered graph, inline SVG, with a caption that says how to read it.
enum DiagramSection {
    /// The section's HTML around an SVG element (already made fit for inlining), laid out by `engine`.
    static func html(_ context: ReportContext, svg: String, engine: LayoutEngine) -> String {
        let options = context.options
        var caption = "Node size: \(RankingTable.title(of: options.sizeBy)). "
        if !context.alliances.blocs.isEmpty { caption += "Grey boxes: the alliance blocs below. " }
        caption += "Edges: cooperative green, hostile red and dashed, neutral grey; thicker when stated more often. "
        if !options.diagramStatements { caption += "Statements are not drawn; they are listed with their sentences under Relations. " }
        caption += "Layout: \(engine.name)."
        caption += " Hover over a node or an edge for its details."
        // A checkbox and its label switch between fit-to-width and actual size with CSS alone (the page runs no script).
        return "<section id=\"diagram\" class=\"wide\">\n<h2>Diagram</h2>\n<figure class=\"diagram\">\n"
            + "<input type=\"checkbox\" id=\"diagram-zoom\" class=\"zoom-toggle\">"
            + "<label for=\"diagram-zoom\" class=\"zoom-label\"></label>\n<div class=\"canvas\">\n"
            + svg + "\n</div>\n<figcaption>\(HTMLText.escape(caption))</figcaption>\n</figure>\n</section>\n"
    }
}
