/// How deeply an input's values may nest.
///
/// Parsers and decoders that recurse (Foundation's JSON decoder, Yams'
/// composer, Codable) can exhaust a thread's stack on input such as
/// 100,000 opening brackets, and a crash is not an error message. Our formats
/// need fewer than eight levels, so inputs are checked with a cheap,
/// non-recursive scan before they are parsed.
public enum NestingLimit {
    /// The deepest nesting accepted: far above what any of our formats needs,
    /// far below what a recursive parser survives on a small thread stack.
    public static let maximumDepth = 64

    /// Checks the bracket nesting of JSON text (strings are skipped).
    /// - Throws: `InputError` at the line of the first bracket past `limit`.
    /// - Complexity: O(n) in the number of bytes, no allocation.
    static func checkJSON(_ utf8: [UInt8], file: String, limit: Int = maximumDepth) throws(InputError) {
        var depth = 0
        var line = 1
        var inString = false
        var escaped = false
        for byte in utf8 {
            if byte == 0x0A { line += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit {
                    throw InputError(file: file, line: line,
                                     message: "nested more than \(limit) levels deep; not an input this tool reads")
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
            default:
                break
            }
        }
    }
}
