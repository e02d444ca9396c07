import Foundation
import Synchronization
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

    /// Eight OS threads (not the cooperative pool, which has one thread per core)
    /// render at the same moment, each several graphs in several formats, so that
    /// the calls really contend for the lock; `make sanitize` runs this under
    /// ThreadSanitizer and AddressSanitizer.
    @Test("8 threads rendering at once get the same bytes as one thread")
    func threads() throws {
        let engines: [LayoutEngine] = [.dot, .neato, .circo, .twopi]
        let jobs = (0..<8).map { thread in (0..<3).map { round in (engine: engines[(thread + round) % 4], size: 8 + thread + round) } }
        // Expected outputs, rendered one after the other first.
        var expected: [String: [UInt8]] = [:]
        for job in jobs.joined() {
            expected["\(job.engine)-\(job.size)"] = try Renderer().render(Fixtures.ring(job.size), engine: job.engine, format: .svg)
        }
        let results = Mutex<[String: Result<[OutputFormat: [UInt8]], GraphvizError>]>([:])
        let start = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        for (thread, work) in jobs.enumerated() {
            done.enter()
            let worker = Thread {
                start.wait()
                for job in work {
                    let result = Result { () throws(GraphvizError) in
                        try Renderer().render(Fixtures.ring(job.size), engine: job.engine, formats: [.svg, .png, .dot]).outputs
                    }
                    results.withLock { $0["\(thread)-\(job.engine)-\(job.size)"] = result }
                }
                done.leave()
            }
            worker.start()
        }
        for _ in jobs { start.signal() }
        #expect(done.wait(timeout: .now() + 300) == .success, "the rendering threads did not finish in 5 minutes")
        let collected = results.withLock { $0 }
        #expect(collected.count == 24)
        for (key, result) in collected {
            let outputs = try result.get()
            let job = String(key.drop { $0 != "-" }.dropFirst())
            let sameSVG = outputs[.svg] == expected[job]
            #expect(sameSVG, "\(key): the SVG differs from the one rendered alone")
            #expect(outputs[.png]?.starts(with: [0x89, 0x50, 0x4E, 0x47]) == true, "\(key): not a PNG")
            #expect(outputs[.dot].map { String(decoding: $0, as: UTF8.self).contains("graph") } == true, "\(key): no DOT output")
        }
    }
}
