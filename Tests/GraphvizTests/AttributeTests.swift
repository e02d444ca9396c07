import Testing
@testable import Graphviz
import SVGTesting

/// Attributes land on the objects they were set on, and nowhere else.
@Suite("Attributes and clusters")
struct AttributeTests {
    @Test("an attribute set on one node is not a default for the others")
    func noLeakingDefaults() throws {
        var graph = Graph()
        graph.addNode("a", ["color": "red", "fillcolor": "yellow", "style": "filled"])
        graph.addNode("b")
        graph.addEdge("a", "b", ["color": "blue"])
        graph.addEdge("b", "a")
        let svg = try #require(SVGTree(try Renderer().render(graph, format: .svg)))
        let shapeOf = { (id: String) in svg.node(id)?.children.first { $0.name == "ellipse" } }
        #expect(shapeOf("a")?.attributes["stroke"] == "red")
        #expect(shapeOf("a")?.attributes["fill"] == "yellow")
        #expect(shapeOf("b")?.attributes["stroke"] == "black", "b inherited a's colour")
        #expect(shapeOf("b")?.attributes["fill"] == "none", "b inherited a's fill")
        let edgeColors = svg.groups(withClass: "edge").map { edge in
            (edge.title ?? "", edge.children.first { $0.name == "path" }?.attributes["stroke"])
        }
        #expect(edgeColors.first { $0.0 == "a->b" }?.1 == "blue")
        #expect(edgeColors.first { $0.0 == "b->a" }?.1 == "black", "b->a inherited a->b's colour")
    }

    @Test("defaults apply to every node, and cluster defaults only inside the cluster")
    func scopedDefaults() throws {
        var graph = Graph()
        graph.nodeDefaults["shape"] = "box"
        var cluster = Subgraph.cluster("x")
        cluster.nodeDefaults["color"] = "green"
        cluster.addNode("inside")
        graph.subgraphs.append(cluster)
        graph.addNode("outside")
        let svg = try #require(SVGTree(try Renderer().render(graph, format: .svg)))
        let polygon = { (id: String) in svg.node(id)?.children.first { $0.name == "polygon" } }
        #expect(polygon("inside")?.attributes["stroke"] == "green")
        #expect(polygon("outside")?.attributes["stroke"] == "black")
        #expect(polygon("outside") != nil, "the root default shape=box was not applied")
    }

    @Test("clusters are drawn as boxes with their own titles, nested too")
    func clusters() throws {
        var graph = Graph()
        graph.attributes["label"] = "Root title"
        var outer = Subgraph.cluster("outer", label: "Outer")
        var inner = Subgraph.cluster("inner", label: "Inner")
        inner.addNode("deep")
        outer.subgraphs.append(inner)
        outer.addNode("shallow")
        graph.subgraphs.append(outer)
        graph.subgraphs.append(Subgraph(name: "plain", nodes: [Node("free")]))
        graph.addEdge("deep", "free")
        let svg = try #require(SVGTree(try Renderer().render(graph, format: .svg)))
        let clusters = svg.groups(withClass: "cluster")
        #expect(Set(clusters.compactMap(\.title)) == ["cluster_outer", "cluster_inner"])
        for cluster in clusters {
            #expect(cluster.children.contains { $0.name == "polygon" }, "cluster \(cluster.title ?? "") has no box")
        }
        #expect(clusters.first { $0.title == "cluster_outer" }?.texts == ["Outer"])
        #expect(clusters.first { $0.title == "cluster_inner" }?.texts == ["Inner"])
        // The root's label is the graph's title only, not inherited by the clusters.
        #expect(svg.root.texts.filter { $0 == "Root title" }.count == 1)
    }

    @Test("SVG ids and classes can be set per node")
    func svgIDsAndClasses() throws {
        var graph = Graph()
        graph.addNode("country:france", ["id": "country:france", "class": "kind-country"])
        let svg = try #require(SVGTree(try Renderer().render(graph, format: .svg)))
        let node = try #require(svg.node("country:france"))
        #expect(node.attributes["id"] == "country:france")
        #expect(node.attributes["class"] == "node kind-country")
    }

    @Test("numbers are written plainly")
    func numbers() {
        #expect(AttributeValue.number(2) == .text("2"))
        #expect(AttributeValue.number(1.25) == .text("1.25"))
        #expect(AttributeValue.number(1.0 / 3.0) == .text("0.3333"))
        #expect(AttributeValue.number(.nan) == .text("0"))
        #expect(AttributeValue.number(-0.00001) == .text("0"))
    }

    @Test("strict graphs merge parallel edges; others keep them")
    func strictness() throws {
        for strict in [false, true] {
            var graph = Graph(strict: strict)
            graph.addEdge("a", "b")
            graph.addEdge("a", "b")
            let svg = try #require(SVGTree(try Renderer().render(graph, format: .svg)))
            #expect(svg.groups(withClass: "edge").count == (strict ? 1 : 2))
        }
    }
}
