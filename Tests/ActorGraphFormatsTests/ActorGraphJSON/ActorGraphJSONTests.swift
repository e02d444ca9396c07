import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite("actorgraph/1 JSON")
struct ActorGraphJSONTests {
    @Test("a graph survives writing and reading, and writes the same bytes twice")
    func roundTrip() throws {
        let graph = try SampleGraph.make()
        let bytes = ActorGraphJSONWriter.data(graph)
        #expect(bytes == ActorGraphJSONWriter.data(graph))
        let back = try ActorGraphJSONReader.read(bytes: bytes, file: "g.json")
        #expect(back == graph)
    }

    @Test("the file has the contract's top-level fields and edge fields")
    func contractShape() throws {
        let bytes = ActorGraphJSONWriter.data(try SampleGraph.make())
        let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
        #expect(object?["format"] as? String == "actorgraph/1")
        let edge = (object?["edges"] as? [[String: Any]])?.first
        #expect(Set(edge?.keys.map { $0 } ?? []) == ["source", "target", "type", "sign", "weight", "evidence"])
        let evidence = (edge?["evidence"] as? [[String: Any]])?.first
        #expect(evidence?["document"] as? String == SampleGraph.document)
        #expect(evidence?["start"] as? Int == 10)
    }

    @Test("\"format\" is the first field, written once")
    func formatFirst() throws {
        let text = String(decoding: ActorGraphJSONWriter.data(try SampleGraph.make()), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.prefix(2) == ["{", #"  "format" : "actorgraph/1","#])
        #expect(lines.filter { $0.contains(#""format""#) }.count == 1)
        #expect(lines.dropLast().last == "}" && lines.last == "")
    }

    @Test("the format line is found only as a whole line, not inside a deeper one")
    func topLevelLine() {
        let line = Array("  \"a\" : 1,\n".utf8)
        #expect(ActorGraphJSONWriter.topLevelLine(line, in: Array("{\n    \"a\" : 1,\n  \"a\" : 1,\n}".utf8)) == 15)
        #expect(ActorGraphJSONWriter.topLevelLine(line, in: Array("{\n    \"a\" : 1,\n}".utf8)) == nil)
        #expect(ActorGraphJSONWriter.topLevelLine(line, in: Array("  \"a\" : 1,\n".utf8)) == nil)
        #expect(ActorGraphJSONWriter.topLevelLine(line, in: []) == nil)
    }

    @Test("lean files from other tools read with defaults (no aliases, weight or sign)")
    func leanInput() throws {
        let text = """
            {"format": "actorgraph/1", "documents": [],
             "nodes": [{"id": "country:a", "kind": "country", "name": "A"},
                       {"id": "country:b", "kind": "country", "name": "B"}],
             "edges": [{"source": "country:a", "target": "country:b", "type": "sanctions"}]}
            """
        let graph = try ActorGraphJSONReader.read(bytes: Array(text.utf8), file: "lean.json")
        #expect(graph.edges.values.first?.sign == -1)
        #expect(graph.edges.values.first?.weight == 1)
    }

    @Test("errors name the line and field", arguments: [
        ("{\"format\": \"actorgraph/1\", \"documents\": [],\n \"nodes\": [\n {\"id\": \"country:a\", \"kind\": \"planet\", \"name\": \"A\"}],\n \"edges\": []}", 3, "kind"),
        ("{\"format\": \"actorgraph/1\", \"documents\": [],\n \"nodes\": [{\"id\": \"country:a\", \"kind\": \"country\", \"name\": \"A\"}],\n \"edges\": [\n{\"source\": \"country:a\",\n \"target\": \"country:zz\", \"type\": \"opposes\"}]}", 5, "target"),
        ("{\"format\": \"actorgraph/1\", \"documents\": [],\n \"nodes\": [{\"id\": \"country:a\", \"kind\": \"country\", \"name\": \"A\"},\n{\"id\": \"country:a\", \"kind\": \"country\", \"name\": \"B\"}],\n \"edges\": []}", 3, "duplicate"),
        ("{\"format\": \"actorgraph/1\", \"documents\": [],\n \"nodes\": [],\n \"edges\": [\n{\"source\": \"a\", \"target\": \"b\", \"type\": \"opposes\", \"weight\": \"heavy\"}]}", 4, "weight"),
        ("{\"format\": \"actorgraph/2\", \"documents\": [], \"nodes\": [], \"edges\": []}", 1, "actorgraph/1"),
        ("{\"format\": \"actorgraph/1\",\n \"nodes\": [,]}", 2, "JSON"),
    ])
    func errorsAreLocated(text: String, line: Int, mentions: String) {
        do {
            _ = try ActorGraphJSONReader.read(bytes: Array(text.utf8), file: "bad.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.description.hasPrefix("bad.json:\(line): "))
            #expect(error.description.contains(mentions), "\(error)")
        }
    }
}
