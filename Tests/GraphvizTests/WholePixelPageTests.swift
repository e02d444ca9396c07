import Testing
@testable import Graphviz

/// PNG pages are a whole number of pixels, so an opaque background leaves no
/// partly transparent last column and the PNG is RGB, not RGBA.
@Suite("Whole-pixel raster pages")
struct WholePixelPageTests {
    @Test("the pad grows by under a pixel per side to make the page whole, never shrinks")
    func padArithmetic() {
        // 100 pt + 2 × 21.6 pt (0.3 in) = 143.2 pt = 190.93 px at 96 dpi.
        let pad = WholePixelPage.wholePixelPad(extent: 100, pad: 21.6, dpi: 96)
        let pixels = (100 + 2 * pad) * 96 / 72
        #expect(abs(pixels - 191.01) < 1e-9)
        #expect(pad >= 21.6 && (pad - 21.6) * 96 / 72 < 0.5)
        #expect(WholePixelPage.wholePixelPad(extent: 72, pad: 0, dpi: 72) >= 0)
    }

    @Test("an opaque background gives an RGB PNG whatever the pad", arguments: ["0.3", "0.17", "0.05"])
    func opaquePNG(pad: String) throws {
        var graph = Graph(name: "g", directed: true)
        graph.attributes = ["bgcolor": "white", "pad": .text(pad)]
        graph.nodes = [Node("a", attributes: ["label": "A fairly long label"]), Node("b")]
        graph.edges = [Edge("a", "b")]
        let png = try Renderer().render(graph, engine: .dot, format: .png)
        // IHDR: 8-byte signature, length, "IHDR", width, height, bit depth, colour type (2 RGB, 6 RGBA).
        try #require(png.count > 26)
        #expect(png[25] == 2, "colour type \(png[25]) with pad \(pad)")
    }

    @Test("SVG rendered beside a PNG from one layout is the SVG rendered alone")
    func vectorUnchanged() throws {
        var graph = Graph(name: "g", directed: true)
        graph.attributes = ["pad": "0.3"]
        graph.nodes = [Node("a"), Node("b")]
        graph.edges = [Edge("a", "b")]
        let alone = try Renderer().render(graph, engine: .dot, format: .svg)
        let both = try Renderer().render(graph, engine: .dot, formats: [.png, .svg])
        #expect(both[.svg] == alone)
    }
}
