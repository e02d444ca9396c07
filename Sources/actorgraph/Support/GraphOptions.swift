import ActorGraph
import ActorGraphStore
import ArgumentParser
import Foundation

/// `--graph`, shared by every command that reads a graph.
struct GraphOptions: ParsableArguments {
    /// The default store, written by `build`.
    static let defaultStore = "graphs/actorgraph.sqlite"

    @Option(name: .long, help: ArgumentHelp(
        "A store (.sqlite), actorgraph/1 JSON, facts file, GraphML file, or a folder of inputs.",
        valueName: "GRAPH"))
    var graph: String = GraphOptions.defaultStore

    /// Loads the graph the user named.
    func load() throws -> Graph {
        try CLIFailure.reporting {
            if graph.hasSuffix(".sqlite") || graph.hasSuffix(".db") {
                return try GraphStore.openExisting(path: graph).load()
            }
            return try InputReader.readAll([graph]).reduce(into: Graph()) { $0.merge($1.graph) }
        }
    }
}

/// `--format table|json|csv` for commands that print results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}
