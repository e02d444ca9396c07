import ActorGraph
import Foundation
import Testing
@testable import ActorGraphRender
import SVGTesting

/// Whole renders: formats, files, determinism, large graphs.
@Suite("Output")
struct OutputTests {
    @Test("the same graph renders to the same bytes")
    func deterministic() throws {
        let options = RenderOptions(sizeBy: [SampleGraph.ids.france: 1, SampleGraph.ids.mali: 0.3],
                                    clusters: SampleGraph.blocs, title: "Same")
        let first = try render(try SampleGraph.make(), options: options)
        let second = try render(try SampleGraph.make(), options: options)
        let same = first == second
        #expect(same, "two renders of the same graph differ")
    }

    @Test("PNG and PDF render")
    func binaryFormats() throws {
        let png = try render(try SampleGraph.make(), options: RenderOptions(format: .png))
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try render(try SampleGraph.make(), options: RenderOptions(format: .pdf))
        #expect(Array(pdf.prefix(5)) == Array("%PDF-".utf8))
    }

    @Test("every engine draws the sample", arguments: LayoutEngine.standard)
    func engines(engine: LayoutEngine) throws {
        let svg = try #require(SVGTree(try render(try SampleGraph.make(), options: RenderOptions(layout: engine))))
        #expect(svg.groups(withClass: "node").count == (try SampleGraph.make()).nodeCount + 1)
    }

    @Test("files get the format of their extension, written whole")
    func files() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["g.png", "g.svg", "g.pdf", "g.dot"] {
            try renderFile(try SampleGraph.make(), to: folder.appendingPathComponent(name).path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["g.dot", "g.pdf", "g.png", "g.svg"])
        let dot = try String(contentsOf: folder.appendingPathComponent("g.dot"), encoding: .utf8)
        #expect(dot.contains("digraph actorgraph"))
        #expect(throws: RenderError.unsupportedFileExtension(folder.appendingPathComponent("g.txt").path)) {
            try renderFile(try SampleGraph.make(), to: folder.appendingPathComponent("g.txt").path)
        }
        #expect(throws: RenderError.self) {
            try renderFile(try SampleGraph.make(), options: RenderOptions(focus: "nobody"), to: folder.appendingPathComponent("x.svg").path)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.svg").path))
    }

    @Test("a 2,000-node graph renders to SVG")
    func largeGraph() throws {
        let graph = try SampleGraph.generated(2_000)
        let plan = try DiagramBuilder.plan(for: graph, options: RenderOptions())
        #expect(plan.engine == .sfdp, "large graphs switch from dot to sfdp")
        #expect(plan.graph.edges.allSatisfy { $0.attributes["label"] == nil }, "large graphs drop edge labels")
        let svg = try #require(SVGTree(try render(graph, options: RenderOptions())))
        #expect(svg.groups(withClass: "node").count == 2_001)
    }

    @Test("dot always runs with iteration limits, tighter as graphs grow")
    func dotLimits() throws {
        let small = try DiagramBuilder.plan(for: try SampleGraph.make(), options: RenderOptions(layout: .dot))
        #expect(small.engine == .dot)
        #expect(small.graph.attributes["nslimit"] == .text("20") && small.graph.attributes["mclimit"] == .text("1"))
        #expect(small.graph.attributes["splines"] == nil, "small graphs keep spline edges")
        let medium = try DiagramBuilder.plan(for: try SampleGraph.generated(150), options: RenderOptions(layout: .dot))
        #expect(medium.engine == .dot)
        #expect(medium.graph.attributes["nslimit"] == .text("2") && medium.graph.attributes["nslimit1"] == .text("2"))
        #expect(medium.graph.attributes["splines"] == .text("line"))
        let raised = try DiagramBuilder.plan(
            for: try SampleGraph.generated(250), options: RenderOptions(layout: .dot, largeGraphThreshold: 1_000))
        #expect(raised.engine == .dot, "the threshold is the caller's to raise")
    }

    @Test("an empty graph renders")
    func emptyGraph() throws {
        let svg = try render(ActorGraph.Graph(), options: RenderOptions())
        #expect(SVGTree(svg) != nil)
    }

    @Test("hostile input stays text")
    func hostileNames() throws {
        let name = #"<b>"Bad" & \N C:\temp\new</b> ;} -> {"#
        let graph = try ActorGraph.Graph(nodes: [Node(id: "person:x", kind: .person, name: name)], edges: [])
        let svg = try #require(SVGTree(try render(graph, options: RenderOptions(legend: false))))
        let group = try #require(svg.groups(withClass: "node").first { $0.attributes["id"] == "person:x" })
        #expect(group.texts.joined(separator: " ") == name)
    }
}
