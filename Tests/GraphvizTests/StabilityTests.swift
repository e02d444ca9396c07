import Testing
@testable import Graphviz
import SVGTesting

/// Rendering is repeatable and safe from many tasks.
@Suite("Stability")
struct StabilityTests {
    // fdp and sfdp are left out on purpose: in Graphviz 2.42 their successive
    // layouts in one process differ (checked with `fdp -Tplain g.gv g.gv g.gv`,
    // even with `start` set); see LayoutEngine's documentation.
    @Test("the same graph renders to the same bytes", arguments: [LayoutEngine.dot, .neato, .circo, .twopi])
    func deterministic(engine: LayoutEngine) throws {
        let first = try Renderer().render(Fixtures.ring(30), engine: engine, format: .svg)
        let second = try Renderer().render(Fixtures.ring(30), engine: engine, format: .svg)
        // Compared as a Bool so that a failure does not print kilobytes of bytes.
        let sameSVG = first == second
        #expect(sameSVG, "two SVG renders with \(engine) differ")
        let png1 = try Renderer().render(Fixtures.small, engine: engine, format: .png)
        let png2 = try Renderer().render(Fixtures.small, engine: engine, format: .png)
        let samePNG = png1 == png2
        #expect(samePNG, "two PNG renders with \(engine) differ")
    }

    @Test("clusters keep their order whatever ran before")
    func clusterOrder() throws {
        var graph = Graph()
        for index in 0..<12 {
            var cluster = Subgraph.cluster("c\(index)")
            cluster.addNode("n\(index)")
            graph.subgraphs.append(cluster)
        }
        let expected = (0..<12).map { "cluster_c\($0)" }
        for round in 0..<3 {
            // Other work in between changes the heap, which 2.42's default ID
            // discipline turned into a different cluster order.
            _ = try Renderer().render(Fixtures.ring(20 + round), engine: .neato, format: .png)
            let canon = try Renderer().render(graph, engine: .dot, format: .canon).text
            let order = canon.split(separator: "\n").compactMap { line -> String? in
                let words = line.split(separator: " ")
                return words.count > 1 && words[0].hasSuffix("subgraph") ? String(words[1]) : nil
            }
            #expect(order == expected, "round \(round): clusters in order \(order)")
            let svg = try #require(SVGTree(try Renderer().render(graph, engine: .dot, format: .svg)))
            #expect(svg.groups(withClass: "cluster").compactMap(\.title) == expected)
        }
    }

    @Test("32 concurrent renders succeed")
    func concurrent() async throws {
        let results = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for index in 0..<32 {
                group.addTask {
                    let engine: LayoutEngine = [.dot, .neato, .fdp, .circo][index % 4]
                    return (index, try Renderer().render(Fixtures.ring(10 + index), engine: engine, format: .svg))
                }
            }
            var collected: [Int: [UInt8]] = [:]
            for try await (index, svg) in group { collected[index] = svg }
            return collected
        }
        #expect(results.count == 32)
        for (index, svg) in results {
            let tree = try #require(SVGTree(svg), "render \(index) is not well-formed SVG")
            #expect(tree.groups(withClass: "node").count == 10 + index)
        }
    }
}
