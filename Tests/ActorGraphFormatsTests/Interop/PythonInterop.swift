import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

/// Runs the Python interoperability checks (Tests/Python/interop) with the
/// project's virtual environment, `<repo>/.venv`.
enum PythonInterop {
    /// The package root: the nearest folder above this file that holds Package.swift.
    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    static var python: URL { repository.appendingPathComponent(".venv/bin/python") }

    /// Runs `script` with `arguments`; records an issue with the script's output when it fails,
    /// or when the virtual environment is missing.
    @discardableResult
    static func check(_ script: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            Issue.record("""
                no Python virtual environment at \(python.path): run `make venv` \
                (python3.12 -m venv .venv && .venv/bin/pip install -r Tests/Python/requirements-interop.txt)
                """, sourceLocation: sourceLocation)
            return ""
        }
        let process = Process()
        process.executableURL = python
        process.arguments = [repository.appendingPathComponent("Tests/Python/interop/\(script)").path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(script) failed:\n\(output)", sourceLocation: sourceLocation)
        return output
    }

    /// Writes the graph as the checks' reference, with Foundation's encoder (not the export writers):
    /// `{"documents": [...], "nodes": [...], "edges": [...]}`.
    static func writeExpected(_ graph: Graph, to url: URL) throws {
        struct Expected: Encodable {
            let documents: [Document]
            let nodes: [Node]
            let edges: [Edge]
        }
        let data = try JSONEncoder().encode(Expected(
            documents: Array(graph.documents.values), nodes: Array(graph.nodes.values), edges: Array(graph.edges.values)))
        try data.write(to: url)
    }
}

/// The graphs every interoperability check runs on.
enum InteropGraph: String, CaseIterable, CustomTestStringConvertible {
    case hostile
    case generated
    case mali

    var testDescription: String { rawValue }

    /// The graph, built (or read) anew for each test.
    func graph() throws -> Graph {
        switch self {
        case .hostile: return SampleGraphs.hostile()
        case .generated: return Self.generatedGraph
        case .mali:
            // The reference article's hand-made facts, through the facts reader.
            return try FactsReader.read(path: PythonInterop.repository.appendingPathComponent("graphs/mali-2022/facts.yaml").path)
        }
    }

    /// At least 10,000 edges, built once.
    private static let generatedGraph = GeneratedGraph.make(nodes: 2500, edges: 12000)
}
