import Foundation
import Testing
@testable import ActorGraph

/// Runs `Tests/Python/networkx_fixtures.py` with the project virtualenv and
/// decodes what NetworkX computed. Records an issue (and returns nil) when
/// the virtualenv is missing or the script fails, so a broken setup fails
/// the test instead of skipping it.
enum NetworkXReference {
    /// The repository root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Decodes `T` from the JSON the script writes for `mode` ("differential" or "known").
    static func load<T: Decodable>(_ mode: String, as type: T.Type, sourceLocation: SourceLocation = #_sourceLocation) -> T? {
        let python = repository.appendingPathComponent(".venv/bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            Issue.record("no virtualenv python at \(python.path): run `make venv` (it installs Tests/Python/requirements.txt)",
                         sourceLocation: sourceLocation)
            return nil
        }
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("actorgraph-nx-\(mode)-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = python
        process.arguments = [repository.appendingPathComponent("Tests/Python/networkx_fixtures.py").path, mode, output.path]
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            Issue.record("could not run \(python.path): \(error)", sourceLocation: sourceLocation)
            return nil
        }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let stderr = String(decoding: message, as: UTF8.self)
            Issue.record("networkx_fixtures.py \(mode) failed (\(process.terminationStatus)), run `make venv`? \(stderr)",
                         sourceLocation: sourceLocation)
            return nil
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: output))
        } catch {
            Issue.record("cannot read the NetworkX fixture: \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }
}

/// One generated graph and NetworkX's answers for it.
struct ReferenceGraph: Decodable {
    struct Sample: Decodable {
        var k: Int
        var pivots: [Int]
        var scores: [Double]
    }

    struct Louvain: Decodable {
        var communities: [[Int]]
        var modularity: Double
        /// The worst and the mean modularity of NetworkX's Louvain over seeds 0 ..< 10.
        var seedMinimum: Double
        var seedMean: Double
    }

    var name: String
    var directed: Bool
    var weighted: Bool
    var n: Int
    var edges: [[Double]]
    var katzAlpha: Double
    var measures: [String: [Double]?]
    var sampledBetweenness: Sample?
    var core: [Int]
    var components: [[Int]]
    var strongComponents: [[Int]]
    var louvain: Louvain?

    /// The graph's index in the view NetworkX used.
    func index() throws -> GraphIndex {
        let links = edges.map { GraphIndex.Link(source: Int($0[0]), target: Int($0[1]), weight: $0[2]) }
        return try GraphIndex(nodeCount: n, links: links, directed: directed)
    }
}

/// The differential fixture: NetworkX's version and the graphs.
struct DifferentialFixture: Decodable {
    var networkx: String
    var graphs: [ReferenceGraph]
}

/// Whether two scores agree to 1e-6 (relative to the score when it is above 1).
func agree(_ a: Double, _ b: Double, tolerance: Double = 1e-6) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(b))
}

/// A partition as sorted lists of sorted members, to compare with NetworkX's.
func canonicalPartition(_ labels: [Int]) -> [[Int]] {
    var groups = [Int: [Int]]()
    for (v, label) in labels.enumerated() { groups[label, default: []].append(v) }
    return groups.values.map { $0.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
}
