import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite("Durability of exports")
struct DurabilityTests {
    /// The bytes an export wrote: the file, or each file of the folder by name.
    private func contents(_ url: URL) throws -> [String: Data] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return [:] }
        guard isFolder.boolValue else { return ["": try Data(contentsOf: url)] }
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: url.path) {
            files[name] = try Data(contentsOf: url.appendingPathComponent(name))
        }
        return files
    }

    @Test("synced and atomic exports write the same bytes in every format, and replace an earlier export alike")
    func sameBytes() throws {
        for format in GraphExportFormat.all {
            let dir = try TemporaryDirectory()
            defer { dir.remove() }
            let atomic = dir.path("atomic"), synced = dir.path("synced")
            try format.write(SampleGraphs.hostile(), to: atomic, durability: .atomic)
            try format.write(SampleGraphs.hostile(), to: synced, durability: .synced)
            try format.write(SampleGraphs.small(), to: atomic, durability: .atomic)
            try format.write(SampleGraphs.small(), to: synced, durability: .synced)
            let written = try contents(atomic)
            #expect(!written.isEmpty, "\(format.name) wrote nothing")
            #expect(written == (try contents(synced)), "\(format.name) differs between atomic and synced")
            #expect(try dir.entries() == ["atomic", "synced"], "\(format.name) left temporary files")
        }
    }

    @Test("the durability is bound for the one call only; atomic is the default")
    func boundForTheCall() throws {
        let seen = Seen()
        let probe = GraphExportFormat(name: "probe", summary: "records the durability", producesFolder: false,
                                      fileExtension: nil, write: { _, _ in seen.record(Durability.current) })
        let url = URL(fileURLWithPath: "/nonexistent/probe")
        try probe.write(SampleGraphs.small(), url)
        try probe.write(SampleGraphs.small(), to: url, durability: .synced)
        try probe.write(SampleGraphs.small(), to: url, durability: .atomic)
        #expect(seen.values == [.atomic, .synced, .atomic])
        #expect(Durability.current == .atomic)
    }

    @Test("an export that fails under synced durability still leaves the old file and no temporary file")
    func syncedFailureKeepsOld() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let target = dir.path("g.graphml")
        try Data("old".utf8).write(to: target)
        #expect(throws: ExportError.self) {
            try GraphExportFormat.graphml.write(try SampleGraphs.bell(), to: target, durability: .synced)
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
        #expect(try dir.entries() == ["g.graphml"])
    }
}

/// What the probe format saw, from a `@Sendable` closure.
private final class Seen: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Durability] = []
    func record(_ value: Durability) { lock.withLock { recorded.append(value) } }
    var values: [Durability] { lock.withLock { recorded } }
}
