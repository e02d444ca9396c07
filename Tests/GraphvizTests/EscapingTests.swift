import Testing
@testable import Graphviz
import SVGTesting

/// Text reaches the picture exactly as given, whatever characters it holds.
@Suite("Escaping")
struct EscapingTests {
    /// Renders one node labelled `label` and returns the texts drawn for it.
    private func drawnTexts(_ label: AttributeValue) throws -> [String] {
        var graph = Graph()
        graph.addNode("n", ["label": label, "shape": "box"])
        let svg = try #require(SVGTree(try Renderer().render(graph, format: .svg)), "SVG is not well-formed")
        return try #require(svg.node("n")).texts
    }

    @Test("backslashes are drawn literally", arguments: [#"C:\temp\new"#, #"\N and \G"#, #"ends with \"#, #"\\"#])
    func backslashes(label: String) throws {
        #expect(try drawnTexts(.text(label)) == [label])
    }

    @Test("quotes, <, & and emoji are drawn literally", arguments: [
        #"say "hi""#, "a < b && c > d", "<B>not html</B>", "Mali 🇲🇱 ✊🏾", "l'État, Côte d’Ivoire", "x; -> {y}",
    ])
    func specialCharacters(label: String) throws {
        #expect(try drawnTexts(.text(label)) == [label])
    }

    @Test("newlines break lines")
    func newlines() throws {
        #expect(try drawnTexts(.text("first\nsecond\r\nthird")) == ["first", "second", "third"])
    }

    @Test("raw values keep escString meaning")
    func rawValues() throws {
        #expect(try drawnTexts(.raw(#"node \N"#)) == ["node n"])
    }

    @Test("HTML labels are drawn as markup, escaped text inside them literally")
    func htmlLabels() throws {
        let inner = XMLText.escape(#"A & B <c> "d" 'e'"#)
        let texts = try drawnTexts(.html("<B>\(inner)</B>"))
        #expect(texts.joined() == #"A & B <c> "d" 'e'"#)
    }

    @Test("XML escaping covers the five entities and control characters")
    func xmlEscape() {
        #expect(XMLText.escape(#"<a href="x">&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;")
        #expect(XMLText.escape("a\u{1}b\nc") == "a b c")
        #expect(XMLText.escape("🇲🇱") == "🇲🇱")
    }

    @Test("node ids with DOT syntax need no quoting")
    func dotSyntaxInIDs() throws {
        var graph = Graph()
        let id = #"node "x"; -> {y} [label=z]"#
        graph.addEdge(id, "plain")
        let svg = try #require(SVGTree(try Renderer().render(graph, format: .svg)))
        #expect(svg.node(id)?.texts == [id])
    }
}

/// Tooltips and SVG ids are escStrings too.
@Suite("Escaping beyond labels")
struct TooltipEscapingTests {
    @Test("tooltips and ids keep their backslashes")
    func tooltipsAndIDs() throws {
        var graph = Graph()
        graph.addNode("n", ["tooltip": #"C:\temp\new"#, "id": #"id\x"#])
        let svg = try #require(SVGTree(try Renderer().render(graph, format: .svg)))
        let node = try #require(svg.node("n"))
        #expect(node.attributes["id"] == #"id\x"#)
        let link = node.descendants.first { $0.name == "a" }
        #expect(link?.attributes["xlink:title"] == #"C:\temp\new"#)
    }

    @Test("an HTML default label applies to every node")
    func htmlDefault() throws {
        var graph = Graph()
        graph.nodeDefaults["label"] = .html("<I>same</I>")
        graph.addNode("a")
        graph.addNode("b")
        let svg = try #require(SVGTree(try Renderer().render(graph, format: .svg)))
        #expect(svg.node("a")?.texts == ["same"])
        #expect(svg.node("b")?.texts == ["same"])
    }
}
