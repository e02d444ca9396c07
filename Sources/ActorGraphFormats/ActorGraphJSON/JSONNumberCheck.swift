/// Locating the numbers JSONDecoder refuses without saying where.
extension JSONErrorLocator {
    /// The keys whose values are integers in `actorgraph/1` (evidence spans and edge signs).
    static let integerKeys: Set<String> = ["sentence", "start", "end", "sign"]

    /// The first number that cannot be read: not finite as a Double anywhere
    /// (`1e999`), or not an `Int` under one of `integerKeys` (`1.5`, `1e30`).
    /// - Returns: its line, its field path (`edges[0].sign`), and what is wrong.
    /// - Complexity: O(n), one pass over the bytes.
    static func unrepresentableNumber(in utf8: [UInt8]) -> (line: Int, field: String?, message: String)? {
        var line = 1
        var path: [Step] = []
        var i = 0
        let n = utf8.count
        while i < n {
            let c = utf8[i]
            switch c {
            case 0x0A:
                line += 1
            case UInt8(ascii: "{"):
                path.append(.key(""))
            case UInt8(ascii: "["):
                path.append(.index(0))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = path.popLast()
            case UInt8(ascii: ","):
                if case let .index(k)? = path.last { path[path.count - 1] = .index(k + 1) }
            case UInt8(ascii: "\""):
                var j = i + 1
                while j < n, utf8[j] != UInt8(ascii: "\"") {
                    if utf8[j] == UInt8(ascii: "\\") { j += 1 } else if utf8[j] == 0x0A { line += 1 }
                    j += 1
                }
                var k = j + 1
                while k < n, [0x20, 0x09, 0x0D, 0x0A].contains(utf8[k]) { k += 1 }
                if k < n, utf8[k] == UInt8(ascii: ":"), case .key? = path.last {
                    path[path.count - 1] = .key(String(decoding: utf8[(i + 1)..<min(j, n)], as: UTF8.self))
                }
                i = j
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                var j = i
                while j < n, "+-.eE0123456789".utf8.contains(utf8[j]) { j += 1 }
                let literal = String(decoding: utf8[i..<j], as: UTF8.self)
                if let value = Double(literal), !value.isFinite {
                    return (line, fieldName(path), "is \(literal); expected a finite number")
                }
                if case let .key(key)? = path.last, integerKeys.contains(key), Int(literal) == nil {
                    return (line, fieldName(path), "is \(literal); expected an integer")
                }
                i = j - 1
            default:
                break
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
