import ActorGraph

/// The graph and what every section needs to name things: display names,
/// kinds, document titles and numbers, and the bloc of each actor.
struct ReportContext {
    /// The graph the report is about.
    let graph: Graph
    /// The report's options.
    let options: ReportOptions
    /// The alliance partition.
    let alliances: AllianceReport
    /// Bloc number (1-based, as in the diagram) by node id; missions included.
    let blocOf: [String: Int]
    /// Document number (1-based, in graph order) by document id.
    let documentNumber: [String: Int]

    /// Builds the lookups.
    init(graph: Graph, options: ReportOptions, alliances: AllianceReport) {
        self.graph = graph
        self.options = options
        self.alliances = alliances
        var blocOf: [String: Int] = [:]
        for bloc in alliances.blocs {
            for id in bloc.members + bloc.missions where blocOf[id] == nil { blocOf[id] = bloc.id }
        }
        self.blocOf = blocOf
        var documentNumber: [String: Int] = [:]
        for (index, id) in graph.documents.keys.enumerated() { documentNumber[id] = index + 1 }
        self.documentNumber = documentNumber
    }

    /// The display name of a node, or its id when the graph does not know it.
    func name(_ id: String) -> String { graph.nodes[id]?.name ?? id }

    /// A node as an inline chip: a swatch in its kind's colours, then its name
    /// (a statement's name in quotes when it was a direct quote). Escaped.
    func chip(_ id: String) -> String {
        guard let node = graph.nodes[id] else {
            return "<span class=\"node\">\(HTMLText.escape(id))</span>"
        }
        let kind = node.kind.rawValue
        let label = node.kind == .statement && node.attributes["quote"] != "indirect"
            ? "“\(node.name)”" : node.name
        return "<span class=\"node\" title=\"\(HTMLText.escape(node.id)) (\(kind))\">"
            + "<i class=\"swatch kind-\(kind)\"></i>\(HTMLText.escape(label))</span>"
    }

    /// A document's title, or its source and date, or its id.
    func documentTitle(_ id: String) -> String {
        guard let document = graph.documents[id] else { return id }
        if let title = document.title, !title.isEmpty { return title }
        let parts = [document.source, document.date].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? id : parts.joined(separator: ", ")
    }

    /// One piece of evidence: the excerpt in quotes, then the document's title
    /// and the sentence index, so a reader can find the sentence. Escaped.
    func evidence(_ evidence: Evidence) -> String {
        let excerpt = evidence.excerpt.map { "<q>\(HTMLText.escape($0))</q>" }
            ?? "<span class=\"muted\">(no excerpt)</span>"
        let number = documentNumber[evidence.document].map { "[\($0)] " } ?? ""
        return "<div class=\"evidence\">\(excerpt)<cite>\(number)\(HTMLText.escape(documentTitle(evidence.document)))"
            + " · sentence \(evidence.sentence)</cite></div>"
    }

    /// A sign as a small coloured label: cooperative, hostile or neutral.
    func sign(_ sign: Int) -> String {
        let style = SignStyle.of(sign: sign)
        return "<span class=\"sign sign-\(style.name)\">\(style.name)</span>"
    }
}
