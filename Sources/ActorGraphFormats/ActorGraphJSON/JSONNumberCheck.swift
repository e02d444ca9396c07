/// Locating the numbers JSONDecoder refuses without saying where.
extension JSONErrorLocator {
    /// The keys whose values are integers in `actorgraph/1` (evidence spans and edge signs).
    static let integerKeys: Set<String> = ["sentence", "start", "end", "sign"]

    /// The first number that cannot be read: not finite as a Double anywhere
    /// (`1e999`), or not an `Int` under one of `integerKeys` (`1.5`, `1e30`).
    /// - Returns: its line, the key it is the value of, and what is wrong.
    /// - Complexity: O(n), one pass over the bytes.
    static func unrepresentableNumber(in utf8: [UInt8]) -> (line: Int, key: String?, message: String)? {
        var line = 1
        var key: String?
        var i = 0
        let n = utf8.count
        while i < n {
            let c = utf8[i]
            if c == 0x0A {
                line += 1
            } else if c == UInt8(ascii: "\"") {
                var j = i + 1
                while j < n, utf8[j] != UInt8(ascii: "\"") {
                    if utf8[j] == UInt8(ascii: "\\") { j += 1 } else if utf8[j] == 0x0A { line += 1 }
                    j += 1
                }
                let text = String(decoding: utf8[(i + 1)..<min(j, n)], as: UTF8.self)
                var k = j + 1
                while k < n, [0x20, 0x09, 0x0D, 0x0A].contains(utf8[k]) { k += 1 }
                if k < n, utf8[k] == UInt8(ascii: ":") { key = text }
                i = j
            } else if c == UInt8(ascii: "-") || (c >= 0x30 && c <= 0x39) {
                var j = i
                while j < n, "+-.eE0123456789".utf8.contains(utf8[j]) { j += 1 }
                let literal = String(decoding: utf8[i..<j], as: UTF8.self)
                if let value = Double(literal), !value.isFinite {
                    return (line, key, "is \(literal); expected a finite number")
                }
                if let key, integerKeys.contains(key), Int(literal) == nil {
                    return (line, key, "is \(literal); expected an integer")
                }
                i = j - 1
            }
            i += 1
        }
        return nil
    }

    /// The line of the last non-blank byte: where a truncated file ends.
    static func lastLine(of utf8: [UInt8]) -> Int {
        var end = utf8.count
        while end > 0, [0x20, 0x09, 0x0D, 0x0A].contains(utf8[end - 1]) { end -= 1 }
        return 1 + utf8[..<end].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
