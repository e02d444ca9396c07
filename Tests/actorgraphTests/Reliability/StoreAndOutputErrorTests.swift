import Foundation
import GRDB
import Testing

/// Stores that are not stores, outputs that cannot be written, and usage
/// mistakes: each is one line on stderr with its own exit code, and nothing
/// is written (docs/reliability.md).
@Suite("Bad stores, outputs and usage")
struct StoreAndOutputErrorTests {
    static func expectOneLine(_ run: CLIRunner.Result, status: Int32, prefix: String, mentions: String = "",
                              sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.status == status, "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.hasPrefix(prefix), "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.contains(mentions), "expected '\(mentions)' in \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.filter { $0 == "\n" }.count == 1, "one line: \(run.stderr)", sourceLocation: sourceLocation)
    }

    /// Files that are not actorgraph stores, each with what the error must say.
    static func notStores() throws -> [(path: String, mentions: String)] {
        let folder = try CLIRunner.temporaryFolder()
        let garbage = folder.appendingPathComponent("garbage.sqlite")
        var rng = SeededRandom(seed: 3)
        try Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &rng) }).write(to: garbage)
        let truncated = folder.appendingPathComponent("truncated.sqlite")
        let template = CommandFixtures.bytes(CommandFixtures.template.path)
        try template.prefix(template.count / 3).write(to: truncated)
        let directory = folder.appendingPathComponent("dir.sqlite")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        return [(garbage.path, "not an SQLite database"), (truncated.path, "damaged"), (directory.path, "is a folder")]
    }

    @Test("a file that is not a store: build, stats and export exit 3 and leave it as it was")
    func notAStore() throws {
        for (path, mentions) in try Self.notStores() {
            let before = CommandFixtures.bytes(path)
            let out = try CLIRunner.temporaryFolder().appendingPathComponent("out.json").path
            let runs = [try CLIRunner.run(["build", CommandFixtures.mali, "--graph", path]),
                        try CLIRunner.run(["stats", "--graph", path]),
                        try CLIRunner.run(["export", "--graph", path, "--format", "json", "-o", out])]
            for run in runs { Self.expectOneLine(run, status: 3, prefix: "error: \(path): ", mentions: mentions) }
            #expect(CommandFixtures.bytes(path) == before, "\(path) changed")
            #expect(!FileManager.default.fileExists(atPath: out))
        }
    }

    @Test("another program's SQLite database is refused, not filled with our tables")
    func foreignDatabase() throws {
        let path = try CLIRunner.temporaryFolder().appendingPathComponent("app.sqlite").path
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO users(name) VALUES ('ada')")
        }
        let before = CommandFixtures.bytes(path)
        for run in [try CLIRunner.run(["build", CommandFixtures.mali, "--graph", path]),
                    try CLIRunner.run(["stats", "--graph", path])] {
            Self.expectOneLine(run, status: 3, prefix: "error: \(path): ", mentions: "not an actorgraph store (an SQLite database with other tables: users)")
        }
        #expect(CommandFixtures.bytes(path) == before)
    }

    @Test("an empty file is not a store for reading commands, and reading does not change it")
    func emptyStore() throws {
        let path = try CommandFixtures.file("empty.sqlite", [])
        for run in [try CLIRunner.run(["stats", "--graph", path]),
                    try CLIRunner.run(["export", "--graph", path, "--format", "json", "-o", path + ".json"])] {
            Self.expectOneLine(run, status: 3, prefix: "error: \(path): ", mentions: "is empty")
        }
        #expect(CommandFixtures.bytes(path).isEmpty)
        #expect(try CLIRunner.run(["build", CommandFixtures.mali, "--graph", path]).status == 0)
    }

    @Test("export to a missing folder or onto a folder exits 2 and leaves no file")
    func unwritableOutput() throws {
        let folder = try CLIRunner.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("taken"), withIntermediateDirectories: false)
        for (target, mentions) in [("none/out.json", "no such folder"), ("taken", "is a folder")] {
            let path = folder.appendingPathComponent(target).path
            let run = try CLIRunner.run(["export", "--graph", CommandFixtures.mali, "--format", "json", "-o", path])
            Self.expectOneLine(run, status: 2, prefix: "error: \(path): cannot write: ", mentions: mentions)
        }
        #expect(CommandFixtures.entries(folder) == ["taken"])
        #expect(CommandFixtures.entries(folder.appendingPathComponent("taken")).isEmpty)
    }

    @Test("a failed export leaves the previous output whole; a later export replaces it whole")
    func exportKeepsOldOutput() throws {
        let folder = try CLIRunner.temporaryFolder()
        let out = folder.appendingPathComponent("graph.json").path
        #expect(try CLIRunner.run(["export", "--graph", CommandFixtures.mali, "--format", "json", "-o", out]).status == 0)
        let first = CommandFixtures.bytes(out)
        let bad = CommandFixtures.badInput.appendingPathComponent("ag-edge-sign-value.json").path
        #expect(try CLIRunner.run(["export", "--graph", bad, "--format", "json", "-o", out]).status == 1)
        #expect(CommandFixtures.bytes(out) == first)
        let other = CommandFixtures.badInput.appendingPathComponent("valid-actorgraph.json").path
        #expect(try CLIRunner.run(["export", "--graph", other, "--format", "json", "-o", out]).status == 0)
        #expect(CommandFixtures.bytes(out) != first && CommandFixtures.entries(folder) == ["graph.json"])
    }

    @Test("usage mistakes exit 64", arguments: [
        ["build"], ["stats", "--format", "xml"], ["export", "--graph", "g.json"], ["stats", "--no-such-flag"], ["frobnicate"],
    ])
    func usage(arguments: [String]) throws {
        let run = try CLIRunner.run(arguments)
        #expect(run.status == 64, "\(arguments): \(run.stderr)")
        #expect(run.stderr.hasPrefix("Error: ") || run.stderr.hasPrefix("error: "), "\(run.stderr)")
    }
}
