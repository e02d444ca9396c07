import Foundation
import Testing

@Suite("actorgraph build, stats, export")
struct BuildAndStatsTests {
    static let mali = CLIRunner.root.appendingPathComponent("graphs/mali-2022/facts.yaml").path

    @Test("build ingests the Mali facts once; a second build changes nothing")
    func buildIsIdempotent() throws {
        let store = try CLIRunner.temporaryFolder().appendingPathComponent("g.sqlite").path
        let first = try CLIRunner.run(["build", Self.mali, "--graph", store])
        #expect(first.status == 0, "\(first.stderr)")
        let stats1 = try CLIRunner.run(["stats", "--graph", store, "--format", "json"])
        let second = try CLIRunner.run(["build", Self.mali, "--graph", store])
        #expect(second.status == 0)
        #expect(second.stdout.contains("1 already present"))
        let stats2 = try CLIRunner.run(["stats", "--graph", store, "--format", "json"])
        #expect(stats1.stdout == stats2.stdout)
    }

    @Test("stats --format json follows DESIGN.md")
    func statsJSON() throws {
        let result = try CLIRunner.run(["stats", "--graph", Self.mali, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(Set(object?.keys.map { $0 } ?? []) == ["nodes", "edges", "documents", "byKind", "byType"])
        let byKind = object?["byKind"] as? [String: Int]
        #expect((byKind?["country"] ?? 0) >= 8)
        #expect(object?["documents"] as? Int == 1)
    }

    @Test("export --format json writes actorgraph/1 that reads back to the same stats")
    func exportJSONRoundTrip() throws {
        let folder = try CLIRunner.temporaryFolder()
        let out = folder.appendingPathComponent("mali.json").path
        let export = try CLIRunner.run(["export", "--graph", Self.mali, "--format", "json", "-o", out])
        #expect(export.status == 0, "\(export.stderr)")
        let a = try CLIRunner.run(["stats", "--graph", Self.mali, "--format", "json"])
        let b = try CLIRunner.run(["stats", "--graph", out, "--format", "json"])
        #expect(a.stdout == b.stdout)
    }

    @Test("a bad facts file fails with error: FILE:LINE and leaves the store unchanged")
    func badInputLeavesStore() throws {
        let folder = try CLIRunner.temporaryFolder()
        let store = folder.appendingPathComponent("g.sqlite").path
        _ = try CLIRunner.run(["build", Self.mali, "--graph", store])
        let bad = folder.appendingPathComponent("bad.yaml")
        try "nodes:\n  - {kind: country, name: A}\nrelations:\n  - {source: A, type: hugs, target: A}\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let before = try CLIRunner.run(["stats", "--graph", store, "--format", "json"])
        let result = try CLIRunner.run(["build", Self.mali, bad.path, "--graph", store])
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(bad.path):4: relations[0].type: 'hugs' is not a relation type; the vocabulary is in the README (\"Relations\")\n")
        let after = try CLIRunner.run(["stats", "--graph", store, "--format", "json"])
        #expect(before.stdout == after.stdout)
    }

    @Test("a missing store is a clear error with exit code 3")
    func missingStore() throws {
        let result = try CLIRunner.run(["stats", "--graph", "/nonexistent/g.sqlite"])
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("error: /nonexistent/g.sqlite: no such store"))
    }
}
