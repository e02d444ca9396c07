import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

/// The one-pass evidence writers (`NestedJSON.swift`) and the vocabulary tables
/// must give exactly the bytes of the plain way they replace.
@Suite("Nested evidence and vocabulary tables")
struct NestedEvidenceTests {
    static let samples: [[Evidence]] = [
        [],
        [Evidence(document: "sha256:abc", sentence: 0)],
        [Evidence(document: "sha256:abc", sentence: 3, start: 10, end: 42, excerpt: "France, Mali")],
        [Evidence(document: "d\"q'\\", sentence: 1, excerpt: "a \"quote\", it's <b>&amp;</b>\n\r\t\u{1}\u{7f} é 中 🇲🇱"),
         Evidence(document: "x", sentence: 2, start: 0, end: 0, excerpt: ""),
         Evidence(document: "", sentence: 9, end: 5)],
        [Evidence(document: "back\\slash", sentence: 7, start: 1, excerpt: "'''\"\"\"\\\\\\")],
    ]

    private func bytes(_ body: (ByteWriter) -> Void) -> [UInt8] {
        let w = ByteWriter(format: "test", capacity: 8)
        body(w)
        return w.buffered
    }

    private func plainJSON(_ evidence: [Evidence]) -> [UInt8] { bytes { $0.jsonEvidence(evidence) } }

    @Test("CSV: the same field as csv(jsonEvidence)")
    func csv() {
        for evidence in Self.samples {
            let plain = bytes { w in plainJSON(evidence).withUnsafeBytes { w.csv($0) } }
            #expect(bytes { $0.csvEvidence(evidence) } == plain, "\(evidence)")
        }
    }

    @Test("XML: the same text as xml(jsonEvidence)")
    func xml() {
        for evidence in Self.samples {
            let plain = bytes { w in plainJSON(evidence).withUnsafeBytes { w.xml($0) } }
            #expect(bytes { $0.nestedJSONEvidence(evidence, in: NestedInXML.self) } == plain, "\(evidence)")
        }
    }

    @Test("Cypher: the same literal as cypherString(jsonEvidence)")
    func cypher() {
        for evidence in Self.samples {
            let plain = bytes { w in plainJSON(evidence).withUnsafeBytes { w.cypherString($0) } }
            #expect(bytes { $0.cypherEvidence(evidence) } == plain, "\(evidence)")
        }
    }

    @Test("a case's table position is its position in allCases, and its name its raw value")
    func vocabulary() {
        for (i, kind) in NodeKind.allCases.enumerated() {
            #expect(Vocabulary.index(kind) == i)
            #expect(bytes { $0.name(kind) } == Array(kind.rawValue.utf8))
        }
        for (i, type) in RelationType.allCases.enumerated() {
            #expect(Vocabulary.index(type) == i)
            #expect(bytes { $0.name(type) } == Array(type.rawValue.utf8))
        }
    }

    @Test("runs of every short length and 64 KiB chunks arrive whole and in order in file mode")
    func longRuns() throws {
        let path = "/tmp/actorgraph-bytewriter-\(UInt64.random(in: 0...UInt64.max)).bin"
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        #expect(fd >= 0)
        defer { unlink(path) }
        var expected: [UInt8] = []
        let w = ByteWriter(format: "test", fileDescriptor: fd, path: path, capacity: 1 << 10, startsWriteback: true)
        for n in Array(0...40) + [500, 1 << 16, 3, (1 << 16) + 7, 1 << 20, 2] + Array(0...40).reversed() {
            let chunk = (0..<n).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ n) }
            chunk.withUnsafeBytes { w.bytes($0) }
            expected += chunk
        }
        try w.finish()
        close(fd)
        let read = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(read == expected)
    }
}
