import ActorGraph

/// A hand-made graph in the spirit of the reference article (France's
/// withdrawal from Mali, 2022): countries, persons, organizations, missions,
/// statements, cooperative, hostile and neutral ties.
enum SampleGraph {
    static let ids = (
        france: "country:france", mali: "country:mali", russia: "country:russia",
        macron: "person:emmanuel-macron", goita: "person:assimi-goita",
        eu: "organization:european-union", junta: "organization:malian-junta", wagner: "organization:wagner-group",
        barkhane: "mission:operation-barkhane", takuba: "mission:takuba-task-force", minusma: "mission:minusma",
        statement: "statement:macron-1"
    )

    static func make() throws -> ActorGraph.Graph {
        let nodes = [
            Node(id: ids.france, kind: .country, name: "France", aliases: ["Paris", "French"]),
            Node(id: ids.mali, kind: .country, name: "Mali", aliases: ["Bamako"]),
            Node(id: ids.russia, kind: .country, name: "Russia", aliases: ["Moscow"]),
            Node(id: ids.macron, kind: .person, name: "Emmanuel Macron", aliases: ["Macron"]),
            Node(id: ids.goita, kind: .person, name: "Assimi Goïta"),
            Node(id: ids.eu, kind: .organization, name: "European Union", aliases: ["EU"]),
            Node(id: ids.junta, kind: .organization, name: "Malian military junta", aliases: ["the junta"]),
            Node(id: ids.wagner, kind: .organization, name: "Wagner Group", aliases: ["Wagner"]),
            Node(id: ids.barkhane, kind: .mission, name: "Operation Barkhane", aliases: ["Barkhane"]),
            Node(id: ids.takuba, kind: .mission, name: "Takuba task force", aliases: ["Takuba"]),
            Node(id: ids.minusma, kind: .mission, name: "MINUSMA"),
            Node(id: ids.statement, kind: .statement, name: "Macron on the withdrawal",
                 attributes: ["text": "We cannot remain militarily engaged alongside de facto authorities whose strategy and hidden objectives we do not share.", "quote": "direct"]),
        ]
        let edges = [
            Edge(source: ids.macron, target: ids.france, type: .leads),
            Edge(source: ids.goita, target: ids.junta, type: .leads),
            Edge(source: ids.junta, target: ids.mali, type: .leads),
            Edge(source: ids.france, target: ids.barkhane, type: .leads, weight: 3),
            Edge(source: ids.france, target: ids.takuba, type: .participatesIn),
            Edge(source: ids.eu, target: ids.takuba, type: .supports),
            Edge(source: ids.barkhane, target: ids.mali, type: .deployedIn, weight: 2),
            Edge(source: ids.minusma, target: ids.mali, type: .deployedIn),
            Edge(source: ids.france, target: ids.mali, type: .withdrawsFrom, weight: 4),
            Edge(source: ids.junta, target: ids.france, type: .expels),
            Edge(source: ids.eu, target: ids.junta, type: .sanctions),
            Edge(source: ids.junta, target: ids.wagner, type: .cooperatesWith),
            Edge(source: ids.russia, target: ids.wagner, type: .supports),
            Edge(source: ids.france, target: ids.wagner, type: .criticizes, weight: 2),
            Edge(source: ids.macron, target: ids.statement, type: .said),
            Edge(source: ids.statement, target: ids.junta, type: .about, sign: -1),
        ]
        return try ActorGraph.Graph(nodes: nodes, edges: edges)
    }

    /// The two blocs of the sample: France and its partners, the junta and its partners.
    static let blocs: [[String]] = [
        [ids.france, ids.macron, ids.eu, ids.barkhane, ids.takuba],
        [ids.mali, ids.junta, ids.goita, ids.wagner, ids.russia],
    ]

    /// A generated graph of `count` nodes of every kind with mixed signs; deterministic.
    static func generated(_ count: Int) throws -> ActorGraph.Graph {
        let kinds: [NodeKind] = [.country, .person, .organization, .mission, .statement]
        let types: [RelationType] = [.supports, .opposes, .meetsWith, .cooperatesWith, .criticizes, .mentions]
        var nodes: [Node] = []
        for index in 0..<count {
            let kind = kinds[index % kinds.count]
            nodes.append(Node(id: "\(kind.rawValue):n\(index)", kind: kind, name: "Actor number \(index)"))
        }
        var edges: [Edge] = []
        // A linear congruential sequence: varied but reproducible wiring.
        var state: UInt64 = 42
        for index in 0..<count {
            for _ in 0..<2 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let other = Int((state >> 33) % UInt64(count))
                guard other != index else { continue }
                let type = types[Int((state >> 20) % UInt64(types.count))]
                edges.append(Edge(source: nodes[index].id, target: nodes[other].id, type: type))
            }
        }
        return try ActorGraph.Graph(nodes: nodes, edges: edges)
    }
}
