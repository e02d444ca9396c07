import ActorGraph
import Graphviz
import Testing
@testable import ActorGraphRender

/// Parallel relations of one sign share a line; isolated nodes stay out of the picture unless asked for.
@Suite("Edge bundles and isolated nodes")
struct EdgeBundleTests {
    static let junta = SampleGraph.ids.junta, france = SampleGraph.ids.france

    /// The sample graph with two more relations from the junta to France: one hostile, one cooperative.
    static func graphWithParallels() throws -> ActorGraph.Graph {
        var graph = try SampleGraph.make()
        try graph.merge(Edge(source: junta, target: france, type: .rejects, weight: 2))
        try graph.merge(Edge(source: junta, target: france, type: .negotiatesWith))
        return graph
    }

    @Test("relations with the same ends and sign are one line labelled with every relation, as heavy as their weights together")
    func hostileRelationsShareALine() throws {
        let diagram = try DiagramBuilder.diagram(for: try Self.graphWithParallels(), options: RenderOptions())
        let between = diagram.edges.filter { $0.tail == Self.junta && $0.head == Self.france }
        #expect(between.count == 2, "one hostile line, one neutral line: \(between.map(\.attributes))")
        let hostile = try #require(between.first { $0.attributes["class"] == .text("sign-hostile rel-expels rel-rejects") })
        #expect(hostile.attributes["label"] == .text("expels, rejects"))
        #expect(hostile.attributes["id"] == .text("\(Self.junta)->\(Self.france):expels+rejects"))
        #expect(hostile.attributes["penwidth"] == .number(SignStyle.penWidth(weight: 3)))
        let tooltip = try #require(hostile.attributes["tooltip"])
        #expect(tooltip == .text("Malian military junta expels France\nMalian military junta rejects France (weight 2)"))
        let neutral = try #require(between.first { $0 != hostile })
        #expect(neutral.attributes["label"] == .text("negotiates with"))
    }

    @Test("the opposite direction is a line of its own")
    func directionsStayApart() throws {
        var graph = try Self.graphWithParallels()
        try graph.merge(Edge(source: Self.france, target: Self.junta, type: .opposes))
        let diagram = try DiagramBuilder.diagram(for: graph, options: RenderOptions())
        #expect(diagram.edges.contains { $0.tail == Self.france && $0.head == Self.junta })
        #expect(diagram.edges.filter { $0.tail == Self.junta && $0.head == Self.france }.count == 2)
    }

    @Test("every relation is still in the SVG, by class")
    func svgKeepsEveryRelation() throws {
        // Graphviz writes "-" in ids and classes as "&#45;".
        let svg = String(decoding: try render(try Self.graphWithParallels(), options: RenderOptions()), as: UTF8.self)
            .replacingOccurrences(of: "&#45;", with: "-")
        for type in ["expels", "rejects", "negotiatesWith", "withdrawsFrom"] {
            #expect(svg.contains("rel-\(type)"), "rel-\(type) missing")
        }
    }

    @Test("a node without relations is left out by default, drawn with showIsolated, and kept when it is the focus")
    func isolatedNodes() throws {
        var graph = try SampleGraph.make()
        _ = graph.merge(Node(id: "organization:afp", kind: .organization, name: "AFP"))
        let ids = { (options: RenderOptions) in
            Set(try DiagramBuilder.diagram(for: graph, options: options).allNodeIDs)
        }
        #expect(try !ids(RenderOptions()).contains("organization:afp"))
        #expect(try ids(RenderOptions(showIsolated: true)).contains("organization:afp"))
        #expect(try ids(RenderOptions(focus: "AFP")).contains("organization:afp"))
        // Hiding statements strands nothing: Macron keeps his other relations, the statement's topic too.
        let actors = try ids(RenderOptions(includeStatements: false))
        #expect(actors.contains(SampleGraph.ids.macron) && actors.contains(Self.junta))
    }

    @Test("nodes linked only through statements disappear with them")
    func strandedBySpeech() throws {
        var graph = try SampleGraph.make()
        _ = graph.merge(Node(id: "person:spokesman", kind: .person, name: "A spokesman"))
        _ = graph.merge(Node(id: "statement:spokesman-1", kind: .statement, name: "spokesman",
                           attributes: ["text": "We regret it.", "quote": "direct"]))
        try graph.merge(Edge(source: "person:spokesman", target: "statement:spokesman-1", type: .said))
        let with = Set(try DiagramBuilder.diagram(for: graph, options: RenderOptions()).allNodeIDs)
        let without = Set(try DiagramBuilder.diagram(for: graph, options: RenderOptions(includeStatements: false)).allNodeIDs)
        #expect(with.contains("person:spokesman"))
        #expect(!without.contains("person:spokesman"))
    }
}
