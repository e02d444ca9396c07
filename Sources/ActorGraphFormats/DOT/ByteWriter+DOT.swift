/// DOT quoted strings, as Graphviz reads them.
///
/// The DOT lexer turns only `\"` into `"` and keeps every other character;
/// Graphviz then reads label-like values as escString, where `\\` is a
/// backslash and `\n` a line break. So `"` becomes `\"`, a backslash `\\`,
/// a line feed `\n` and a carriage return `\r`: no value can end its string
/// early, continue a line or start a `#` preprocessor line, and labels show
/// the text as written. A reader applies escString's rules to get a value back.
extension ByteWriter {
    /// Appends `string` as a double-quoted DOT string.
    func dotString(_ string: String) {
        withUTF8(string) { dotString($0) }
    }

    /// Appends UTF-8 bytes as a double-quoted DOT string (for nested values such as JSON text).
    func dotString(_ raw: UnsafeRawBufferPointer) {
        byte(UInt8(ascii: "\""))
        escaped(raw, needsEscape: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0x0A || $0 == 0x0D }) { b in
            switch b {
            case UInt8(ascii: "\""): text("\\\"")
            case UInt8(ascii: "\\"): text("\\\\")
            case 0x0A: text("\\n")
            default: text("\\r")
            }
        }
        byte(UInt8(ascii: "\""))
    }
}
