import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph path FROM TO`: how two nodes are linked, with the sentence behind each link.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path", abstract: "The shortest chain of relations between two nodes, with its evidence.")

    @OptionGroup var graphOptions: GraphOptions

    @Argument(help: "The first node: an id, a name or an alias.")
    var from: String

    @Argument(help: "The last node: an id, a name or an alias.")
    var to: String

    @Flag(help: "Follow relations only in their direction.")
    var directed = false

    func run() throws {
        let graph = try graphOptions.load()
        let hops = try CLIFailure.reporting { try ShortestPath.find(graph, from: from, to: to, directed: directed) }
        guard let hops else {
            throw CLIFailure(message: "no chain of relations links '\(from)' and '\(to)'", exitCode: 5)
        }
        if hops.isEmpty { print("'\(from)' and '\(to)' are the same node"); return }
        for (i, edge) in hops.enumerated() {
            let source = graph.nodes[edge.source]?.name ?? edge.source
            let target = graph.nodes[edge.target]?.name ?? edge.target
            let sign = edge.sign > 0 ? "+" : edge.sign < 0 ? "−" : "0"
            print("\(i + 1). \(source) —\(edge.type.rawValue) (\(sign))→ \(target)")
            for evidence in edge.evidence.prefix(3) {
                let title = graph.documents[evidence.document]?.title ?? evidence.document
                let text = evidence.excerpt.map { "“\($0)”" } ?? "(no excerpt)"
                print("     \(text) — \(title), sentence \(evidence.sentence)")
            }
        }
    }
}
