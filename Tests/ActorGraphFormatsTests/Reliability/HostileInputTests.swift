import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

/// Inputs built to hurt a parser: deep nesting, exponential aliases, huge files.
/// Each must end in a clear error (or a correct read), quickly, without a crash.
// No time limits: in the full, parallel suite a test can wait minutes for a thread, so
// the tests that must be quick time their own reading instead.
@Suite("Bad input: deep, explosive and large inputs")
struct HostileInputTests {
    /// `depth` nested JSON arrays.
    static func nestedJSON(_ depth: Int) -> String { String(repeating: "[", count: depth) + String(repeating: "]", count: depth) }

    @Test("100,000 nested brackets are refused before parsing, at line 1",
          arguments: ["deep.json", "deep.yaml"], [true, false])
    func deepBrackets(file: String, wrapped: Bool) {
        let started = ContinuousClock.now
        defer { #expect(ContinuousClock.now - started < .seconds(120), "the guard is the expansion count; minutes mean it failed") }
        let deep = Self.nestedJSON(100_000)
        let text = wrapped && file.hasSuffix(".json")
            ? "{\"format\": \"actorgraph/1\", \"documents\": [], \"nodes\": \(deep), \"edges\": []}"
            : (wrapped ? "nodes: \(deep)\n" : deep)
        expectError(text, file: file, line: 1, mentions: "nested more than \(NestingLimit.maximumDepth) levels")
    }

    @Test("nesting past the limit in JSON is refused at the line where it goes too deep")
    func deepJSONLine() {
        let depth = NestingLimit.maximumDepth + 1
        let text = "{\"format\": \"actorgraph/1\", \"edges\": [],\n \"nodes\":\n" + String(repeating: "[\n", count: depth) + "]"
        // The root object is level 1; the `depth`-th bracket is on line 2 + depth - 1.
        expectError(text, file: "d.json", line: 2 + depth - 1, mentions: "nested")
    }

    @Test("YAML block nesting past the limit is refused at the line where it goes too deep; up to it is not")
    func deepYAMLBlocks() throws {
        func document(depth: Int) -> String {
            // The root mapping is level 1; a block mapping starts at its first key, so level k starts on line k + 1.
            var lines = ["format: actorgraph-facts/1", "document:"]
            for level in 3...depth { lines.append(String(repeating: "  ", count: level - 2) + "a:") }
            lines.append(String(repeating: "  ", count: depth - 1) + "b: 1")
            return lines.joined(separator: "\n") + "\n"
        }
        let limit = NestingLimit.maximumDepth
        expectError(document(depth: limit + 1), file: "deep.yaml", line: limit + 2, mentions: "nested more than")
        // At the limit the nesting is accepted, and the reader finds the real mistake.
        expectError(document(depth: limit), file: "deep.yaml", line: 3, mentions: "unknown field 'a'")
    }

    /// Nine aliases of nine aliases …: 9^`levels` values from a few hundred bytes.
    static func laughs(levels: Int, use: String) -> String {
        var lines = ["format: actorgraph-facts/1", "document:", "  title: t", "nodes:", "  - kind: country",
                     "    name: x", "    attributes:", "      l0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for i in 1...levels {
            lines.append("      l\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]")
        }
        lines.append(use.replacingOccurrences(of: "LAST", with: "a\(levels)"))
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("billion laughs: aliases that expand past the bound are refused quickly, also as mapping keys",
          arguments: ["    aliases: *LAST", "    evidence: {sentence: 1, ? *LAST : x}"])
    func billionLaughs(use: String) {
        let text = Self.laughs(levels: 9, use: use)
        // Nine levels expand to 9^10 values; the bound is met inside the sixth level (9^7 > 10^6), on line 8 + 6.
        let started = ContinuousClock.now
        expectError(text, file: "laughs.yaml", line: 14, mentions: "through YAML aliases")
        // Unguarded, hashing the aliased key alone takes hours.
        #expect(ContinuousClock.now - started < .seconds(120), "the guard is the expansion count; minutes mean it failed")
    }

    @Test("a few aliases within the bound are read like the values they repeat")
    func smallAliases() throws {
        let text = """
            document: {title: &t Atlantis}
            nodes:
              - {kind: country, name: *t, aliases: &names [Atlantean, Sunken]}
              - {kind: country, name: Lemuria}
            relations:
              - {source: *t, type: sanctions, target: Lemuria}
            """
        let graph = try FactsReader.read(bytes: Array(text.utf8), file: "a.yaml")
        #expect(graph.nodes["country:atlantis"]?.aliases == ["Atlantean", "Sunken"])
        #expect(graph.edgeCount == 1)
    }

    /// Megabytes of input for the large-file tests: ACTORGRAPH_BIG_INPUT_MB, default 4
    /// (200 takes minutes in a debug build; see docs/reliability.md).
    static let bigMegabytes = Int(ProcessInfo.processInfo.environment["ACTORGRAPH_BIG_INPUT_MB"] ?? "") ?? 4

    @Test("a large actorgraph/1 file reads completely; a mistake on its last line is reported at that line")
    func largeJSON() throws {
        let (bytes, nodes) = LargeInput.actorGraphJSON(megabytes: Self.bigMegabytes)
        let graph = try ActorGraphJSONReader.read(bytes: bytes, file: "big.json")
        #expect(graph.nodeCount == nodes && graph.edgeCount == nodes - 1)
        var broken = bytes
        let lastWeight = broken.lastRange(of: Array("\"weight\": 1".utf8))!
        broken.replaceSubrange(lastWeight, with: Array("\"weight\": -1".utf8))
        expectError(broken, file: "big.json", line: Bytes.line(at: lastWeight.lowerBound, in: broken), mentions: "weight")
    }

    @Test("a large facts file reads completely; an unknown node on its last line is reported at that line")
    func largeFacts() throws {
        let (bytes, nodes) = LargeInput.factsYAML(megabytes: max(1, Self.bigMegabytes / 4))
        let graph = try FactsReader.read(bytes: bytes, file: "big.yaml")
        #expect(graph.nodeCount == nodes && graph.edgeCount == nodes - 1)
        let broken = bytes + Array("  - {source: nowhere, type: supports, target: C1}\n".utf8)
        expectError(broken, file: "big.yaml", line: Bytes.lastLine(broken), mentions: "'nowhere'")
    }

    @Test("a large file with a NUL byte at its end is refused at the right line")
    func largeBinaryTail() {
        var (bytes, _) = LargeInput.actorGraphJSON(megabytes: Self.bigMegabytes)
        bytes[bytes.count - 2] = 0
        expectError(bytes, file: "big.json", line: Bytes.line(at: bytes.count - 2, in: bytes), mentions: "binary")
    }

    private func expectError(_ text: String, file: String, line: Int, mentions: String,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        expectError(Array(text.utf8), file: file, line: line, mentions: mentions, sourceLocation: sourceLocation)
    }

    private func expectError(_ bytes: [UInt8], file: String, line: Int, mentions: String,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            _ = try AnyReader.read(bytes: bytes, file: file)
            Issue.record("\(file) was accepted", sourceLocation: sourceLocation)
        } catch {
            #expect(error.line == line, "\(error)", sourceLocation: sourceLocation)
            #expect(error.description.contains(mentions), "\(error)", sourceLocation: sourceLocation)
        }
    }
}

/// Generated large inputs: a chain of countries, one edge between each neighbour pair.
enum LargeInput {
    /// An `actorgraph/1` file of about `megabytes` MB, and its node count.
    static func actorGraphJSON(megabytes: Int) -> (bytes: [UInt8], nodes: Int) {
        let document = "sha256:" + String(repeating: "0", count: 64)
        let perNode = 330  // bytes of one node and one edge below
        let n = max(2, megabytes * 1_000_000 / perNode)
        var out = "{\n  \"format\": \"actorgraph/1\",\n  \"documents\": [{\"id\": \"\(document)\"}],\n  \"nodes\": [\n"
        out.reserveCapacity(megabytes * 1_100_000)
        for i in 0..<n {
            out += "    {\"id\": \"country:c\(i)\", \"kind\": \"country\", \"name\": \"C\(i)\", \"aliases\": [\"Land \(i)\"], "
            out += "\"evidence\": [{\"document\": \"\(document)\", \"sentence\": \(i)}]}\(i < n - 1 ? "," : "")\n"
        }
        out += "  ],\n  \"edges\": [\n"
        for i in 1..<n {
            out += "    {\"source\": \"country:c\(i - 1)\", \"target\": \"country:c\(i)\", \"type\": \"supports\", \"weight\": 1, "
            out += "\"evidence\": [{\"document\": \"\(document)\", \"sentence\": \(i)}]}\(i < n - 1 ? "," : "")\n"
        }
        out += "  ]\n}\n"
        return (Array(out.utf8), n)
    }

    /// A facts file of about `megabytes` MB, and its node count.
    static func factsYAML(megabytes: Int) -> (bytes: [UInt8], nodes: Int) {
        let n = max(2, megabytes * 1_000_000 / 130)
        var out = "format: actorgraph-facts/1\nnodes:\n"
        out.reserveCapacity(megabytes * 1_100_000)
        for i in 0..<n { out += "  - {kind: country, name: C\(i), aliases: [Land \(i)], evidence: {sentence: \(i)}}\n" }
        out += "relations:\n"
        for i in 1..<n { out += "  - {source: C\(i - 1), type: supports, target: C\(i), evidence: {sentence: \(i)}}\n" }
        return (Array(out.utf8), n)
    }
}
