/// Turtle terms: string literals and IRIs.
extension ByteWriter {
    /// Appends a `"…"` literal: `"` and `\` escaped, line feed, carriage return
    /// and tab as `\n`, `\r`, `\t`, other control characters as `\uXXXX`
    /// (Turtle's ECHAR and UCHAR); everything else as UTF-8.
    func turtleString(_ string: String) {
        withUTF8(string) { turtleString($0) }
    }

    /// Appends UTF-8 bytes as a `"…"` literal.
    func turtleString(_ raw: UnsafeRawBufferPointer) {
        byte(UInt8(ascii: "\""))
        escaped(raw, needsEscape: JSONEscape.needsEscape) { b in
            switch b {
            case UInt8(ascii: "\""): text("\\\"")
            case UInt8(ascii: "\\"): text("\\\\")
            case 0x0A: text("\\n")
            case 0x0D: text("\\r")
            case 0x09: text("\\t")
            default:
                text("\\u00")
                byte(JSONEscape.hex[Int(b >> 4)])
                byte(JSONEscape.hex[Int(b & 0xF)])
            }
        }
        byte(UInt8(ascii: "\""))
    }

    /// Appends `<prefix` + the percent-encoded `name` + `>`: every byte outside
    /// RFC 3986's unreserved characters and `:` becomes `%XX`, so any id is a valid IRI.
    func turtleIRI(_ prefix: StaticString, _ name: String) {
        byte(UInt8(ascii: "<"))
        text(prefix)
        percentEncoded(name)
        byte(UInt8(ascii: ">"))
    }

    /// Appends `name` percent-encoded (see ``turtleIRI(_:_:)``).
    func percentEncoded(_ name: String) {
        escaped(name, needsEscape: { !TurtleEscape.isUnreserved($0) }) { b in
            byte(UInt8(ascii: "%"))
            byte(TurtleEscape.upperHex[Int(b >> 4)])
            byte(TurtleEscape.upperHex[Int(b & 0xF)])
        }
    }
}

/// The byte classes of IRI encoding.
enum TurtleEscape {
    /// Upper-case hexadecimal digits, as RFC 3986 recommends for percent-encoding.
    static let upperHex: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// RFC 3986 unreserved characters, plus `:` (kept so ids stay readable in URNs).
    @inline(__always)
    static func isUnreserved(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "~")
            || b == UInt8(ascii: ":")
    }

    /// Whether a key can be written as the prefixed name `attr:key`: a letter or
    /// `_` first, then letters, digits, `_` and `-` (a safe subset of Turtle's PN_LOCAL).
    static func isSimpleLocalName(_ key: String) -> Bool {
        guard let first = key.utf8.first, first.isASCIILetter || first == UInt8(ascii: "_") else { return false }
        return key.utf8.allSatisfy { $0.isASCIILetter || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }
}

extension UInt8 {
    /// Whether the byte is an ASCII letter.
    var isASCIILetter: Bool { (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A) }
}
