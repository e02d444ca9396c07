import ActorGraph
import ActorGraphStore
import Foundation
import Testing

/// Two `build` processes on one store at once, with different inputs: both
/// succeed (one may wait, saying so once on stderr), and no document is lost
/// or half written (docs/reliability.md).
@Suite("Concurrent builds", .serialized)
struct ConcurrencyTests {
    static let waitMessage = "actorgraph: the store is busy (another process is writing); waiting…\n"

    /// The order-free content of a graph: node ids, edge weights, evidence per document.
    struct Content: Equatable {
        var nodes: Set<String>
        var edges: [EdgeKey: Double]
        var evidence: [String: Int]

        init(_ graph: Graph) {
            nodes = Set(graph.nodes.keys)
            edges = Dictionary(uniqueKeysWithValues: graph.edges.map { ($0.key, $0.value.weight) })
            evidence = GeneratedCorpus.evidenceCounts(graph)
        }
    }

    @Test("two builds at once, on new stores and on an existing one, both succeed and lose nothing")
    func twoWriters() throws {
        let first = try GeneratedCorpus(documents: 0..<100)
        let second = try GeneratedCorpus(documents: 100..<200)
        let earlier = try GeneratedCorpus(documents: 200..<210)
        var waits = 0
        for existingStore in [false, false, false, true] {
            waits += try race(first, second, after: existingStore ? earlier : nil)
        }
        // Otherwise the builds never overlapped, and the test proved nothing.
        #expect(waits > 0, "no build ever had to wait for the other")
    }

    /// Runs two builds at once on a new store (holding `earlier` first, when given) and checks the result.
    /// - Returns: how many of the two said they waited.
    private func race(_ first: GeneratedCorpus, _ second: GeneratedCorpus, after earlier: GeneratedCorpus?) throws -> Int {
        let folder = try CLIRunner.temporaryFolder()
        let store = folder.appendingPathComponent("shared.sqlite").path
        let reference = folder.appendingPathComponent("reference.sqlite").path
        for corpus in [earlier, first, second].compactMap({ $0 }) {
            #expect(try ChildProcess.run(["build", corpus.folder.path, "--graph", reference]).status == 0)
        }
        if let earlier {
            #expect(try ChildProcess.run(["build", earlier.folder.path, "--graph", store]).status == 0)
        }
        let a = try ChildProcess(["build", first.folder.path, "--graph", store])
        let b = try ChildProcess(["build", second.folder.path, "--graph", store])
        var waits = 0
        for exit in [a.wait(), b.wait()] {
            #expect(exit.status == 0, "\(exit.stderr)")
            #expect(exit.stderr.isEmpty || exit.stderr == Self.waitMessage, "\(exit.stderr)")
            if exit.stderr == Self.waitMessage { waits += 1 }
        }
        var expected = try first.evidenceCounts().merging(try second.evidenceCounts()) { $0 + $1 }
        if let earlier { expected.merge(try earlier.evidenceCounts()) { $0 + $1 } }
        let (documents, problems) = try GeneratedCorpus.checkWholeDocuments(store: store, expected: expected)
        #expect(documents == expected.count)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        #expect(Content(try GraphStore(path: store).load()) == Content(try GraphStore(path: reference).load()))
        return waits
    }
}
