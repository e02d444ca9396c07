import ActorGraph

/// JSON text (RFC 8259), used by node-link and for the JSON-encoded lists
/// that formats without list types carry in a string (aliases, evidence).
extension ByteWriter {
    /// Appends a JSON string literal: `"` and `\` escaped, control characters
    /// as `\n`, `\t`… or `\u00XX`; everything else as UTF-8.
    func jsonString(_ string: String) {
        byte(UInt8(ascii: "\""))
        escaped(string, candidates: JSONEscape.mayNeedEscape, needsEscape: JSONEscape.needsEscape, escape: jsonEscape)
        byte(UInt8(ascii: "\""))
    }

    /// Appends a JSON array of strings.
    func jsonStrings(_ strings: [String]) {
        byte(UInt8(ascii: "["))
        for (i, string) in strings.enumerated() {
            if i > 0 { byte(UInt8(ascii: ",")) }
            jsonString(string)
        }
        byte(UInt8(ascii: "]"))
    }

    /// Appends evidence as the `actorgraph/1` JSON array:
    /// `[{"document":"sha256:…","sentence":3,"start":10,"end":42,"excerpt":"…"}]`,
    /// leaving out `start`, `end` and `excerpt` when unknown.
    func jsonEvidence(_ evidence: [Evidence]) {
        byte(UInt8(ascii: "["))
        for (i, item) in evidence.enumerated() {
            if i > 0 { byte(UInt8(ascii: ",")) }
            text("{\"document\":")
            jsonString(item.document)
            text(",\"sentence\":")
            int(item.sentence)
            if let start = item.start {
                text(",\"start\":")
                int(start)
            }
            if let end = item.end {
                text(",\"end\":")
                int(end)
            }
            if let excerpt = item.excerpt {
                text(",\"excerpt\":")
                jsonString(excerpt)
            }
            byte(UInt8(ascii: "}"))
        }
        byte(UInt8(ascii: "]"))
    }

    /// Appends document records as a JSON array of `actorgraph/1` document objects.
    func jsonDocuments<C: Collection>(_ documents: C) where C.Element == Document {
        byte(UInt8(ascii: "["))
        for (i, document) in documents.enumerated() {
            if i > 0 { byte(UInt8(ascii: ",")) }
            text("{\"id\":")
            jsonString(document.id)
            for (key, value) in [("title", document.title), ("date", document.date),
                                 ("source", document.source), ("url", document.url)] {
                guard let value else { continue }
                text(",\"")
                text(key)
                text("\":")
                jsonString(value)
            }
            byte(UInt8(ascii: "}"))
        }
        byte(UInt8(ascii: "]"))
    }

    /// Appends the JSON escape of a byte for which `JSONEscape.needsEscape` holds.
    func jsonEscape(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""): text("\\\"")
        case UInt8(ascii: "\\"): text("\\\\")
        case 0x0A: text("\\n")
        case 0x0D: text("\\r")
        case 0x09: text("\\t")
        case 0x08: text("\\b")
        case 0x0C: text("\\f")
        default:
            text("\\u00")
            byte(JSONEscape.hex[Int(b >> 4)])
            byte(JSONEscape.hex[Int(b & 0xF)])
        }
    }
}

/// The byte classes of JSON string escaping.
enum JSONEscape {
    /// Whether a UTF-8 byte must be escaped inside a JSON string.
    @inline(__always)
    static func needsEscape(_ b: UInt8) -> Bool { b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") }

    /// ``needsEscape(_:)`` for eight bytes at once (``WordScan``).
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> UInt64 {
        WordScan.below(word, 0x20) | WordScan.equal(word, UInt8(ascii: "\"")) | WordScan.equal(word, UInt8(ascii: "\\"))
    }

    /// Lower-case hexadecimal digits.
    static let hex: [UInt8] = Array("0123456789abcdef".utf8)
}
