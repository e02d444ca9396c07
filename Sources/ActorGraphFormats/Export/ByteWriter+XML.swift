/// XML 1.0 character data, used by GraphML and GEXF.
///
/// One escaping serves text and attribute values alike: `& < > " '` become
/// entities, and tab, line feed and carriage return become character
/// references, because attribute-value normalisation would otherwise turn
/// them into spaces and line-end normalisation would turn `\r` into `\n`.
/// Other control characters cannot appear in XML 1.0 at all, not even as
/// references: they are reported as unrepresentable; the writer names the
/// element (``ByteWriter/nameUnnamedFailure(_:)``).
extension ByteWriter {
    /// Appends `string` escaped for XML.
    func xml(_ string: String) {
        withUTF8(string) { xml($0) }
    }

    /// Appends UTF-8 bytes escaped for XML (for nested values such as JSON text).
    func xml(_ raw: UnsafeRawBufferPointer) {
        escaped(raw, candidates: XMLEscape.mayNeedEscape, needsEscape: XMLEscape.needsEscape) { b in
            switch b {
            case UInt8(ascii: "&"): text("&amp;")
            case UInt8(ascii: "<"): text("&lt;")
            case UInt8(ascii: ">"): text("&gt;")
            case UInt8(ascii: "\""): text("&quot;")
            case UInt8(ascii: "'"): text("&apos;")
            case 0x09: text("&#9;")
            case 0x0A: text("&#10;")
            case 0x0D: text("&#13;")
            default:
                unrepresentable("", "control character U+\(String(b, radix: 16, uppercase: true)) cannot appear in XML 1.0")
            }
        }
    }
}

/// The byte classes of XML escaping.
enum XMLEscape {
    /// Whether a UTF-8 byte must be escaped (or refused) in XML character data.
    @inline(__always)
    static func needsEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">")
            || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")
    }

    /// ``needsEscape(_:)`` for eight bytes at once (``WordScan``).
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> UInt64 {
        WordScan.below(word, 0x20) | WordScan.equal(word, UInt8(ascii: "&")) | WordScan.equal(word, UInt8(ascii: "<"))
            | WordScan.equal(word, UInt8(ascii: ">")) | WordScan.equal(word, UInt8(ascii: "\""))
            | WordScan.equal(word, UInt8(ascii: "'"))
    }
}
