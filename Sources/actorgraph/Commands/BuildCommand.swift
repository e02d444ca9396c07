import ActorGraph
import ActorGraphStore
import ArgumentParser
import Foundation

/// `actorgraph build INPUT… [--graph STORE]`: ingest inputs into the store.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Ingest articles, facts files, graph files and folders into the store (idempotent).")

    @Argument(help: "Files or folders: .txt .md .html articles, .yaml/.yml/.json facts, actorgraph/1 .json, .graphml.")
    var inputs: [String]

    @Option(name: .long, help: ArgumentHelp("The store to write.", valueName: "STORE"))
    var graph: String = GraphOptions.defaultStore

    func run() throws {
        try CLIFailure.reporting {
            // Read and check every input before the store is touched: a bad file changes nothing.
            let fragments = try InputReader.readAll(inputs)
            let store = try GraphStore(path: graph)
            var added = IngestResult(alreadyPresent: false)
            var unchanged = 0
            for fragment in fragments {
                var piece = fragment.graph
                if piece.documents.isEmpty {
                    let bytes = (try? Data(contentsOf: URL(fileURLWithPath: fragment.path))) ?? Data()
                    piece.add(Document(id: SHA256.documentID(bytes), title: (fragment.path as NSString).lastPathComponent))
                }
                let result = try store.ingest(piece)
                if result.alreadyPresent { unchanged += 1 }
                added.documents += result.documents
                added.nodes += result.nodes
                added.edges += result.edges
            }
            let summary = GraphSummary(try store.load())
            print("""
                \(graph): \(fragments.count) input(s), \(unchanged) already present; \
                added \(added.documents) document(s), \(added.nodes) node(s), \(added.edges) edge(s); \
                now \(summary.nodes) nodes, \(summary.edges) edges, \(summary.documents) documents
                """)
        }
    }
}
