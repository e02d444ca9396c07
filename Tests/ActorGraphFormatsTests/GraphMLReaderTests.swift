import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite("GraphML reader")
struct GraphMLReaderTests {
    @Test("our GraphML reads back into the same graph", arguments: ["small", "hostile", "generated"])
    func roundTrip(sample: String) throws {
        let graph = switch sample {
        case "small": SampleGraphs.small()
        case "hostile": SampleGraphs.hostile()
        default: GeneratedGraph.make(nodes: 300, edges: 1500)
        }
        let read = try GraphMLReader.read(bytes: try GraphMLWriter.encode(graph), file: "g.graphml")
        #expect(read.documents == graph.documents)
        #expect(Array(read.nodes.values) == Array(graph.nodes.values))
        #expect(Array(read.edges.values) == Array(graph.edges.values))
        #expect(read == graph)
    }

    @Test("a file through the writer and the reader on disk survives too")
    func roundTripOnDisk() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try GraphExportFormat.graphml.write(SampleGraphs.hostile(), dir.path("g.graphml"))
        #expect(try GraphMLReader.read(path: dir.path("g.graphml").path) == SampleGraphs.hostile())
    }

    @Test("GraphML from another tool: kinds from ids, names from labels, defaults, typed keys, undeclared attributes")
    func foreignGraphML() throws {
        let xml = """
            <?xml version="1.0"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="k0" for="node" attr.name="label" attr.type="string"/>
              <key id="k1" for="node" attr.name="population" attr.type="long"/>
              <key id="k2" for="edge" attr.name="relation" attr.type="string"><default>supports</default></key>
              <key id="k3" for="edge" attr.name="weight" attr.type="double"/>
              <graph edgedefault="undirected">
                <node id="country:france"><data key="k0">France</data><data key="k1">68000000</data></node>
                <node id="country:mali"/>
                <edge source="country:france" target="country:mali"><data key="k3">2.5</data></edge>
                <edge source="country:mali" target="country:france"><data key="k2"><![CDATA[opposes]]></data></edge>
              </graph>
            </graphml>
            """
        let graph = try GraphMLReader.read(bytes: Array(xml.utf8), file: "x.graphml")
        #expect(graph.nodes["country:france"]?.name == "France")
        #expect(graph.nodes["country:france"]?.attributes == ["population": "68000000"])
        #expect(graph.nodes["country:mali"]?.name == "country:mali")
        let edges = Array(graph.edges.values)
        #expect(edges.map(\.type) == [.supports, .opposes])
        #expect(edges.map(\.weight) == [2.5, 1])
        #expect(edges.map(\.sign) == [1, -1])
    }

    private func error(_ xml: String) -> InputError? {
        do {
            _ = try GraphMLReader.read(bytes: Array(xml.utf8), file: "bad.graphml")
            return nil
        } catch {
            return error
        }
    }

    private static let header = "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"

    @Test("bad input gives one error naming the file and the line", arguments: [
        ("", 1, "empty file"),
        ("<graphml><graph><node id=\"a\"></graph></graphml>", 1, "not well-formed XML: an end tag does not match its start tag"),
        ("<graphml>\n<graph>\n<node id=\"a\" & />", 3, "not well-formed XML"),
        ("<graphml>\n<graph>\n<node id=\"country:a\">", 3, "the document ends early"),
        (header + "<graph>\n<node id=\"x:y\"/>\n</graph></graphml>", 4, "has no kind"),
        (header + "<key id=\"t\" for=\"edge\" attr.name=\"type\"/><graph>\n<node id=\"country:a\"/>\n<node id=\"country:b\"/>\n<edge source=\"country:a\" target=\"country:b\">\n<data key=\"t\">likes</data></edge></graph></graphml>", 7, "not in the relation vocabulary"),
        (header + "<key id=\"t\" for=\"edge\" attr.name=\"type\"/><graph>\n<node id=\"country:a\"/>\n<edge source=\"country:a\" target=\"country:zz\"><data key=\"t\">leads</data></edge></graph></graphml>", 5, "unknown node 'country:zz'"),
        (header + "<graph>\n<node id=\"country:a\"/>\n<node id=\"country:a\"/>\n</graph></graphml>", 5, "duplicate node id"),
        (header + "<key id=\"e\" for=\"node\" attr.name=\"evidence\"/><graph>\n<node id=\"country:a\">\n<data key=\"e\">[{\"document\": 3}]</data></node></graph></graphml>", 5, "evidence (a JSON array of evidence objects) is not valid"),
        (header + "<key id=\"e\" for=\"node\" attr.name=\"evidence\"/><graph>\n<node id=\"country:a\">\n<data key=\"e\">[{\"document\": \"d\", \"sentence\": 1, \"start\": 9, \"end\": 2}]</data></node></graph></graphml>", 5, "start 9 is after end 2"),
        (header + "<graph>\n<node id=\"country:a\">\n<data key=\"nope\">1</data></node></graph></graphml>", 5, "names no <key>"),
        (header + "<key id=\"s\" for=\"edge\" attr.name=\"sign\"/><key id=\"t\" for=\"edge\" attr.name=\"type\"/><graph>\n<node id=\"country:a\"/>\n<edge source=\"country:a\" target=\"country:a\"><data key=\"t\">leads</data>\n<data key=\"s\">2</data></edge></graph></graphml>", 6, "expected -1, 0 or 1"),
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">]>\n<graphml/>", 2, "DOCTYPE is not allowed"),
        ("<?xml version=\"1.0\"?>\n<gexf/>", 2, "expected <graphml>"),
        (header + "<graph>\n<node id=\"country:a\"><graph id=\"inner\"/></node></graph></graphml>", 4, "nested graphs"),
    ])
    func badInput(xml: String, line: Int, message: String) throws {
        let failure = try #require(error(xml), "expected an error containing '\(message)'")
        #expect(failure.file == "bad.graphml")
        #expect(failure.line == line, "\(failure)")
        #expect(failure.description.contains(message), "\(failure)")
        #expect(!failure.description.contains("\n"))
    }

    @Test("binary data and invalid UTF-8 are refused as text errors")
    func binary() {
        #expect(throws: InputError.self) { try GraphMLReader.read(bytes: [0x3C, 0x00, 0x01], file: "b.graphml") }
        #expect(throws: InputError.self) { try GraphMLReader.read(bytes: [0x3C, 0x61, 0xFF, 0x3E], file: "b.graphml") }
    }
}
