import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

/// Every reader against every kind of bad input (docs/reliability.md): each
/// gives one `InputError` naming the file and, where one applies, the line.
@Suite("Bad input: readers")
struct BadInputReaderTests {
    static let valid = BadInputCase.validFiles.map { BadInputCase.folder.appendingPathComponent($0).path }

    @Test("the valid bases read (so each case fails for its one mistake)", arguments: valid)
    func basesRead(path: String) throws {
        let graph = try AnyReader.read(path: path)
        #expect(graph.nodeCount >= 2 && graph.edgeCount >= 1)
    }

    @Test("the manifest lists cases for every reader", arguments: ["facts-", "ag-", "factsjson-"])
    func manifestCovers(prefix: String) {
        #expect(BadInputCase.all.filter { $0.file.hasPrefix(prefix) }.count >= 7)
    }

    @Test("a wrong type or value in any field is an error at its line, naming the field", arguments: BadInputCase.all)
    func fieldMistakes(_ c: BadInputCase) {
        do {
            _ = try AnyReader.read(path: c.path)
            Issue.record("\(c.file) was accepted")
        } catch {
            #expect(error.file == c.path)
            #expect(error.line == c.line, "\(error)")
            #expect(error.description.hasPrefix("\(c.path):\(c.line): "), "\(error)")
            #expect(error.description.contains(c.mentions), "expected '\(c.mentions)' in: \(error)")
            #expect(!error.description.contains("\n"))
        }
    }

    @Test("an empty or blank file is an error at line 1", arguments: valid, ["", "\n\n  \n"])
    func empty(path: String, text: String) {
        expect(Array(text.utf8), file: "empty." + (path as NSString).pathExtension, line: 1, mentions: "empty")
    }

    @Test("binary data (a NUL byte) is an error at the line of the byte", arguments: valid)
    func binary(path: String) {
        var bytes = Bytes.of(path)
        let offset = bytes.count / 2
        bytes[offset] = 0
        expect(bytes, file: "bin." + (path as NSString).pathExtension, line: Bytes.line(at: offset, in: bytes), mentions: "binary")
    }

    @Test("random bytes are an error, never a crash", arguments: 0..<20)
    func garbage(seed: Int) {
        var rng = SplitMix(seed: UInt64(seed))
        let bytes = (0..<(64 + seed * 97)).map { _ in UInt8.random(in: 0...255, using: &rng) }
        for ext in ["yaml", "json"] {
            #expect(throws: InputError.self) { _ = try AnyReader.read(bytes: bytes, file: "garbage.\(ext)") }
        }
    }

    @Test("invalid UTF-8 is an error at the line of the bad byte", arguments: valid)
    func invalidUTF8(path: String) {
        var bytes = Bytes.of(path)
        let offset = bytes.count * 2 / 3
        bytes[offset] = 0xC3  // a lead byte …
        bytes.insert(0x28, at: offset + 1)  // … followed by ASCII
        expect(bytes, file: "bad." + (path as NSString).pathExtension, line: Bytes.line(at: offset, in: bytes), mentions: "UTF-8")
    }

    @Test("UTF-16 with a byte-order mark is decoded: the same graph as UTF-8", arguments: valid, [false, true])
    func utf16(path: String, bigEndian: Bool) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let file = "u16." + (path as NSString).pathExtension
        let fromUTF8 = try AnyReader.read(bytes: Array(text.utf8), file: file)
        let fromUTF16 = try AnyReader.read(bytes: Bytes.utf16(text, bigEndian: bigEndian), file: file)
        #expect(fromUTF16.nodes == fromUTF8.nodes)
        #expect(fromUTF16.edges.count == fromUTF8.edges.count)
    }

    @Test("UTF-16 cut in the middle of a code unit is an error")
    func oddUTF16() throws {
        let bytes = Bytes.utf16("nodes: []\n", bigEndian: false).dropLast()
        #expect(throws: InputError.self) { _ = try AnyReader.read(bytes: Array(bytes), file: "odd.yaml") }
    }

    @Test("a JSON file cut anywhere is an error at the line where it ends, never a crash",
          arguments: ["valid-actorgraph.json", "valid-facts.json"])
    func truncatedJSON(name: String) {
        let bytes = Bytes.of(BadInputCase.folder.appendingPathComponent(name).path)
        let end = bytes.lastIndex(of: UInt8(ascii: "}"))!
        for cut in stride(from: 1, to: end, by: 3) {
            let part = Array(bytes.prefix(cut))
            guard part.contains(where: { ![0x20, 0x0A].contains($0) }) else { continue }
            do {
                _ = try AnyReader.read(bytes: part, file: name)
                Issue.record("\(name) cut at \(cut) bytes was accepted")
            } catch {
                #expect(error.line == Bytes.lastLine(part), "cut at \(cut): \(error)")
            }
        }
    }

    @Test("a YAML file cut anywhere reads or fails cleanly; cut inside a value it fails at that line")
    func truncatedYAML() {
        let bytes = Bytes.of(BadInputCase.folder.appendingPathComponent("valid-facts.yaml").path)
        for cut in 1..<bytes.count {
            do { _ = try AnyReader.read(bytes: Array(bytes.prefix(cut)), file: "cut.yaml") } catch {
                #expect(error.line != nil, "cut at \(cut): \(error)")
            }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let cut = text.range(of: "excerpt: leaves")!.lowerBound
        let part = Array(text[..<cut].utf8)
        expect(part, file: "cut.yaml", line: Bytes.lastLine(part), mentions: "YAML")
    }

    @Test("GDELT rows: empty, binary, short rows and bad codes are errors at their line")
    func gdelt() {
        var fields = [String](repeating: "", count: 61)
        (fields[0], fields[1], fields[5], fields[6], fields[7]) = ("1", "20170701", "MLI", "MALI", "MLI")
        (fields[15], fields[16], fields[17], fields[28], fields[29]) = ("TCD", "CHAD", "TCD", "19", "4")
        let good = fields.joined(separator: "\t")
        let badRoot = good.replacingOccurrences(of: "\t19\t4\t", with: "\t99\t4\t")
        let cases: [(String, Int, String)] = [
            ("", 1, "empty"), (good + "\n" + good + "\nshort\trow\n", 3, "fields"),
            (good + "\n" + badRoot + "\n", 2, "CAMEO"), (good + "\n\u{0}\n", 2, "binary"),
        ]
        for (text, line, mentions) in cases {
            expect(Array(text.utf8), file: "events.tsv", line: line, mentions: mentions)
        }
    }

    private func expect(_ bytes: [UInt8], file: String, line: Int, mentions: String,
                        sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            _ = try AnyReader.read(bytes: bytes, file: file)
            Issue.record("\(file) was accepted", sourceLocation: sourceLocation)
        } catch {
            #expect(error.line == line, "\(error)", sourceLocation: sourceLocation)
            #expect(error.description.hasPrefix("\(file):\(line): "), "\(error)", sourceLocation: sourceLocation)
            #expect(error.description.contains(mentions), "\(error)", sourceLocation: sourceLocation)
        }
    }
}

/// SplitMix64: seeded, so a failing case can be replayed.
struct SplitMix: RandomNumberGenerator {
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
