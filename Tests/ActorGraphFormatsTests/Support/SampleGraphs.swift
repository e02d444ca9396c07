import ActorGraph

/// Graphs the export tests write: a small clean one, a hostile one, and a generated one.
enum SampleGraphs {
    /// One person whose name holds a control character (U+7) that XML cannot carry: every XML export refuses it.
    static func bell() throws -> Graph {
        try Graph(nodes: [Node(id: "person:x", kind: .person, name: "bell\u{7}")], edges: [])
    }

    static let document = Document(
        id: "sha256:0f1e2d3c", title: "France announces military withdrawal from Mali", date: "2022-02-17",
        source: "DW", url: "https://example.org/a")

    /// France, Mali, Macron, Barkhane and one statement, with evidence.
    static func small() -> Graph {
        let ev = { (s: Int) in Evidence(document: document.id, sentence: s, start: s * 10, end: s * 10 + 7, excerpt: "sentence \(s)") }
        let nodes = [
            Node(id: "country:france", kind: .country, name: "France", aliases: ["French", "Paris"],
                 attributes: ["iso3": "FRA"], evidence: [ev(1)]),
            Node(id: "country:mali", kind: .country, name: "Mali", attributes: ["iso3": "MLI"], evidence: [ev(1)]),
            Node(id: "person:emmanuel-macron", kind: .person, name: "Emmanuel Macron", aliases: ["Macron"],
                 attributes: ["role": "President of France"]),
            Node(id: "mission:barkhane", kind: .mission, name: "Barkhane", aliases: ["Operation Barkhane"]),
            Node(id: "statement:macron-1", kind: .statement, name: "Macron on the junta",
                 attributes: ["text": "We cannot remain militarily engaged alongside de facto authorities.", "quote": "direct"],
                 evidence: [ev(14)]),
        ]
        let edges = [
            Edge(source: "country:france", target: "country:mali", type: .withdrawsFrom, evidence: [ev(1)]),
            Edge(source: "country:france", target: "country:mali", type: .cooperatesWith, weight: 0.25),
            Edge(source: "person:emmanuel-macron", target: "country:france", type: .leads, weight: 2),
            Edge(source: "mission:barkhane", target: "country:mali", type: .deployedIn, evidence: [ev(3), Evidence(document: document.id, sentence: 4)]),
            Edge(source: "person:emmanuel-macron", target: "statement:macron-1", type: .said, evidence: [ev(14)]),
            Edge(source: "statement:macron-1", target: "country:mali", type: .about, sign: -1, evidence: [ev(14)]),
        ]
        return build(documents: [document], nodes: nodes, edges: edges)
    }

    /// Strings that break naive writers of every format.
    static let hostileStrings: [String] = [
        "Wagner \"Group\"\nPMC",
        "O'Brien's \\ backslash \\\\ double \\",
        "<script>&amp; ]]> </graphml> <!-- x -->",
        "}{ ] [ ; , -> -- digraph { a -> b } \"x\" [label=y]",
        "'}) MATCH (n) DETACH DELETE n //",
        "\") MATCH (n) DETACH DELETE n /* block */ // line",
        "`Entity` `` backticks",
        "🇲🇱 Mali 👩🏽‍⚖️ مالي עברית \u{202E}reversed",
        "tab\there\rcarriage\r\nwindows",
        "\\u0027 \\u0060 \\n not escapes",
        "line\n# preprocessor\n@prefix ex: <http://x/> .",
        "\"\"\" triple ''' quotes",
        "a;b|c",
        "\\N",
        "  spaced  ",
        "CREATE (x:Hacked) RETURN x; MATCH (n) DETACH DELETE n",
    ]

    /// A graph whose names, aliases, attributes, statement texts and excerpts are all hostile.
    static func hostile() -> Graph {
        let doc = Document(id: "sha256:hostile", title: hostileStrings[0], date: "2022-02-18", source: hostileStrings[3])
        var nodes: [Node] = []
        for (i, text) in hostileStrings.enumerated() {
            let kind = NodeKind.allCases[i % NodeKind.allCases.count]
            let other = hostileStrings[(i + 1) % hostileStrings.count]
            nodes.append(Node(
                id: "\(kind.rawValue):hostile-\(i)", kind: kind, name: text,
                aliases: ["aka \(i) " + other, "alias \(i) " + hostileStrings[(i + 5) % hostileStrings.count]],
                attributes: [
                    "text": text, "role": other, "name": "attribute called name \(i)", "attr.kind": "prefixed \(i)",
                    "date of birth": i % 2 == 0 ? "" : "2022-0\(i % 9 + 1)-01",
                ],
                evidence: [Evidence(document: doc.id, sentence: i, start: i, end: i + 3, excerpt: other)]))
        }
        nodes.append(Node(id: "organization:weird id/\"quote\"<&>'", kind: .organization, name: "weird id"))
        var edges: [Edge] = []
        for i in 0..<nodes.count {
            let j = (i + 1) % nodes.count, k = (i + 3) % nodes.count
            edges.append(Edge(source: nodes[i].id, target: nodes[j].id, type: .opposes,
                              evidence: [Evidence(document: doc.id, sentence: i, excerpt: hostileStrings[i % hostileStrings.count])]))
            edges.append(Edge(source: nodes[i].id, target: nodes[j].id, type: .supports, weight: 0.5))
            edges.append(Edge(source: nodes[i].id, target: nodes[k].id, type: .about, sign: i % 3 - 1, weight: 1e-5,
                              evidence: [Evidence(document: doc.id, sentence: i, start: 0, end: 1)]))
        }
        return build(documents: [doc], nodes: nodes, edges: edges)
    }

    /// Builds a graph whose parts must be consistent; a mistake in a fixture stops the tests loudly.
    private static func build(documents: [Document], nodes: [Node], edges: [Edge]) -> Graph {
        do {
            let graph = try Graph(documents: documents, nodes: nodes, edges: edges)
            precondition(graph.nodeCount == nodes.count && graph.edgeCount == edges.count, "fixture nodes or edges merged")
            return graph
        } catch {
            preconditionFailure("inconsistent fixture: \(error)")
        }
    }
}
