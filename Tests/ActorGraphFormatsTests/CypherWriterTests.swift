import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite("Cypher writer")
struct CypherWriterTests {
    @Test("hostile values stay inside string literals: the code around them is only the fixed templates")
    func noInjection() throws {
        let graph = SampleGraphs.hostile()
        let script = try CypherScript(String(decoding: try CypherWriter.encode(graph, batchSize: 4), as: UTF8.self))
        let kinds = Set(graph.nodes.values.map(\.kind)), types = Set(graph.edges.values.map(\.type))
        let nodeBatches = kinds.map { kind in (graph.nodes.values.filter { $0.kind == kind }.count + 3) / 4 }.reduce(0, +)
        let edgeBatches = types.map { type in (graph.edges.values.filter { $0.type == type }.count + 3) / 4 }.reduce(0, +)
        #expect(script.statements.count == nodeBatches + edgeBatches)
        for statement in script.statements {
            let code = statement.code.uppercased()
            #expect(!code.contains("DETACH") && !code.contains("HACKED") && !code.contains("CREATE"), "\(statement.code)")
            #expect(code.components(separatedBy: "UNWIND").count == 2)
            #expect(code.components(separatedBy: "MERGE").count == 2)
        }
        let literals = Set(script.statements.flatMap(\.literals))
        for node in graph.nodes.values {
            #expect(literals.contains(node.name), "name of \(node.id) lost")
            for alias in node.aliases { #expect(literals.contains(alias)) }
            for value in node.attributes.values { #expect(literals.contains(value)) }
        }
    }

    @Test("labels come from kinds and relationship types from relation types, backticked")
    func labelsAndTypes() throws {
        let text = String(decoding: try CypherWriter.encode(SampleGraphs.small()), as: UTF8.self)
        #expect(text.contains("MERGE (n:`Entity`:`Country` {id: row.id})"))
        #expect(text.contains("MERGE (s)-[r:`WITHDRAWS_FROM`]->(t)"))
        #expect(text.contains("MERGE (s)-[r:`PARTICIPATES_IN`]->(t)") == false)
        #expect(CypherNames.relationshipType(of: .participatesIn) == "PARTICIPATES_IN")
    }

    @Test("each dialect starts with its engine's schema statement; the portable one only comments them")
    func dialects() throws {
        func head(_ dialect: CypherDialect) throws -> [String] {
            let text = String(decoding: try CypherWriter.encode(SampleGraphs.small(), dialect: dialect), as: UTF8.self)
            return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("//") && !$0.isEmpty }
        }
        #expect(try head(.portable).first?.hasPrefix("UNWIND") == true)
        #expect(try head(.neo4j).first == CypherDialect.neo4jSchema)
        #expect(try head(.memgraph).first == "CREATE INDEX ON :Entity(id);")
        #expect(try head(.falkordb).first == CypherDialect.falkordbSchema)
    }

    @Test("an attribute name with a backslash is refused, naming the node")
    func backslashInAttributeName() throws {
        let graph = try Graph(nodes: [Node(id: "country:a", kind: .country, name: "A", attributes: ["a\\u0060b": "x"])], edges: [])
        #expect(throws: ExportError.unrepresentable(
            format: "cypher", element: "node country:a attribute names",
            reason: "the name 'a\\u0060b' cannot be a Cypher identifier (empty, or holds a backslash)")) {
            _ = try CypherWriter.encode(graph)
        }
    }
}
