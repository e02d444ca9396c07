import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite("neo4j-admin, Kùzu and Turtle writers")
struct DatabaseWriterTests {
    private func graph(aliases: [String], attribute: String = "x", name: String = "A") throws -> Graph {
        try Graph(nodes: [Node(id: "country:a", kind: .country, name: name, aliases: aliases, attributes: ["note": attribute])], edges: [])
    }

    @Test("the neo4j-admin array delimiter is ';' unless an alias holds one, then the next free candidate")
    func arrayDelimiter() throws {
        #expect(try Neo4jAdminWriter.arrayDelimiter(for: graph(aliases: ["x y"])).option == ";")
        #expect(try Neo4jAdminWriter.arrayDelimiter(for: graph(aliases: ["x;y"])).option == "|")
        #expect(try Neo4jAdminWriter.arrayDelimiter(for: graph(aliases: ["x;y", "p|q^r~s"])).option == "U+001F")
        #expect(throws: ExportError.self) { try Neo4jAdminWriter.arrayDelimiter(for: graph(aliases: ["a; b| c^ d~ e\u{1F}"])) }
    }

    @Test("import.sh passes the delimiter chosen and the options multi-line values need")
    func importScript() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try GraphExportFormat.neo4jAdmin.write(try graph(aliases: ["x;y"]), dir.path("neo"))
        let script = try String(contentsOf: dir.path("neo/import.sh"), encoding: .utf8)
        #expect(script.contains("--array-delimiter='|'"))
        #expect(script.contains("--multiline-fields=true"))
        #expect(FileManager.default.isExecutableFile(atPath: dir.path("neo/import.sh").path))
        let nodes = try CSVReading.records(try String(contentsOf: dir.path("neo/nodes.csv"), encoding: .utf8))
        #expect(nodes.rows.first?[":LABEL"] == "Entity|Country")
        #expect(nodes.rows.first?["aliases:string[]"] == "x;y")
    }

    @Test("an attribute name with ':' is refused by neo4j-admin, whose headers reserve it")
    func neo4jAdminColon() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let graph = try Graph(nodes: [Node(id: "country:a", kind: .country, name: "A", attributes: ["wikidata:id": "Q1"])], edges: [])
        #expect(throws: ExportError.self) { try GraphExportFormat.neo4jAdmin.write(graph, dir.path("neo")) }
        #expect(try dir.entries().isEmpty)
    }

    @Test("the Kùzu null marker avoids every value: \\N, else \\N1, \\N2 …")
    func kuzuNullMarker() throws {
        #expect(KuzuWriter.nullMarker(for: try graph(aliases: [])) == "\\N")
        #expect(KuzuWriter.nullMarker(for: try graph(aliases: [], attribute: "\\N")) == "\\N1")
        #expect(KuzuWriter.nullMarker(for: try graph(aliases: [], attribute: "\\N", name: "\\N1")) == "\\N2")
    }

    @Test("Kùzu gets PARALLEL=false only for files with line breaks, and the null marker in every COPY")
    func kuzuLoadScript() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let graph = try Graph(nodes: [
            Node(id: "country:a", kind: .country, name: "A\nB"), Node(id: "person:p", kind: .person, name: "P"),
        ], edges: [Edge(source: "person:p", target: "country:a", type: .leads)])
        try GraphExportFormat.kuzu.write(graph, dir.path("kuzu"))
        let load = try String(contentsOf: dir.path("kuzu/load.cypher"), encoding: .utf8)
        #expect(load.contains("COPY `Country` FROM 'nodes-Country.csv' (HEADER=true, PARALLEL=false, NULL_STRINGS=['\\\\N']);"))
        #expect(load.contains("COPY `Person` FROM 'nodes-Person.csv' (HEADER=true, PARALLEL=true, NULL_STRINGS=['\\\\N']);"))
        #expect(load.contains("COPY `leads` FROM 'rels-leads-Person-Country.csv' (from='Person', to='Country', HEADER=true"))
        let schema = try String(contentsOf: dir.path("kuzu/schema.cypher"), encoding: .utf8)
        #expect(schema.contains("CREATE REL TABLE `leads` (FROM `Person` TO `Country`, `sign` INT64, `weight` DOUBLE, `evidence` STRING);"))
    }

    @Test("two attribute names that differ only in case are refused by Kùzu, naming both")
    func kuzuCaseCollision() throws {
        let graph = try Graph(nodes: [Node(id: "country:a", kind: .country, name: "A", attributes: ["Role": "x", "role": "y"])], edges: [])
        #expect(throws: ExportError.unrepresentable(
            format: "kuzu", element: "country attributes 'Role' and 'role'",
            reason: "Kùzu column names ignore case, so these two would be one column")) { try KuzuSchema(graph) }
    }

    @Test("the Turtle triple count equals the number of predicate-object pairs written")
    func turtleCount() throws {
        let graph = SampleGraphs.small()
        let (bytes, triples) = try TurtleWriter.encode(graph)
        // Counted independently from the model: vocabulary, documents, nodes, evidence, edges.
        let kinds = Set(graph.nodes.values.map(\.kind)).count
        let types = Set(graph.edges.values.map(\.type)).count
        func evidenceTriples(_ e: [Evidence]) -> Int {
            e.reduce(0) { $0 + 4 + ($1.start == nil ? 0 : 1) + ($1.end == nil ? 0 : 1) + ($1.excerpt == nil ? 0 : 1) }
        }
        let documents = graph.documents.values.reduce(0) { n, d in
            n + 2 + [d.title, d.date, d.source, d.url].compactMap { $0 }.count
        }
        let nodes = graph.nodes.values.reduce(0) { n, node in
            n + 3 + node.aliases.count + node.attributes.count + evidenceTriples(node.evidence)
                + (node.kind == .statement ? Set(node.evidence.map(\.document)).count : 0)
        }
        // The plain triple, then the Relation resource: a, subject, predicate, object, sign, weight.
        let edges = graph.edges.values.reduce(0) { $0 + 1 + 6 + evidenceTriples($1.evidence) }
        #expect(triples == kinds + 2 * types + documents + nodes + edges)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<urn:actorgraph:node:country:france> a ag:Country"))
        #expect(text.contains("ag:weight \"0.25\"^^xsd:double"))
    }

    @Test("Turtle percent-encodes ids that are not IRI-safe and escapes literals")
    func turtleEscaping() throws {
        let text = String(decoding: try TurtleWriter.encode(SampleGraphs.hostile()).bytes, as: UTF8.self)
        #expect(text.contains("<urn:actorgraph:node:organization:weird%20id%2F%22quote%22%3C%26%3E%27>"))
        #expect(text.contains(#"rdfs:label "Wagner \"Group\"\nPMC""#))
    }
}
