import ActorGraph

/// "Relations": every relation of the graph, source — type (sign) → target,
/// with its weight and each sentence it rests on, in the order the documents
/// state them.
enum RelationSection {
    /// The section's HTML.
    static func html(_ context: ReportContext) -> String {
        let edges = ordered(context)
        var out = "<section id=\"relations\">\n<h2>Relations and the sentences they rest on</h2>\n"
        out += "<p class=\"note\">\(HTMLText.count(edges.count, "relation")), in the order the documents first state them. "
            + "Weight is the relation's strength in the graph (merged statements add up); each sentence is cited by document and sentence index (from 0).</p>\n"
        guard !edges.isEmpty else { return out + "<p class=\"muted\">The graph has no relations.</p>\n</section>\n" }
        out += "<div class=\"table-wrap\"><table class=\"relations\">\n"
            + "<colgroup><col class=\"source\"><col class=\"relation\"><col class=\"target\"><col class=\"weight\"><col class=\"evidence\"></colgroup>\n"
            + "<thead><tr><th>Source</th><th>Relation</th><th>Target</th>"
            + "<th class=\"num\">Weight</th><th>Evidence</th></tr></thead>\n<tbody>\n"
        for edge in edges {
            let style = SignStyle.of(sign: edge.sign)
            let evidence = edge.evidence.isEmpty
                ? "<span class=\"muted\">(no sentence recorded)</span>" : edge.evidence.map(context.evidence).joined()
            out += "<tr class=\"sign-\(style.name)\"><td>\(context.chip(edge.source))</td>"
                + "<td><span class=\"rel sign-\(style.name)\">\(HTMLText.escape(LabelText.relation(edge.type))) →</span><br>\(context.sign(edge.sign))</td>"
                + "<td>\(context.chip(edge.target))</td>"
                + "<td class=\"num\">\(HTMLText.weight(edge.weight))</td>"
                + "<td>\(evidence)</td></tr>\n"
        }
        out += "</tbody>\n</table></div>\n</section>\n"
        return out
    }

    /// The edges by their first evidence (document order, then sentence, then
    /// position), edges without evidence last; graph order breaks ties.
    static func ordered(_ context: ReportContext) -> [Edge] {
        let edges = Array(context.graph.edges.values)
        let keys: [(document: Int, sentence: Int, start: Int)] = edges.map { edge in
            let first = edge.evidence.min { a, b in
                let da = context.documentNumber[a.document] ?? Int.max, db = context.documentNumber[b.document] ?? Int.max
                return (da, a.sentence, a.start ?? Int.max) < (db, b.sentence, b.start ?? Int.max)
            }
            guard let first else { return (Int.max, Int.max, Int.max) }
            return (context.documentNumber[first.document] ?? Int.max, first.sentence, first.start ?? Int.max)
        }
        return edges.indices.sorted { i, j in
            let a = keys[i], b = keys[j]
            return (a.document, a.sentence, a.start, i) < (b.document, b.sentence, b.start, j)
        }.map { edges[$0] }
    }
}
