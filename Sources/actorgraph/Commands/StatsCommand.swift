import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph stats`: node, edge and document counts.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Count nodes, edges and documents, by kind and by relation type.")

    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .long, help: "table or json.")
    var format: StatsFormat = .table

    enum StatsFormat: String, ExpressibleByArgument { case table, json }

    func run() throws {
        let summary = GraphSummary(try graphOptions.load())
        switch format {
        case .json:
            print(JSONOutput.string(summary))
        case .table:
            print("nodes      \(summary.nodes)\nedges      \(summary.edges)\ndocuments  \(summary.documents)")
            print("\nby kind")
            for (kind, count) in summary.byKind.sorted(by: { $0.key < $1.key }) { print("  \(kind.padding(toLength: 16, withPad: " ", startingAt: 0)) \(count)") }
            print("\nby relation type")
            for (type, count) in summary.byType.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                print("  \(type.padding(toLength: 16, withPad: " ", startingAt: 0)) \(count)")
            }
        }
    }
}
