import Foundation
import Testing
@testable import ActorGraph

/// Blocs from the signed actor graph.
@Suite("Alliances")
struct AllianceTests {
    /// The Gahuku-Gama tribes (Read 1954) and what the fixture's header says of them.
    struct GahukuGama {
        var graph: Graph
        var blocs: Set<Set<String>>
        var frustration: Double
        var crossing: Set<Set<String>>
    }

    static func gahukuGama() throws -> GahukuGama {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/gahuku-gama.tsv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        let header = lines.filter { $0.hasPrefix("#") }.joined(separator: "\n")
        func id(_ tribe: Substring) -> String { "organization:" + tribe.lowercased() }
        // "{Gavev, Kotun, Nagad, Gama} {Ove, …} {…}"
        let blocs = header.split(separator: "{").dropFirst().map { part in
            Set(part.prefix { $0 != "}" }.split(separator: ",").map { id($0.trimmingCharacters(in: .whitespaces)[...]) })
        }
        // "(frustration 2: the positive ties Nagam-Masil and Masil-Uheto cross blocs)"
        let note = try #require(header.components(separatedBy: "(frustration ").dropFirst().first)
        let frustration = try #require(Double(note.prefix { $0.isNumber }))
        let crossing = note.prefix { $0 != ")" }.split(separator: " ").filter { $0.contains("-") }
            .map { Set($0.split(separator: "-").map(id)) }
        var graph = Graph()
        for line in lines where !line.hasPrefix("#") && !line.hasPrefix("source") {
            let fields = line.split(separator: "\t")
            guard fields.count == 3, let sign = Int(fields[2]) else { continue }
            for tribe in fields.prefix(2) { graph.merge(Node(id: id(tribe), kind: .organization, name: String(tribe))) }
            try graph.merge(Edge(source: id(fields[0]), target: id(fields[1]), type: sign > 0 ? .alliedWith : .opposes,
                                 evidence: [Evidence(document: "read-1954", sentence: 0, excerpt: line)]))
        }
        return GahukuGama(graph: graph, blocs: Set(blocs), frustration: frustration, crossing: Set(crossing))
    }

    @Test("Gahuku-Gama splits exactly into the three blocs of the literature, frustration 2")
    func gahukuGamaBlocs() throws {
        let tribes = try Self.gahukuGama()
        #expect(tribes.graph.nodeCount == 16 && tribes.graph.edgeCount == 58)
        #expect(tribes.blocs.count == 3 && tribes.crossing.count == 2 && tribes.frustration == 2)
        let report = Alliances.compute(tribes.graph)
        #expect(report.exact)
        #expect(Set(report.blocs.map { Set($0.members) }) == tribes.blocs)
        #expect(report.frustration == tribes.frustration)
        #expect(Set(report.violations.map { Set([$0.source, $0.target]) }) == tribes.crossing)
        #expect(report.violations.allSatisfy { $0.sign == 1 && $0.evidence.count == 1 })
        #expect(abs(report.balance - (1 - 2.0 / 58)) < 1e-12)
        #expect(report.blocs.map(\.id) == [1, 2, 3] && report.blocs.map(\.members.count) == [7, 5, 4])
    }

    @Test("the heuristic alone finds the Gahuku-Gama optimum too")
    func gahukuGamaHeuristic() throws {
        let tribes = try Self.gahukuGama()
        let report = Alliances.compute(tribes.graph, exactLimit: 0)
        #expect(!report.exact)
        #expect(report.frustration == tribes.frustration)
        #expect(Set(report.blocs.map { Set($0.members) }) == tribes.blocs)
    }

    @Test("exact search equals brute force over all partitions of small random signed graphs")
    func exactEqualsBruteForce() throws {
        var generator = SeededGenerator(seed: 11)
        for round in 0 ..< 40 {
            let n = Int.random(in: 2 ... 8, using: &generator)
            var ties = [SignedActorGraph.Tie]()
            for a in 0 ..< n {
                for b in (a + 1) ..< n where Double.random(in: 0 ..< 1, using: &generator) < 0.6 {
                    ties.append(.init(a: a, b: b, sign: Bool.random(using: &generator) ? 1 : -1,
                                      weight: Double(Int.random(in: 1 ... 3, using: &generator)), evidence: []))
                }
            }
            let signed = SignedActorGraph(actors: (0 ..< n).map { "a\($0)" }, ties: ties)
            let (together, apart) = signed.costMatrices()
            let (labels, exact) = Alliances.balancePartition(signed, exactLimit: 24, seed: 1)
            #expect(exact)
            let cost = Alliances.frustration(labels, together: together, apart: apart, count: n)
            let best = Self.bruteForce(n) { Alliances.frustration($0, together: together, apart: apart, count: n) }
            #expect(cost == best, "round \(round): \(cost) vs brute force \(best)")
            // The heuristic may miss the optimum, never beat it.
            let heuristic = Alliances.balancePartition(signed, exactLimit: 0, seed: 1).0
            #expect(Alliances.frustration(heuristic, together: together, apart: apart, count: n) >= best)
        }
    }

    /// The least cost over every set partition of n elements (restricted growth strings).
    static func bruteForce(_ n: Int, cost: ([Int]) -> Double) -> Double {
        var best = Double.infinity
        var labels = [Int](repeating: 0, count: n)
        func visit(_ i: Int, _ blocs: Int) {
            if i == n {
                best = min(best, cost(labels))
                return
            }
            for b in 0 ... blocs {
                labels[i] = b
                visit(i + 1, max(blocs, b + 1))
            }
        }
        visit(0, 0)
        return best
    }

    @Test("shared missions and statements' stances become ties; missions join their actors' bloc")
    func signedActorGraph() throws {
        let e = [Evidence(document: "d", sentence: 1)]
        let graph = try Graph(
            nodes: [
                Node(kind: .country, name: "France"), Node(kind: .country, name: "Estonia"),
                Node(kind: .mission, name: "Takuba"), Node(kind: .organization, name: "Junta"),
                Node(kind: .organization, name: "Wagner"), Node(id: "statement:s1", kind: .statement, name: "s1"),
            ],
            edges: [
                Edge(source: "country:france", target: "mission:takuba", type: .leads, evidence: e),
                Edge(source: "country:estonia", target: "mission:takuba", type: .participatesIn, weight: 2, evidence: e),
                Edge(source: "organization:junta", target: "statement:s1", type: .said, evidence: e),
                Edge(source: "statement:s1", target: "country:france", type: .about, sign: -1, evidence: e),
                Edge(source: "organization:wagner", target: "organization:junta", type: .supports, evidence: e),
                Edge(source: "organization:junta", target: "country:estonia", type: .meetsWith, evidence: e),
            ])
        let signed = SignedActorGraph(graph)
        #expect(signed.actors == ["country:france", "country:estonia", "organization:junta", "organization:wagner"])
        #expect(signed.ties.map { [$0.a, $0.b, $0.sign] } == [[0, 1, 1], [0, 2, -1], [2, 3, 1]])
        #expect(signed.ties[0].weight == 1)  // the weaker of the two mission relations
        let report = Alliances.compute(graph)
        #expect(report.blocs.map(\.members) == [["country:estonia", "country:france"], ["organization:junta", "organization:wagner"]])
        #expect(report.blocs[0].missions == ["mission:takuba"])
        #expect(report.frustration == 0 && report.balance == 1 && report.violations.isEmpty)
        let louvain = Alliances.compute(graph, method: .louvain)
        #expect(louvain.method == "louvain" && Set(louvain.blocs.map(\.members)) == Set(report.blocs.map(\.members)))
    }

    @Test("the report encodes to DESIGN.md's JSON form")
    func jsonForm() throws {
        let report = Alliances.compute(try Self.gahukuGama().graph)
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any])
        #expect(Set(object.keys).isSuperset(of: ["method", "blocs", "frustration", "balance", "violations"]))
        let violation = try #require((object["violations"] as? [[String: Any]])?.first)
        #expect(Set(violation.keys).isSuperset(of: ["source", "target", "sign", "weight", "evidence"]))
    }
}
