import Foundation
import Testing
@testable import Graphviz

/// Rendering does not leak: hundreds of renders leave resident memory where it was.
///
/// Swift Testing runs every test of the package in one process, in parallel,
/// and the other tests' allocations (a 2,000-node layout, large SVG parses)
/// moved resident memory by tens of megabytes. So the measurement runs in a
/// fresh process of this same test binary, alone.
@Suite("Memory")
struct MemoryTests {
    static let childVariable = "GRAPHVIZ_TESTS_MEMORY_CHILD"
    static var isChild: Bool { ProcessInfo.processInfo.environment[childVariable] == "1" }

    @Test("hundreds of renders in a row do not grow memory", .disabled(if: isChild, "this is the child process"))
    func noLeak() throws {
        let binary = CommandLine.arguments[0]
        try #require(Fixtures.hasTool(binary), "cannot find the test binary to re-run (\(binary))")
        let (status, output) = try Fixtures.run(
            binary, ["--testing-library", "swift-testing", "--filter", "MemoryTests/measureGrowth"], input: [],
            environment: [Self.childVariable: "1"])
        let measured = output.split(separator: "\n").first { $0.hasPrefix("MEASURED") } ?? "no measurement"
        #expect(measured != "no measurement", "the child process did not measure: \(output.suffix(1_000))")
        #expect(status == 0, "\(measured); child output: \(output.suffix(2_000))")
    }

    @Test("measures memory growth over hundreds of renders", .enabled(if: isChild, "runs in the child process only"))
    func measureGrowth() throws {
        let graph = Fixtures.ring(80)
        let mix: [(LayoutEngine, OutputFormat)] = [(.neato, .svg), (.dot, .svg), (.dot, .png)]
        var rendered = 0
        func renders(_ count: Int) throws {
            for _ in 0..<count {
                _ = try Renderer().render(graph, engine: mix[rendered % 3].0, format: mix[rendered % 3].1)
                rendered += 1
            }
        }
        /// The smallest of three readings a few renders apart, after trimming the
        /// heap, so that short-lived allocations do not count.
        func baseline() throws -> Int {
            var readings: [Int] = []
            for _ in 0..<3 {
                try renders(6)
                readings.append(try #require(Fixtures.residentBytes(trimmingHeap: true), "no /proc/self/statm"))
            }
            return readings.min() ?? 0
        }
        // Warm up every path first: plugin loading, cairo and font caches, malloc
        // arenas grow once (the first PNG alone adds about 12 MB).
        try renders(30)
        let before = try baseline()
        try renders(192)
        let after = try baseline()
        // Measured alone: Graphviz 2.42's dot itself leaks about 1 KB per SVG/PNG
        // render (0.5 MB here); not closing the graph costs about 55 KB per render
        // (11 MB). The bound sits between.
        let grownMB = Double(after - before) / 1_048_576
        print("MEASURED \(grownMB) MB over \(rendered - 48) renders")
        #expect(grownMB < 8, "resident memory grew by \(grownMB) MB over \(rendered - 48) renders")
    }
}
