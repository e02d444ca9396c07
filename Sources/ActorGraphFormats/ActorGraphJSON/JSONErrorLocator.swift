import Foundation

/// Finds the line of a JSON value from its path, so that decoding errors
/// (which know only the coding path) can name a line.
///
/// A single pass over the bytes that tracks the container path; it does not
/// validate, and it is only run once something has already gone wrong.
enum JSONErrorLocator {
    /// A step in a path: an object key or an array index.
    enum Step: Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case key(String)
        case index(Int)
        init(stringLiteral value: String) { self = .key(value) }
        init(integerLiteral value: Int) { self = .index(value) }
    }

    /// Turns a `DecodingError` into an `InputError` at the right line and field.
    static func inputError(for error: DecodingError, in utf8: [UInt8], file: String) -> InputError {
        let (context, message): (DecodingError.Context, String)
        switch error {
        case let .typeMismatch(type, ctx):
            (context, message) = (ctx, "has the wrong type; expected \(describe(type))")
        case let .valueNotFound(type, ctx):
            (context, message) = (ctx, "is null or missing; expected \(describe(type))")
        case let .keyNotFound(key, ctx):
            let path = steps(ctx.codingPath)
            let field = (fieldName(path).map { $0 + "." } ?? "") + key.stringValue
            return InputError(file: file, line: line(of: path, in: utf8) ?? 1, field: field,
                              message: "is missing")
        case let .dataCorrupted(ctx):
            if ctx.codingPath.isEmpty {
                let (line, detail) = syntaxError(in: utf8)
                // The decoder says "not valid JSON", without a path, also for numbers it cannot
                // convert (1.5 or 1e30 where an integer goes, 1e999 anywhere): find them.
                if line == nil, let number = unrepresentableNumber(in: utf8) {
                    return InputError(file: file, line: number.line, field: number.field, message: number.message)
                }
                return InputError(file: file, line: line ?? lastLine(of: utf8),
                                  message: "not valid JSON: \(detail ?? syntaxMessage(ctx))")
            }
            (context, message) = (ctx, "has an invalid value (\(ctx.debugDescription))")
        @unknown default:
            return InputError(file: file, message: "\(error)")
        }
        let path = steps(context.codingPath)
        var text = message
        if case .dataCorrupted = error {} else if context.debugDescription.contains("Cannot initialize") {
            text = "has an invalid value: \(context.debugDescription)"
        }
        return InputError(file: file, line: line(of: path, in: utf8) ?? 1, field: fieldName(path), message: text)
    }

    /// The 1-based line on which the value at `path` starts, if found.
    static func line(of path: [Step], in utf8: [UInt8]) -> Int? {
        var stack: [Step] = []
        var isObject: [Bool] = []
        var expectingKey = false
        var line = 1
        var i = 0
        let n = utf8.count
        func matches() -> Bool { stack == path }
        if path.isEmpty { return 1 }
        while i < n {
            let c = utf8[i]
            switch c {
            case 0x0A:
                line += 1
            case UInt8(ascii: "{"):
                isObject.append(true)
                stack.append(.key(""))
                expectingKey = true
            case UInt8(ascii: "["):
                isObject.append(false)
                stack.append(.index(0))
                // The first element, unless the array is empty.
                var j = i + 1
                while j < n, [0x20, 0x0A, 0x0D, 0x09].contains(utf8[j]) { j += 1 }
                if j < n, utf8[j] != UInt8(ascii: "]"), matches() { return lineAt(j, from: i, line: line, utf8) }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = isObject.popLast()
                _ = stack.popLast()
                expectingKey = false
            case UInt8(ascii: ","):
                if let last = isObject.last {
                    if last {
                        expectingKey = true
                    } else if case let .index(k)? = stack.last {
                        stack[stack.count - 1] = .index(k + 1)
                        var j = i + 1
                        while j < n, [0x20, 0x0A, 0x0D, 0x09].contains(utf8[j]) { j += 1 }
                        if matches() { return lineAt(j, from: i, line: line, utf8) }
                    }
                }
            case UInt8(ascii: "\""):
                var j = i + 1
                var bytes: [UInt8] = []
                while j < n, utf8[j] != UInt8(ascii: "\"") {
                    if utf8[j] == UInt8(ascii: "\\"), j + 1 < n { bytes.append(utf8[j]); j += 1 }
                    bytes.append(utf8[j])
                    j += 1
                }
                if expectingKey, isObject.last == true {
                    stack[stack.count - 1] = .key(String(decoding: bytes, as: UTF8.self))
                    expectingKey = false
                    if matches() { return line }
                }
                i = j
            default:
                break
            }
            i += 1
        }
        return nil
    }

    private static func lineAt(_ j: Int, from i: Int, line: Int, _ utf8: [UInt8]) -> Int {
        var l = line
        var k = i + 1
        while k < j { if utf8[k] == 0x0A { l += 1 }; k += 1 }
        return l
    }

    static func steps(_ path: [CodingKey]) -> [Step] {
        path.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) }
    }

    static func fieldName(_ path: [Step]) -> String? {
        guard !path.isEmpty else { return nil }
        var out = ""
        for step in path {
            switch step {
            case let .key(k): out += out.isEmpty ? k : ".\(k)"
            case let .index(i): out += "[\(i)]"
            }
        }
        return out
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "an integer"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") || name.hasSuffix("CodingKeys") { return "an object" }
            return "a \(name)"
        }
    }

    private static func syntaxMessage(_ context: DecodingError.Context) -> String {
        if let underlying = context.underlyingError { return "\(underlying)" }
        return context.debugDescription
    }

    /// The line and wording of a JSON syntax error. JSONDecoder on Linux says
    /// only "not valid JSON"; JSONSerialization names the byte offset.
    static func syntaxError(in utf8: [UInt8]) -> (line: Int?, detail: String?) {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(utf8), options: [.fragmentsAllowed])
            return (nil, nil)
        } catch {
            guard let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String else { return (nil, nil) }
            var detail = text
            var line: Int?
            if let range = text.range(of: " around character ") {
                detail = String(text[..<range.lowerBound])
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                if let offset = Int(digits) {
                    line = 1 + utf8.prefix(min(offset, utf8.count)).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                }
            }
            return (line, detail.prefix(1).lowercased() + detail.dropFirst())
        }
    }
}
