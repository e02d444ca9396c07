import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite("DOT writer")
struct DOTWriterTests {
    /// Splits DOT text into code and quoted strings the way Graphviz's lexer does
    /// (only `\"` is unescaped), then applies escString's `\\`, `\n`, `\r`.
    private func lex(_ text: String) -> (code: String, strings: [String]) {
        var code = "", strings: [String] = []
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if c == "/" && chars.first == "/" {
                while let d = chars.popFirst(), d != "\n" {}
                continue
            }
            guard c == "\"" else { code.unicodeScalars.append(c); continue }
            var value = ""
            while let d = chars.popFirst(), d != "\"" {
                if d == "\\", let e = chars.popFirst() {
                    switch e {
                    case "\"": value += "\""
                    case "\\": value += "\\"
                    case "n": value += "\n"
                    case "r": value += "\r"
                    default: value.unicodeScalars.append(d); value.unicodeScalars.append(e)
                    }
                } else {
                    value.unicodeScalars.append(d)
                }
            }
            strings.append(value)
            code += "?"
        }
        return (code, strings)
    }

    @Test("hostile names stay inside strings: one statement per node and edge, every value readable")
    func noInjection() throws {
        let graph = SampleGraphs.hostile()
        let (code, strings) = lex(String(decoding: try DOTWriter.encode(graph), as: UTF8.self))
        #expect(code.components(separatedBy: "->").count - 1 == graph.edgeCount)
        #expect(code.components(separatedBy: "[").count - 1 == graph.nodeCount + graph.edgeCount + 1)
        #expect(code.components(separatedBy: "{").count == 2 && code.components(separatedBy: "}").count == 2)
        let values = Set(strings)
        for node in graph.nodes.values {
            #expect(values.contains(node.id) && values.contains(node.name), "\(node.id)")
            for value in node.attributes.values { #expect(values.contains(value)) }
        }
    }
}
