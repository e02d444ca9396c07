import ActorGraph

/// Evidence as JSON text inside another format's quoted value (a CSV field,
/// XML character data, a Cypher string literal), written in one pass.
///
/// The plain way writes the JSON into a scratch buffer, then scans and
/// escapes all of it for the outer format. But the JSON's structure is fixed
/// (`{"document":…,"sentence":…}`): its pieces are written here already
/// escaped for the outer format, and only the strings inside (document ids,
/// excerpts) are looked at; one without a byte that either format escapes
/// (nearly all) is copied as it is. The bytes are exactly those of the plain
/// way, `jsonEvidence` then the outer escaping (ByteWriterTests compares the two).
protocol NestingFormat {
    /// `{"document":` and the other fixed pieces, escaped for this format.
    static var openDocument: StaticString { get }
    static var sentenceKey: StaticString { get }
    static var startKey: StaticString { get }
    static var endKey: StaticString { get }
    static var excerptKey: StaticString { get }
    /// `"`, escaped for this format.
    static var quote: StaticString { get }
    /// Whether this format escapes a byte.
    static func needsEscape(_ b: UInt8) -> Bool
    /// ``needsEscape(_:)`` or JSON's, for eight bytes at once (``WordScan``).
    static func mayNeedEscape(_ word: UInt64) -> UInt64
    /// Appends bytes escaped for this format (without its own quotes).
    static func escape(_ raw: UnsafeRawBufferPointer, into w: ByteWriter)
}

/// Inside a quoted CSV field: `"` doubled.
enum NestedInCSV: NestingFormat {
    static var openDocument: StaticString { #"{""document"":"# }
    static var sentenceKey: StaticString { #",""sentence"":"# }
    static var startKey: StaticString { #",""start"":"# }
    static var endKey: StaticString { #",""end"":"# }
    static var excerptKey: StaticString { #",""excerpt"":"# }
    static var quote: StaticString { #""""# }
    @inline(__always) static func needsEscape(_ b: UInt8) -> Bool { b == UInt8(ascii: "\"") }
    /// JSON's word test already flags `"`.
    @inline(__always) static func mayNeedEscape(_ word: UInt64) -> UInt64 { JSONEscape.mayNeedEscape(word) }
    static func escape(_ raw: UnsafeRawBufferPointer, into w: ByteWriter) { w.csvQuotedContent(raw) }
}

/// Inside XML character data: `"` as `&quot;`, and the rest of ``ByteWriter/xml(_:)-(UnsafeRawBufferPointer)``.
enum NestedInXML: NestingFormat {
    static var openDocument: StaticString { "{&quot;document&quot;:" }
    static var sentenceKey: StaticString { ",&quot;sentence&quot;:" }
    static var startKey: StaticString { ",&quot;start&quot;:" }
    static var endKey: StaticString { ",&quot;end&quot;:" }
    static var excerptKey: StaticString { ",&quot;excerpt&quot;:" }
    static var quote: StaticString { "&quot;" }
    @inline(__always) static func needsEscape(_ b: UInt8) -> Bool { XMLEscape.needsEscape(b) }
    /// XML's word test covers JSON's (control characters, `"`) except the backslash.
    @inline(__always) static func mayNeedEscape(_ word: UInt64) -> UInt64 {
        XMLEscape.mayNeedEscape(word) | WordScan.equal(word, UInt8(ascii: "\\"))
    }
    static func escape(_ raw: UnsafeRawBufferPointer, into w: ByteWriter) { w.xml(raw) }
}

/// Inside a Cypher string literal: the pieces need no escaping.
enum NestedInCypher: NestingFormat {
    static var openDocument: StaticString { #"{"document":"# }
    static var sentenceKey: StaticString { #","sentence":"# }
    static var startKey: StaticString { #","start":"# }
    static var endKey: StaticString { #","end":"# }
    static var excerptKey: StaticString { #","excerpt":"# }
    static var quote: StaticString { #"""# }
    @inline(__always) static func needsEscape(_ b: UInt8) -> Bool { CypherEscape.needsEscape(b) }
    @inline(__always) static func mayNeedEscape(_ word: UInt64) -> UInt64 {
        JSONEscape.mayNeedEscape(word) | WordScan.equal(word, UInt8(ascii: "'"))
    }
    static func escape(_ raw: UnsafeRawBufferPointer, into w: ByteWriter) { w.cypherStringContent(raw) }
}

extension ByteWriter {
    /// Appends `evidence` as the JSON text of ``jsonEvidence(_:)``, escaped for `Format`
    /// (without the quotes that open and close the outer value).
    @inline(__always)
    func nestedJSONEvidence<Format: NestingFormat>(_ evidence: [Evidence], in _: Format.Type) {
        byte(UInt8(ascii: "["))
        for i in evidence.indices {
            if i > 0 { byte(UInt8(ascii: ",")) }
            text(Format.openDocument)
            nestedJSONString(evidence[i].document, in: Format.self)
            text(Format.sentenceKey)
            int(evidence[i].sentence)
            if let start = evidence[i].start {
                text(Format.startKey)
                int(start)
            }
            if let end = evidence[i].end {
                text(Format.endKey)
                int(end)
            }
            if let excerpt = evidence[i].excerpt {
                text(Format.excerptKey)
                nestedJSONString(excerpt, in: Format.self)
            }
            byte(UInt8(ascii: "}"))
        }
        byte(UInt8(ascii: "]"))
    }

    /// Appends ``jsonString(_:)`` of `string`, escaped for `Format`.
    @inline(__always)
    func nestedJSONString<Format: NestingFormat>(_ string: String, in _: Format.Type) {
        text(Format.quote)
        withUTF8(string) { raw in
            if !ByteWriter.any(raw, candidates: Format.mayNeedEscape, { JSONEscape.needsEscape($0) || Format.needsEscape($0) }) {
                bytes(raw)
            } else {
                let json = ByteWriter(format: format, capacity: raw.count * 2 + 16)
                json.escaped(raw, candidates: JSONEscape.mayNeedEscape, needsEscape: JSONEscape.needsEscape, escape: json.jsonEscape)
                json.withBytes { Format.escape($0, into: self) }
            }
        }
        text(Format.quote)
    }
}
