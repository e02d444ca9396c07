import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite("Facts files")
struct FactsReaderTests {
    static let good = """
        format: actorgraph-facts/1
        document:
          title: A test article
          date: "2024-01-02"
          source: Us
        nodes:
          - {kind: country, name: Atlantis, aliases: [Atlantean], attributes: {iso3: ATL}}
          - {kind: country, name: Lemuria}
          - id: person:ada
            kind: person
            name: Ada Quill
            aliases: Quill
            evidence: {sentence: 0, excerpt: "Ada Quill", start: 0, end: 9}
        statements:
          - speaker: Quill
            text: "We will leave."
            about: [{target: Lemuria, sign: -1}]
            evidence: {sentence: 1}
        relations:
          - {source: Atlantean, type: withdrawsFrom, target: Lemuria, evidence: {sentence: 2, excerpt: leaves}}
          - {source: person:ada, type: holdsRole, target: country:atlantis, weight: 2}
        """

    @Test("a facts file reads into nodes, statements and relations with evidence")
    func readsGood() throws {
        let graph = try FactsReader.read(bytes: Array(Self.good.utf8), file: "f.yaml")
        #expect(graph.nodeCount == 4)
        #expect(graph.documents.values.first?.title == "A test article")
        let documentID = try #require(graph.documents.keys.first)
        #expect(documentID == SHA256.documentID(Array(Self.good.utf8)))
        let statement = try #require(graph.nodes["statement:ada-1"])
        #expect(statement.attributes["quote"] == "direct")
        #expect(graph.edges[EdgeKey(source: "person:ada", target: "statement:ada-1", type: .said)] != nil)
        let about = graph.edges[EdgeKey(source: "statement:ada-1", target: "country:lemuria", type: .about)]
        #expect(about?.sign == -1)
        let withdraws = graph.edges[EdgeKey(source: "country:atlantis", target: "country:lemuria", type: .withdrawsFrom)]
        #expect(withdraws?.sign == -1)
        #expect(withdraws?.evidence.first?.excerpt == "leaves")
        #expect(graph.nodes["person:ada"]?.evidence.first?.end == 9)
    }

    @Test("JSON facts files read the same as YAML")
    func jsonFacts() throws {
        let json = """
            {"format": "actorgraph-facts/1",
             "nodes": [{"kind": "country", "name": "A"}, {"kind": "country", "name": "B"}],
             "relations": [{"source": "A", "type": "sanctions", "target": "B"}]}
            """
        let graph = try FactsReader.read(bytes: Array(json.utf8), file: "f.json")
        #expect(graph.edgeCount == 1)
    }

    @Test("each mistake is reported with its line and field", arguments: [
        ("nodes:\n  - {kind: country, name: A}\n  - {kind: planet, name: B}\n", 3, "planet"),
        ("nodes:\n  - {kind: country, name: A}\nrelations:\n  - {source: A, type: hugs, target: A}\n", 4, "hugs"),
        ("nodes:\n  - {kind: country, name: A}\nrelations:\n  - {source: A, type: opposes,\n     target: Nowhere}\n", 5, "Nowhere"),
        ("nodes:\n  - {kind: country, name: A}\n  - {kind: country, name: A}\n", 3, "duplicate"),
        ("nodes:\n  - {kind: country, name: A}\nrelations:\n  - {source: A, type: opposes, target: A, sign: 2}\n", 4, "sign"),
        ("nodes:\n  - {kind: country, name: A}\nrelations:\n  - {source: A, type: opposes, target: A, weight: -1}\n", 4, "weight"),
        ("nodes:\n  - {kind: country, name: A, evidence: {sentence: x}}\n", 2, "integer"),
        ("nodes:\n  - {kind: country}\n", 2, "name"),
        ("nodes: [\n  {kind: country, name: A}\n", 2, "YAML"),  // the last line: where the file ends
        ("people: []\n", 1, "unknown section"),
        ("", 1, "empty"),
    ])
    func errors(text: String, line: Int, mentions: String) {
        do {
            _ = try FactsReader.read(bytes: Array(text.utf8), file: "bad.yaml")
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.description.contains(mentions), "\(error)")
        }
    }

    @Test("the Mali facts file in the repository reads")
    func maliFacts() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../graphs/mali-2022/facts.yaml").standardized.path
        let graph = try FactsReader.read(path: path)
        #expect(graph.nodes.values.filter { $0.kind == .country }.count >= 8)
        #expect(graph.resolve("Paris", kind: .country) == "country:france")
        #expect(graph.nodes.values.contains { $0.kind == .statement })
        #expect(graph.edges.values.allSatisfy { !$0.evidence.isEmpty })
    }
}
