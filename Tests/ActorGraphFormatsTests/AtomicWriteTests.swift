import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite("Atomic files and folders")
struct AtomicWriteTests {
    @Test("a failed file export leaves the old file as it was and no temporary file")
    func failedFileKeepsOld() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let target = dir.path("g.graphml")
        try Data("old".utf8).write(to: target)
        #expect(throws: ExportError.unrepresentable(format: "graphml", element: "node person:x",
                                                    reason: "control character U+7 cannot appear in XML 1.0")) {
            try GraphMLWriter.write(try SampleGraphs.bell(), to: target)
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
        #expect(try dir.entries() == ["g.graphml"])
    }

    @Test("a non-finite weight is refused before anything is written, naming the edge")
    func nonFiniteWeight() throws {
        let graph = try Graph(
            nodes: [Node(id: "country:a", kind: .country, name: "A"), Node(id: "country:b", kind: .country, name: "B")],
            edges: [Edge(source: "country:a", target: "country:b", type: .supports, weight: .nan)])
        for format in GraphExportFormat.all {
            let dir = try TemporaryDirectory()
            defer { dir.remove() }
            do {
                try format.write(graph, dir.path("out"))
                Issue.record("\(format.name) wrote a NaN weight")
            } catch let ExportError.unrepresentable(_, element, _) {
                #expect(element == "edge country:a -[supports]-> country:b")
            }
            let left = try dir.entries()
            #expect(left.isEmpty, "\(format.name) left \(left)")
        }
    }

    @Test("a folder export replaces an earlier export completely")
    func replacesEarlierExport() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let target = dir.path("csv")
        try GraphExportFormat.csv.write(SampleGraphs.hostile(), target)
        try Data("stale".utf8).write(to: target.appendingPathComponent("extra.txt"))
        try GraphExportFormat.csv.write(SampleGraphs.small(), target)
        let files = try FileManager.default.contentsOfDirectory(atPath: target.path).sorted()
        #expect(files == ["actorgraph-export.json", "documents.csv", "edges.csv", "nodes.csv"])
        let nodes = try String(contentsOf: target.appendingPathComponent("nodes.csv"), encoding: .utf8)
        #expect(nodes.contains("Emmanuel Macron"))
        #expect(try dir.entries() == ["csv"])
    }

    @Test("a folder export refuses to replace a folder it did not write, or a file")
    func refusesForeignTargets() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let foreign = dir.path("documents")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: foreign.appendingPathComponent("thesis.txt"))
        #expect(throws: ExportError.self) { try GraphExportFormat.csv.write(SampleGraphs.small(), foreign) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: foreign.path) == ["thesis.txt"])
        let file = dir.path("file")
        try Data("x".utf8).write(to: file)
        #expect(throws: ExportError.self) { try GraphExportFormat.graphFrames.write(SampleGraphs.small(), file) }
        #expect(try dir.entries() == ["documents", "file"])
    }

    @Test("a folder export into a missing parent folder fails cleanly")
    func missingParent() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        #expect(throws: ExportError.self) {
            try GraphExportFormat.csv.write(SampleGraphs.small(), dir.path("no/such/folder"))
        }
        #expect(throws: ExportError.self) {
            try GraphExportFormat.graphml.write(SampleGraphs.small(), dir.path("no/such/file.graphml"))
        }
        #expect(try dir.entries().isEmpty)
    }
}
