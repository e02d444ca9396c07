import Foundation
import Testing

/// Large inputs through the commands: they complete (or fail at the right
/// line) with peak memory bounded by a multiple of the input's size.
///
/// The size is ACTORGRAPH_BIG_INPUT_MB megabytes (default 4, so that `make
/// test` stays quick in a debug build); set it to 200 for the full check
/// (docs/reliability.md gives the times).
@Suite("Large inputs: commands", .serialized)
struct LargeInputCommandTests {
    static let megabytes = Int(ProcessInfo.processInfo.environment["ACTORGRAPH_BIG_INPUT_MB"] ?? "") ?? 4
    /// Peak memory of a command that does almost nothing (the runtime, Foundation, the binary).
    static let baseMemory = 64 << 20

    /// A chain of `n` countries as actorgraph/1 JSON, about `megabytes` MB.
    static func actorGraphJSON() -> (text: String, nodes: Int) {
        let document = "sha256:" + String(repeating: "1", count: 64)
        let n = max(2, megabytes * 1_000_000 / 330)
        var out = "{\n  \"format\": \"actorgraph/1\",\n  \"documents\": [{\"id\": \"\(document)\"}],\n  \"nodes\": [\n"
        for i in 0..<n {
            out += "    {\"id\": \"country:c\(i)\", \"kind\": \"country\", \"name\": \"C\(i)\", \"aliases\": [\"Land \(i)\"], "
            out += "\"evidence\": [{\"document\": \"\(document)\", \"sentence\": \(i)}]}\(i < n - 1 ? "," : "")\n"
        }
        out += "  ],\n  \"edges\": [\n"
        for i in 1..<n {
            out += "    {\"source\": \"country:c\(i - 1)\", \"target\": \"country:c\(i)\", \"type\": \"supports\", \"weight\": 1, "
            out += "\"evidence\": [{\"document\": \"\(document)\", \"sentence\": \(i)}]}\(i < n - 1 ? "," : "")\n"
        }
        return (out + "  ]\n}\n", n)
    }

    /// A facts file of about `megabytes` MB whose last relation names an unknown node (YAML is the slowest
    /// reader: half the size of the JSON test).
    static func brokenFacts(megabytes: Int) -> (text: String, lastLine: Int, relation: Int) {
        let n = max(2, megabytes * 1_000_000 / 130)
        var out = "format: actorgraph-facts/1\nnodes:\n"
        for i in 0..<n { out += "  - {kind: country, name: C\(i), aliases: [Land \(i)], evidence: {sentence: \(i)}}\n" }
        out += "relations:\n"
        for i in 1..<n { out += "  - {source: C\(i - 1), type: supports, target: C\(i), evidence: {sentence: \(i)}}\n" }
        out += "  - {source: C0, type: supports, target: Nowhere}\n"
        // Lines: format, nodes:, n nodes, relations:, n - 1 relations, then the broken one (relation n - 1).
        return (out, 2 * n + 3, n - 1)
    }

    /// Set by scripts/sanitize.sh. The command's peak memory then includes the
    /// sanitizer's shadow memory, allocator and quarantine (under ThreadSanitizer,
    /// with 1 MB inputs: 97–152 MiB against bounds of 83–139 MiB), which says
    /// nothing about ours, so the bounds are not checked there; the commands
    /// still have to complete, or fail at the right line.
    static let sanitizer = ProcessInfo.processInfo.environment["ACTORGRAPH_SANITIZER"]

    static func expectBounded(_ exit: ChildProcess.Exit, input bytes: Int, factor: Int, _ what: String,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        let bound = baseMemory + factor * bytes
        #expect(exit.peakMemory > 0, "\(what): the command reported no peak memory", sourceLocation: sourceLocation)
        guard sanitizer == nil else { return }
        #expect(exit.peakMemory <= bound, "\(what): peak \(exit.peakMemory >> 20) MiB for \(bytes >> 20) MiB of input; bound \(bound >> 20) MiB",
                sourceLocation: sourceLocation)
    }

    @Test("a large actorgraph/1 file: stats, build and export complete, memory within 16× the input")
    func largeJSON() throws {
        let (text, nodes) = Self.actorGraphJSON()
        let folder = try CLIRunner.temporaryFolder()
        let input = folder.appendingPathComponent("big.json").path
        try text.write(toFile: input, atomically: false, encoding: .utf8)
        let size = text.utf8.count
        let stats = try ChildProcess.run(["stats", "--graph", input, "--format", "json"])
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(stats.stdout.contains("\"nodes\" : \(nodes)"), "\(stats.stdout)")
        Self.expectBounded(stats, input: size, factor: 16, "stats")
        let store = folder.appendingPathComponent("g.sqlite").path
        let build = try ChildProcess.run(["build", input, "--graph", store])
        #expect(build.status == 0, "\(build.stderr)")
        Self.expectBounded(build, input: size, factor: 16, "build")
        let out = folder.appendingPathComponent("out.json").path
        let export = try ChildProcess.run(["export", "--graph", store, "--format", "json", "-o", out])
        #expect(export.status == 0, "\(export.stderr)")
        Self.expectBounded(export, input: size, factor: 16, "export")
        let again = try ChildProcess.run(["stats", "--graph", out, "--format", "json"])
        #expect(again.stdout == stats.stdout)
    }

    @Test("a large facts file with a mistake on its last line: the error names that line, memory within 64× the input (Yams keeps a node tree of the whole file)")
    func largeBrokenFacts() throws {
        let (text, lastLine, relation) = Self.brokenFacts(megabytes: max(1, Self.megabytes / 2))
        let (folder, store) = try CommandFixtures.storeCopy()
        let input = folder.appendingPathComponent("big.yaml").path
        try text.write(toFile: input, atomically: false, encoding: .utf8)
        let before = CommandFixtures.bytes(store)
        let build = try ChildProcess.run(["build", input, "--graph", store])
        #expect(build.status == 1)
        #expect(build.stderr.hasPrefix("error: \(input):\(lastLine): relations[\(relation)].target: 'Nowhere'"),
                "\(build.stderr)")
        Self.expectBounded(build, input: text.utf8.count, factor: 64, "build")
        #expect(CommandFixtures.bytes(store) == before)
    }
}
