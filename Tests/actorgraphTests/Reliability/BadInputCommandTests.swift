import Foundation
import Testing

/// Every command against bad input (docs/reliability.md): one line
/// `error: FILE:LINE: …` on stderr, exit code 1, no output file, and the
/// store byte for byte as it was.
@Suite("Bad input: commands")
struct BadInputCommandTests {
    typealias Case = CommandFixtures.Case

    /// Runs build (into a copy of the template store), stats and export on `c`; all must fail the same way.
    static func expectRefused(_ c: Case, exitCode: Int32 = 1, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (folder, store) = try CommandFixtures.storeCopy()
        let before = CommandFixtures.bytes(store)
        let out = folder.appendingPathComponent("out.json").path
        let input = c.input ?? c.path
        let runs = [
            try CLIRunner.run(["build", input, "--graph", store]),
            try CLIRunner.run(["stats", "--graph", input]),
            try CLIRunner.run(["export", "--graph", input, "--format", "json", "-o", out]),
        ]
        let place = c.line.map { "\(c.path):\($0): " } ?? "\(c.path): "
        for (command, run) in zip(["build", "stats", "export"], runs) {
            #expect(run.status == exitCode, "\(command): \(run.stderr)", sourceLocation: sourceLocation)
            #expect(run.stderr.hasPrefix("error: \(place)"), "\(command): \(run.stderr)", sourceLocation: sourceLocation)
            #expect(run.stderr.contains(c.mentions), "\(command): expected '\(c.mentions)' in \(run.stderr)",
                    sourceLocation: sourceLocation)
            #expect(run.stderr.filter { $0 == "\n" }.count == 1, "\(command): one line: \(run.stderr)",
                    sourceLocation: sourceLocation)
            #expect(run.stdout.isEmpty, "\(command) printed: \(run.stdout)", sourceLocation: sourceLocation)
        }
        #expect(CommandFixtures.bytes(store) == before, "build changed the store", sourceLocation: sourceLocation)
        #expect(CommandFixtures.entries(folder) == ["g.sqlite"], "left behind: \(CommandFixtures.entries(folder))",
                sourceLocation: sourceLocation)
    }

    @Test("a wrong type or value in any field: every command names the file, line and field",
          arguments: CommandFixtures.manifest)
    func fieldMistakes(_ c: Case) throws {
        try Self.expectRefused(c)
    }

    @Test("the manifest was found")
    func manifestFound() {
        #expect(CommandFixtures.manifest.count >= 100)
    }

    @Test("empty, blank, binary and invalid UTF-8 files are refused at their line",
          arguments: [("empty.yaml", "", 1, "empty"), ("empty.json", "", 1, "empty"), ("blank.yaml", "\n \n", 1, "empty"),
                      ("bin.yaml", "nodes: []\n\u{0}\u{1}\u{2}", 2, "binary"), ("bin.json", "{\n\n\u{0}}", 3, "binary")])
    func emptyAndBinary(name: String, text: String, line: Int, mentions: String) throws {
        try Self.expectRefused(Case(path: try CommandFixtures.file(name, Array(text.utf8)), line: line, mentions: mentions))
    }

    @Test("invalid UTF-8 and random bytes are refused")
    func invalidBytes() throws {
        let latin1 = Array("nodes:\n  - {kind: country, name: Ath".utf8) + [0xE8] + Array("nes}\n".utf8)
        try Self.expectRefused(Case(path: try CommandFixtures.file("latin1.yaml", latin1), line: 2, mentions: "UTF-8"))
        var rng = SeededRandom(seed: 7)
        let noise = (0..<4096).map { _ in UInt8.random(in: 0x80...0xFF, using: &rng) }
        try Self.expectRefused(Case(path: try CommandFixtures.file("noise.json", noise), line: 1, mentions: "UTF-8"))
    }

    @Test("a truncated file is refused at its last line")
    func truncated() throws {
        let full = [UInt8](CommandFixtures.bytes(CommandFixtures.badInput.appendingPathComponent("valid-actorgraph.json").path))
        var part = Array(full.prefix(full.count * 2 / 3))
        while let last = part.last, [0x20, 0x0A].contains(last) { part.removeLast() }
        let lastLine = 1 + part.filter { $0 == 0x0A }.count
        try Self.expectRefused(Case(path: try CommandFixtures.file("cut.json", part), line: lastLine, mentions: "not valid JSON"))
    }

    @Test("deep nesting and alias bombs are refused quickly")
    func hostile() throws {
        let started = ContinuousClock.now
        defer { #expect(ContinuousClock.now - started < .seconds(300), "9 commands on hostile input (seconds on an idle machine)") }
        let deep = String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)
        try Self.expectRefused(Case(path: try CommandFixtures.file("deep.json", Array(deep.utf8)), line: 1, mentions: "nested more than"))
        try Self.expectRefused(Case(path: try CommandFixtures.file("deep.yaml", Array("nodes: \(deep)".utf8)), line: 1,
                                    mentions: "nested more than"))
        var laughs = ["nodes:", "  - kind: country", "    name: x", "    attributes:", "      l0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for i in 1...9 { laughs.append("      l\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]") }
        try Self.expectRefused(Case(path: try CommandFixtures.file("laughs.yaml", Array(laughs.joined(separator: "\n").utf8)),
                                    line: 11, mentions: "YAML aliases"))
    }

    @Test("a missing file, a FIFO and an unsupported file are refused without waiting")
    func notInputs() throws {
        let folder = try CLIRunner.temporaryFolder()
        let fifo = folder.appendingPathComponent("pipe.yaml").path
        #expect(mkfifo(fifo, 0o644) == 0)
        try Self.expectRefused(Case(path: folder.appendingPathComponent("none.yaml").path, line: nil, mentions: "no such file"))
        try Self.expectRefused(Case(path: fifo, line: nil, mentions: "not a regular file"))
        try Self.expectRefused(Case(path: try CommandFixtures.file("notes.pdf", [0x25]), line: nil, mentions: "unsupported input"))
    }

    @Test("a folder: with no inputs it is refused; with one bad file among good ones nothing is ingested")
    func folders() throws {
        let empty = try CLIRunner.temporaryFolder()
        try Self.expectRefused(Case(path: empty.path, line: nil, mentions: "no readable inputs"))
        let mixed = try CLIRunner.temporaryFolder()
        for name in ["valid-facts.yaml", "valid-actorgraph.json", "facts-relation-type-value.yaml"] {
            try FileManager.default.copyItem(at: CommandFixtures.badInput.appendingPathComponent(name),
                                             to: mixed.appendingPathComponent(name))
        }
        try Self.expectRefused(Case(path: mixed.appendingPathComponent("facts-relation-type-value.yaml").path, line: 27,
                                    mentions: "relations[0].type: 'hugs'", input: mixed.path))
    }

    @Test("a UTF-16 file with a byte-order mark builds the same graph as its UTF-8 original",
          arguments: ["valid-facts.yaml", "valid-actorgraph.json"], [false, true])
    func utf16(name: String, bigEndian: Bool) throws {
        let original = CommandFixtures.badInput.appendingPathComponent(name).path
        let text = String(decoding: CommandFixtures.bytes(original), as: UTF8.self)
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 { bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let utf16 = try CommandFixtures.file(name, bytes)
        var exports: [Data] = []
        for input in [original, utf16] {
            let folder = try CLIRunner.temporaryFolder()
            let store = folder.appendingPathComponent("g.sqlite").path, out = folder.appendingPathComponent("g.json").path
            let build = try CLIRunner.run(["build", input, "--graph", store])
            #expect(build.status == 0, "\(build.stderr)")
            let export = try CLIRunner.run(["export", "--graph", store, "--format", "json", "-o", out])
            #expect(export.status == 0, "\(export.stderr)")
            exports.append(CommandFixtures.bytes(out))
        }
        #expect(!exports[0].isEmpty && exports[0] == exports[1])
    }
}

/// SplitMix64, so that random inputs are the same on every run.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
