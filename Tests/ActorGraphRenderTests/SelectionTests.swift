import ActorGraph
import Testing
@testable import ActorGraphRender

/// Options choose exactly the nodes they say.
@Suite("Selection")
struct SelectionTests {
    /// The model node ids drawn in the diagram (the legend excluded).
    private func drawnIDs(_ options: RenderOptions) throws -> Set<String> {
        let diagram = try DiagramBuilder.diagram(for: try SampleGraph.make(), options: options)
        return Set(diagram.allNodeIDs.filter { !$0.hasPrefix("actorgraph:legend") })
    }

    /// The ego network computed independently: repeated relaxation over all edges.
    private func expectedEgo(_ center: String, depth: Int, in graph: ActorGraph.Graph) -> Set<String> {
        var distance = [center: 0]
        for _ in 0..<depth {
            for edge in graph.edges.values {
                if let d = distance[edge.source], d < depth, distance[edge.target].map({ $0 > d + 1 }) ?? true {
                    distance[edge.target] = d + 1
                }
                if let d = distance[edge.target], d < depth, distance[edge.source].map({ $0 > d + 1 }) ?? true {
                    distance[edge.source] = d + 1
                }
            }
        }
        return Set(distance.keys)
    }

    @Test("focus keeps exactly the ego network", arguments: [0, 1, 2, 3])
    func focus(depth: Int) throws {
        let graph = try SampleGraph.make()
        let drawn = try drawnIDs(RenderOptions(focus: "Wagner", depth: depth))
        #expect(drawn == expectedEgo(SampleGraph.ids.wagner, depth: depth, in: graph))
        if depth == 1 {
            #expect(drawn == [SampleGraph.ids.wagner, SampleGraph.ids.junta, SampleGraph.ids.russia, SampleGraph.ids.france])
        }
    }

    @Test("focus edges are the ones between kept nodes")
    func focusEdges() throws {
        let diagram = try DiagramBuilder.diagram(for: try SampleGraph.make(), options: RenderOptions(focus: SampleGraph.ids.wagner))
        #expect(diagram.edges.count == 4)  // junta–wagner, russia–wagner, france–wagner, junta–france
    }

    @Test("an unknown focus is a clear error; a hidden one too")
    func focusErrors() throws {
        let graph = try SampleGraph.make()
        #expect(throws: RenderError.unknownFocus("Atlantis")) {
            try DiagramBuilder.diagram(for: graph, options: RenderOptions(focus: "Atlantis"))
        }
        #expect(throws: RenderError.self) {
            try DiagramBuilder.diagram(for: graph, options: RenderOptions(focus: SampleGraph.ids.statement, includeStatements: false))
        }
        #expect(throws: RenderError.invalidOption("depth must be 0 or more, not -1")) {
            try DiagramBuilder.diagram(for: graph, options: RenderOptions(focus: "France", depth: -1))
        }
    }

    @Test("hiding statements drops statement nodes and their edges")
    func noStatements() throws {
        let graph = try SampleGraph.make()
        let drawn = try drawnIDs(RenderOptions(includeStatements: false))
        #expect(!drawn.contains { $0.hasPrefix("statement:") })
        #expect(drawn.count == graph.nodes.values.filter { $0.kind != .statement }.count)
        let diagram = try DiagramBuilder.diagram(for: graph, options: RenderOptions(includeStatements: false))
        #expect(!diagram.edges.contains { $0.tail.hasPrefix("statement:") || $0.head.hasPrefix("statement:") })
    }

    @Test("kinds keep only those kinds")
    func kinds() throws {
        let drawn = try drawnIDs(RenderOptions(kinds: [.country, .person], showIsolated: true))
        let graph = try SampleGraph.make()
        #expect(drawn == Set(graph.nodes.values.filter { $0.kind == .country || $0.kind == .person }.map(\.id)))
    }

    @Test("top keeps the highest scores, and the focus")
    func top() throws {
        let scores = [SampleGraph.ids.france: 0.9, SampleGraph.ids.mali: 0.8, SampleGraph.ids.junta: 0.7, SampleGraph.ids.eu: 0.1]
        #expect(try drawnIDs(RenderOptions(sizeBy: scores, top: 2)) == [SampleGraph.ids.france, SampleGraph.ids.mali])
        #expect(try drawnIDs(RenderOptions(sizeBy: scores, focus: "EU", depth: 1, top: 1)) ==
                [SampleGraph.ids.eu, SampleGraph.ids.junta])
        // Without scores, degree decides: France has the most ties.
        #expect(try drawnIDs(RenderOptions(top: 1)) == [SampleGraph.ids.france])
        #expect(throws: RenderError.self) { try drawnIDs(RenderOptions(top: 0)) }
    }

    @Test("sizes grow with the score")
    func sizes() throws {
        let scores = [SampleGraph.ids.france: 1.0, SampleGraph.ids.mali: 0.5, SampleGraph.ids.eu: 0.0]
        let diagram = try DiagramBuilder.diagram(for: try SampleGraph.make(), options: RenderOptions(sizeBy: scores))
        func fontSize(_ id: String) -> Double? {
            diagram.nodes.first { $0.id == id }.flatMap { node in
                if case let .text(value)? = node.attributes["fontsize"] { return Double(value) }
                return nil
            }
        }
        let france = try #require(fontSize(SampleGraph.ids.france))
        let mali = try #require(fontSize(SampleGraph.ids.mali))
        let eu = try #require(fontSize(SampleGraph.ids.eu))
        #expect(france > mali && mali > eu)
        #expect(france <= NodeSizing.fontSizes.max && eu >= NodeSizing.fontSizes.min)
    }

    @Test("a node in two blocs is drawn once, in the first")
    func overlappingBlocs() throws {
        let blocs = [[SampleGraph.ids.france, SampleGraph.ids.mali], [SampleGraph.ids.mali, SampleGraph.ids.russia]]
        let diagram = try DiagramBuilder.diagram(for: try SampleGraph.make(), options: RenderOptions(clusters: blocs))
        #expect(diagram.subgraphs.map { $0.nodes.map(\.id) } == [[SampleGraph.ids.france, SampleGraph.ids.mali], [SampleGraph.ids.russia]])
        #expect(diagram.allNodeIDs.count == Set(diagram.allNodeIDs).count)
    }

    @Test("engines that cannot lay out clusters mark blocs by class only")
    func blocsWithoutClusters() throws {
        for engine in [LayoutEngine.neato, .sfdp, .circo, .twopi] {
            let diagram = try DiagramBuilder.diagram(
                for: try SampleGraph.make(), options: RenderOptions(layout: engine, clusters: SampleGraph.blocs))
            #expect(diagram.subgraphs.isEmpty, "\(engine) got cluster boxes")
            let france = diagram.nodes.first { $0.id == SampleGraph.ids.france }
            #expect(france?.attributes["class"] == .text("kind-country bloc-1"))
        }
        let fdp = try DiagramBuilder.diagram(
            for: try SampleGraph.make(), options: RenderOptions(layout: .fdp, clusters: SampleGraph.blocs))
        #expect(fdp.subgraphs.count == 2)
    }
}
