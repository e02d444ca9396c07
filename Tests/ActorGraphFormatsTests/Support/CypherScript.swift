/// A test-side lexer for the Cypher scripts: splits a script into statements
/// and each statement into code and decoded string literals, so tests can
/// check that data never leaks into code.
struct CypherScript {
    struct Statement {
        /// The statement with every string literal replaced by `?`.
        var code = ""
        /// The decoded string literals, in order.
        var literals: [String] = []
    }

    struct Malformed: Error, CustomStringConvertible { let description: String }

    var statements: [Statement] = []

    init(_ text: String) throws {
        var current = Statement()
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            switch c {
            case "'", "\"":
                var literal = ""
                var closed = false
                while let d = chars.popFirst() {
                    if d == c { closed = true; break }
                    if d == "\n" { throw Malformed(description: "raw line break inside a string literal") }
                    if d == "\\" {
                        guard let e = chars.popFirst() else { break }
                        switch e {
                        case "n": literal.unicodeScalars.append("\n")
                        case "r": literal.unicodeScalars.append("\r")
                        case "t": literal.unicodeScalars.append("\t")
                        case "\\", "'", "\"": literal.unicodeScalars.append(e)
                        default: throw Malformed(description: "unexpected escape \\\(e)")
                        }
                    } else {
                        literal.unicodeScalars.append(d)
                    }
                }
                guard closed else { throw Malformed(description: "unterminated string literal") }
                current.literals.append(literal)
                current.code += "?"
            case "`":
                current.code.unicodeScalars.append(c)
                while let d = chars.popFirst() {
                    current.code.unicodeScalars.append(d)
                    if d == "`" {
                        if chars.first == "`" { current.code.unicodeScalars.append(chars.removeFirst()) } else { break }
                    }
                }
            case "/" where chars.first == "/":
                while let d = chars.popFirst(), d != "\n" {}
                current.code += "\n"
            case ";":
                statements.append(current)
                current = Statement()
            default:
                current.code.unicodeScalars.append(c)
            }
        }
        guard current.code.allSatisfy(\.isWhitespace) else { throw Malformed(description: "text after the last ';'") }
    }
}
