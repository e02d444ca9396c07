import Testing
@testable import Graphviz
import SVGTesting

/// Bad engines, formats and labels give typed errors that say what is wrong,
/// and leave Graphviz ready for the next render.
@Suite("Errors")
struct ErrorTests {
    @Test("an unknown engine is a clear error, and the next render works")
    func unknownEngine() throws {
        #expect(throws: GraphvizError.self) {
            try Renderer().render(Fixtures.small, engine: .other("bogus"), format: .svg)
        }
        do {
            _ = try Renderer().render(Fixtures.small, engine: LayoutEngine(name: "bogus"), format: .svg)
            Issue.record("an unknown engine rendered")
        } catch {
            guard case let .unknownEngine(name, available) = error else {
                Issue.record("expected unknownEngine, got \(error)")
                return
            }
            #expect(name == "bogus")
            #expect(available.contains("dot"))
            #expect(error.description.contains("'bogus'") && error.description.contains("neato"))
        }
        let svg = try Renderer().render(Fixtures.small, engine: .dot, format: .svg)
        #expect(SVGTree(svg) != nil)
    }

    @Test("an unknown format is a clear error, and the next render works")
    func unknownFormat() throws {
        do {
            _ = try Renderer().render(Fixtures.small, engine: .dot, format: OutputFormat(name: "bogus"))
            Issue.record("an unknown format rendered")
        } catch {
            guard case let .unknownFormat(name, available) = error else {
                Issue.record("expected unknownFormat, got \(error)")
                return
            }
            #expect(name == "bogus")
            #expect(available.contains("svg") && available.contains("png"))
        }
        // A renderer-qualified name is checked by its format part.
        let png = try Renderer().render(Fixtures.small, engine: .dot, format: .other("png:cairo:gd"))
        #expect(png.starts(withBytes: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test("an HTML label that is not XML is reported, and the next render works")
    func invalidHTMLLabel() throws {
        var graph = Graph()
        graph.addNode("bad", ["label": .html("<TABLE><TR><TD>A & B</TD></TR></TABLE>")])
        do {
            _ = try Renderer().render(graph, format: .svg)
            Issue.record("malformed HTML rendered without error")
        } catch {
            guard case let .invalidLabel(messages) = error else {
                Issue.record("expected invalidLabel, got \(error)")
                return
            }
            #expect(messages.contains { $0.contains("bad") }, "messages should name the node: \(messages)")
        }
        // Graphviz's error level is sticky; the renderer must have reset it.
        let good = try Renderer().render(Fixtures.small, format: .svg)
        #expect(SVGTree(good)?.node("a") != nil)
    }

    @Test("a node with an empty id or a NUL character is refused")
    func invalidGraph() {
        var empty = Graph()
        empty.addNode("")
        #expect(throws: GraphvizError.invalidGraph("a node has an empty id")) {
            try Renderer().render(empty, format: .svg)
        }
        var nul = Graph()
        nul.addNode("a", ["label": "x\u{0}y"])
        #expect(throws: GraphvizError.self) { try Renderer().render(nul, format: .svg) }
    }

    @Test("warnings do not fail a render but are returned")
    func warningsAreReturned() throws {
        var graph = Fixtures.small
        graph.attributes["splines"] = "ortho"  // ortho cannot place edge labels: a warning
        graph.edges[0].attributes["label"] = "edge label"
        let rendering = try Renderer().render(graph, formats: [.svg])
        #expect(rendering[.svg] != nil)
        #expect(rendering.warnings.contains { $0.contains("Orthogonal") }, "warnings: \(rendering.warnings)")
    }
}
