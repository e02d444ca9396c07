import Foundation
import Graphviz

/// Graphs and checks shared by the Graphviz tests.
enum Fixtures {
    /// A small directed graph with a cluster, labels and coloured edges.
    static var small: Graph {
        var graph = Graph(name: "small")
        graph.attributes["fontname"] = "DejaVu Sans"
        graph.nodeDefaults["fontname"] = "DejaVu Sans"
        graph.nodeDefaults["shape"] = "box"
        var cluster = Subgraph.cluster("left", label: "Left side")
        cluster.addNode("a", ["label": "Alpha"])
        cluster.addNode("b", ["label": "Beta"])
        graph.subgraphs.append(cluster)
        graph.addNode("c", ["label": "Gamma", "shape": "ellipse"])
        graph.addEdge("a", "b", ["color": "red"])
        graph.addEdge("b", "c")
        graph.addEdge("c", "a", ["style": "dashed"])
        return graph
    }

    /// A connected graph of `count` nodes in a ring with chords.
    static func ring(_ count: Int) -> Graph {
        var graph = Graph(name: "ring", directed: false)
        for index in 0..<count { graph.addNode("n\(index)", ["label": .text("Node \(index)")]) }
        for index in 0..<count {
            graph.addEdge("n\(index)", "n\((index + 1) % count)")
            if index % 3 == 0 { graph.addEdge("n\(index)", "n\((index + 7) % count)", ["color": "blue"]) }
        }
        return graph
    }

    /// The resident set size of this process in bytes, from /proc/self/statm;
    /// `trimmingHeap` first returns free heap memory to the system, so that
    /// memory freed by other tests does not count.
    static func residentBytes(trimmingHeap: Bool = false) -> Int? {
        if trimmingHeap { trimHeap() }
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// glibc's malloc_trim(0), looked up at run time: Swift's Glibc module does
    /// not export <malloc.h>. Does nothing where the symbol is missing.
    private static func trimHeap() {
        typealias Trim = @convention(c) (Int) -> Int32
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }

    /// Runs an executable with `input` on stdin and extra `environment`
    /// variables; returns its exit status and stdout.
    static func run(_ path: String, _ arguments: [String], input: [UInt8], environment: [String: String] = [:])
        throws -> (status: Int32, output: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Write on another thread: a large input would otherwise fill the pipe
        // while the child waits for us to read its output.
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// Whether an executable exists at `path`.
    static func hasTool(_ path: String) -> Bool { FileManager.default.isExecutableFile(atPath: path) }

    /// A fresh empty directory under the system temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("graphviz-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension Array where Element == UInt8 {
    /// Whether the bytes start with `prefix` (compared byte for byte).
    func starts(withBytes prefix: [UInt8]) -> Bool { count >= prefix.count && Array(self[0..<prefix.count]) == prefix }

    /// The bytes as UTF-8 text (invalid sequences repaired).
    var text: String { String(decoding: self, as: UTF8.self) }
}
