import ActorGraph
import Testing
@testable import ActorGraphRender
import SVGTesting

/// The SVG of the sample graph speaks the visual language of DESIGN.md.
@Suite("Visual language")
struct VisualLanguageTests {
    let graph: ActorGraph.Graph
    let svg: SVGTree

    init() throws {
        graph = try SampleGraph.make()
        let bytes = try render(graph, options: RenderOptions(format: .svg, clusters: SampleGraph.blocs, title: "Mali 2022"))
        svg = try #require(SVGTree(bytes), "the SVG is not well-formed XML")
    }

    /// The node group drawn for a model node, found by its SVG id.
    func drawn(_ id: String) -> SVGTree.Element? {
        svg.groups(withClass: "node").first { $0.attributes["id"] == id }
    }

    @Test("every node is drawn, with its kind as class")
    func everyNodeDrawn() throws {
        for node in graph.nodes.values {
            let group = try #require(drawn(node.id), "\(node.id) is missing")
            let classes = (group.attributes["class"] ?? "").split(separator: " ")
            #expect(classes.contains("kind-\(node.kind.rawValue)"[...]), "\(node.id) has classes \(classes)")
        }
        #expect(svg.groups(withClass: "edge").count == graph.edgeCount)
    }

    @Test("shape and colours follow the kind")
    func shapesByKind() throws {
        // What Graphviz's SVG draws for each shape: an ellipse element, or a polygon with this many corners.
        let corners: [NodeKind: Int] = [.country: 4, .organization: 8, .mission: 6]
        for node in graph.nodes.values {
            let group = try #require(drawn(node.id))
            let shapes = group.descendants.filter { ["ellipse", "polygon", "polyline", "path"].contains($0.name) }
            let outline = try #require(shapes.first, "\(node.id) has no outline")
            let style = KindStyle.of(node.kind)
            #expect(outline.attributes["fill"]?.uppercased() == style.fill, "\(node.id) fill")
            #expect(outline.attributes["stroke"]?.uppercased() == style.stroke, "\(node.id) stroke")
            switch node.kind {
            case .person:
                #expect(outline.name == "ellipse")
            case .statement:
                // A note is a polygon with a folded corner drawn as extra lines.
                #expect(outline.name == "polygon" && shapes.count > 1, "statement is not a note")
            default:
                let points = (outline.attributes["points"] ?? "").split(separator: " ").count
                // SVG polygons repeat the first point at the end.
                #expect(points - 1 == corners[node.kind], "\(node.id) has \(points - 1) corners")
            }
        }
    }

    @Test("labels are the names, wrapped")
    func labels() throws {
        let junta = try #require(drawn(SampleGraph.ids.junta))
        #expect(junta.texts == ["Malian military", "junta"])
        let goita = try #require(drawn(SampleGraph.ids.goita))
        #expect(goita.texts == ["Assimi Goïta"])
        for text in svg.groups(withClass: "node").flatMap(\.texts) where !text.hasPrefix("━") && !text.hasPrefix("╍") {
            #expect(text.count <= LabelText.statementWidth + 2, "line too long: \(text)")
        }
    }

    @Test("statements are short notes linked to their speaker")
    func statements() throws {
        let note = try #require(drawn(SampleGraph.ids.statement))
        let text = note.texts.joined(separator: " ")
        #expect(text.hasPrefix("“We cannot remain"))
        #expect(text.hasSuffix("…”"))
        #expect(text.count <= LabelText.statementLimit + 2 + 3, "statement label too long: \(text)")
        let said = svg.groups(withClass: "rel-said")
        #expect(said.count == 1)
        #expect(said.first?.attributes["id"] == "\(SampleGraph.ids.macron)->\(SampleGraph.ids.statement):said")
    }

    @Test("hostile edges are red and dashed, cooperative green and solid, neutral grey")
    func edgesBySign() throws {
        for edge in graph.edges.values {
            let id = "\(edge.source)->\(edge.target):\(edge.type.rawValue)"
            let group = try #require(svg.groups(withClass: "edge").first { $0.attributes["id"] == id }, "\(id) missing")
            let path = try #require(group.descendants.first { $0.name == "path" })
            let stroke = path.attributes["stroke"]?.uppercased()
            let dashed = path.attributes["stroke-dasharray"] != nil
            switch edge.sign {
            case ..<0:
                #expect(stroke == "#D62728" && dashed, "\(id) should be red dashed")
            case 1...:
                #expect(stroke == "#2E9E44" && !dashed, "\(id) should be green solid")
            default:
                #expect(stroke == "#9A9A9A" && !dashed, "\(id) should be grey solid")
            }
            // The relation type labels the edge.
            #expect(group.texts == [LabelText.relation(edge.type)])
        }
    }

    @Test("heavier edges are drawn thicker")
    func weights() throws {
        func width(_ id: String) -> Double? {
            let group = svg.groups(withClass: "edge").first { $0.attributes["id"] == id }
            return group?.descendants.first { $0.name == "path" }?.attributes["stroke-width"].flatMap(Double.init)
        }
        let heavy = try #require(width("\(SampleGraph.ids.france)->\(SampleGraph.ids.mali):withdrawsFrom"))
        let light = width("\(SampleGraph.ids.eu)->\(SampleGraph.ids.junta):sanctions") ?? 1
        #expect(heavy > light)
    }

    @Test("each bloc is a titled cluster holding its members")
    func blocsAsClusters() throws {
        let clusters = svg.groups(withClass: "cluster")
        #expect(clusters.count == SampleGraph.blocs.count)
        for (index, _) in SampleGraph.blocs.enumerated() {
            let cluster = try #require(clusters.first { $0.attributes["id"] == "bloc\(index + 1)" })
            // "Bloc 1 · France, Mali": the number, then its leading countries or organizations.
            let title = try #require(cluster.texts.first)
            #expect(cluster.texts.count == 1 && title.hasPrefix("Bloc \(index + 1) · "), "\(cluster.texts)")
        }
        // Members lie inside their cluster's box (SVG polygon bounds).
        let firstBox = try #require(bounds(of: clusters.first { $0.attributes["id"] == "bloc1" }))
        for id in SampleGraph.blocs[0] {
            let middle = try #require(center(of: drawn(id)), "\(id) has no position")
            #expect(firstBox.contains(middle), "\(id) lies outside Bloc 1")
        }
    }

    @Test("the legend lists the kinds and the signs")
    func legend() throws {
        let legend = try #require(svg.groups(withClass: "legend").first, "no legend")
        let texts = legend.texts
        for title in ["Country (box)", "Person (ellipse)", "Organization (octagon)", "Mission (hexagon)", "Statement (note)",
                      "cooperative", "hostile (dashed)", "neutral"] {
            #expect(texts.contains(title), "legend lacks \(title): \(texts)")
        }
    }

    @Test("the title is drawn once")
    func title() {
        #expect(svg.root.texts.filter { $0 == "Mali 2022" }.count == 1)
    }

    @Test("fonts are set on graph, nodes and edges")
    func fonts() {
        let families = Set(svg.root.descendants.filter { $0.name == "text" }.compactMap { $0.attributes["font-family"] })
        #expect(families == ["DejaVu Sans"], "font families: \(families)")
    }

    // MARK: - Geometry helpers

    /// The coordinates of a shape: a polygon's `points`, or the numbers of a path's `d`.
    private func coordinates(_ shape: SVGTree.Element) -> [(Double, Double)] {
        let raw = shape.attributes["points"] ?? shape.attributes["d"] ?? ""
        let numbers = raw.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
        return stride(from: 0, to: numbers.count - 1, by: 2).map { (numbers[$0], numbers[$0 + 1]) }
    }

    /// The bounding box of a cluster's outline.
    private func bounds(of cluster: SVGTree.Element?) -> Box? {
        guard let outline = cluster?.children.first(where: { $0.name == "polygon" || $0.name == "path" }) else { return nil }
        let all = coordinates(outline)
        guard let minX = all.map(\.0).min(), let maxX = all.map(\.0).max(),
              let minY = all.map(\.1).min(), let maxY = all.map(\.1).max() else { return nil }
        return Box(minX: minX, maxX: maxX, minY: minY, maxY: maxY)
    }

    /// The centre of a node's outline.
    private func center(of node: SVGTree.Element?) -> (Double, Double)? {
        guard let node else { return nil }
        if let ellipse = node.descendants.first(where: { $0.name == "ellipse" }),
           let x = ellipse.attributes["cx"].flatMap(Double.init), let y = ellipse.attributes["cy"].flatMap(Double.init) {
            return (x, y)
        }
        guard let outline = node.descendants.first(where: { $0.name == "polygon" }) else { return nil }
        let all = coordinates(outline)
        guard !all.isEmpty else { return nil }
        return (all.map(\.0).reduce(0, +) / Double(all.count), all.map(\.1).reduce(0, +) / Double(all.count))
    }

    struct Box {
        let minX, maxX, minY, maxY: Double
        func contains(_ point: (Double, Double)) -> Bool {
            point.0 >= minX && point.0 <= maxX && point.1 >= minY && point.1 <= maxY
        }
    }
}
