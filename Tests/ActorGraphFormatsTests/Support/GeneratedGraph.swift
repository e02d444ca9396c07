import ActorGraph

/// A deterministic random graph of any size, for the large interoperability tests and the benchmark.
enum GeneratedGraph {
    /// SplitMix64: small, fast, and the same on every platform.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// A graph with `nodeCount` nodes and about `edgeCount` edges (exactly, unless the
    /// graph is too small to hold that many distinct source–target–type triples).
    static func make(nodes nodeCount: Int, edges edgeCount: Int, seed: UInt64 = 42) -> Graph {
        var random = Random(state: seed)
        var graph = Graph()
        let documentCount = max(1, nodeCount / 100)
        for d in 0..<documentCount {
            graph.add(Document(id: "sha256:doc\(d)", title: "Generated article \(d)", date: "2022-02-\(10 + d % 19)", source: "gen"))
        }
        var ids: [String] = []
        ids.reserveCapacity(nodeCount)
        let kinds = NodeKind.allCases
        for i in 0..<nodeCount {
            let kind = kinds[random.below(kinds.count)]
            let id = "\(kind.rawValue):n\(i)"
            var attributes: [String: String] = [:]
            switch kind {
            case .country: attributes["iso3"] = "C\(i % 1000)"
            case .person: attributes["role"] = "role \(random.below(50))"
            case .statement:
                attributes["text"] = "Statement \(i): \"we will, or won't\"\nsecond line"
                attributes["quote"] = random.below(2) == 0 ? "direct" : "indirect"
            default: break
            }
            let node = Node(id: id, kind: kind, name: "Node \(i) \(kind.rawValue)",
                            aliases: random.below(3) == 0 ? ["alias \(i)", "N\(i)"] : [],
                            attributes: attributes,
                            evidence: [Evidence(document: "sha256:doc\(random.below(documentCount))", sentence: random.below(80))])
            graph.merge(node)
            ids.append(id)
        }
        let types = RelationType.allCases
        var attempts = 0
        while graph.edgeCount < edgeCount && attempts < edgeCount * 4 {
            attempts += 1
            let s = random.below(nodeCount)
            var t = random.below(nodeCount)
            if t == s { t = (t + 1) % nodeCount }
            let sentence = random.below(80)
            let edge = Edge(
                source: ids[s], target: ids[t], type: types[random.below(types.count)],
                weight: Double(1 + random.below(4)) / (random.below(4) == 0 ? 4 : 1),
                evidence: [Evidence(document: "sha256:doc\(random.below(documentCount))", sentence: sentence,
                                    start: sentence * 40, end: sentence * 40 + 25, excerpt: "sentence \(sentence), with a comma")])
            try? graph.merge(edge)
        }
        return graph
    }
}
