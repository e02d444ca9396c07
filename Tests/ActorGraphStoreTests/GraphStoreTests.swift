import ActorGraph
import Foundation
import Testing
@testable import ActorGraphStore

@Suite("Embedded store")
struct GraphStoreTests {
    static func document(_ n: Int) -> String { "sha256:" + String(repeating: String(n % 10), count: 64) }

    /// A fragment as one document would give it: two countries, an alias, two relations.
    static func fragment(_ n: Int, alias: String = "Paris") throws -> Graph {
        let ev = [Evidence(document: document(n), sentence: n, start: 0, end: 4, excerpt: "text \(n)")]
        return try Graph(
            documents: [Document(id: document(n), title: "doc \(n)")],
            nodes: [Node(id: "country:france", kind: .country, name: "France", aliases: [alias], evidence: ev),
                    Node(kind: .country, name: "Mali", attributes: ["iso3": "MLI", "n": "\(n)"], evidence: ev)],
            edges: [Edge(source: "country:france", target: "country:mali", type: .withdrawsFrom, evidence: ev),
                    Edge(source: "country:mali", target: "country:france", type: .opposes, evidence: ev)])
    }

    /// A fragment that names France only by an alias, under its own id.
    static func aliasFragment(_ n: Int) throws -> Graph {
        try Graph(
            documents: [Document(id: document(n))],
            nodes: [Node(kind: .country, name: "Paris"), Node(kind: .country, name: "Mali")],
            edges: [Edge(source: "country:paris", target: "country:mali", type: .sanctions)])
    }

    func temporaryStore() throws -> GraphStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agstore-\(UUID().uuidString)")
        return try GraphStore(path: folder.appendingPathComponent("g.sqlite").path)
    }

    @Test("building the same input twice changes nothing")
    func idempotent() throws {
        let store = try temporaryStore()
        let first = try store.ingest(Self.fragment(1))
        #expect(!first.alreadyPresent && first.documents == 1 && first.nodes == 2 && first.edges == 2)
        let once = try store.load()
        let second = try store.ingest(Self.fragment(1))
        #expect(second.alreadyPresent)
        #expect(try store.load() == once)
    }

    @Test("the store merges exactly as Graph.merge does")
    func sameAsInMemory() throws {
        let store = try temporaryStore()
        var expected = Graph()
        for (n, alias) in [(1, "Paris"), (2, "French"), (3, "Paris"), (2, "French"), (4, "")] {
            let piece = alias.isEmpty ? try Self.aliasFragment(n) : try Self.fragment(n, alias: alias)
            try store.ingest(piece)
            expected.merge(piece)
        }
        let loaded = try store.load()
        #expect(loaded == expected)
        let edge = loaded.edges[EdgeKey(source: "country:france", target: "country:mali", type: .withdrawsFrom)]
        #expect(edge?.weight == 3)
        #expect(loaded.nodes["country:france"]?.aliases == ["Paris", "French"])
        #expect(loaded.nodes["country:mali"]?.attributes["n"] == "1")
        #expect(loaded.nodes["country:paris"] == nil)
        #expect(loaded.edges[EdgeKey(source: "country:france", target: "country:mali", type: .sanctions)] != nil)
    }

    @Test("a fresh store passes SQLite's integrity check")
    func integrity() throws {
        let store = try temporaryStore()
        try store.ingest(Self.fragment(1))
        #expect(try store.integrityCheck() == "ok")
    }

    @Test("a file that is not a store gives a clear error")
    func notAStore() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("not-\(UUID().uuidString).sqlite").path
        try Data("hello, this is text and not SQLite at all, padded to be long enough".utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try GraphStore(path: path)
        } throws: { error in
            "\(error)".contains("not an actorgraph store")
        }
    }
}
