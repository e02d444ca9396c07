import ActorGraph
import ActorGraphRender
import ArgumentParser
import Foundation

/// `actorgraph render -o OUT.png|svg|pdf|dot`: draw the graph through Graphviz, in process.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the graph as PNG, SVG, PDF or DOT (shape and colour by kind, colour by sign, a legend).")

    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The output file; its extension picks the format.", valueName: "OUT"))
    var output: String

    @OptionGroup var layoutOption: LayoutOption

    @Option(name: .long, help: ArgumentHelp("Size nodes by a centrality.", valueName: "MEASURE"))
    var sizeBy: CentralityMeasure = .degree

    @Option(name: .long, help: "Draw alliance blocs as clusters (alliances) or not (none).")
    var clusters: ClusterMode = .none

    @Option(name: .long, help: ArgumentHelp("Draw only this node's neighbourhood (an id, name or alias).", valueName: "NODE"))
    var focus: String?

    @Option(name: .long, help: "How many hops around --focus.")
    var depth: Int = 1

    @Flag(name: .long, help: "Leave statements out.")
    var noStatements = false

    @Option(name: .long, parsing: .upToNextOption, help: "Draw only these kinds (person organization country mission statement).")
    var kind: [NodeKind] = []

    @Option(name: .long, help: "Keep the N most central nodes (by --size-by).")
    var top: Int?

    @Option(name: .long, help: "A title above the diagram.")
    var title: String?

    @Flag(name: .long, help: "Leave the legend out.")
    var noLegend = false

    @Flag(name: .long, help: "Also draw nodes that have no relation in the diagram (left out by default).")
    var showIsolated = false

    enum ClusterMode: String, ExpressibleByArgument { case alliances, none }

    func run() throws {
        let graph = try graphOptions.load()
        let sizes = try CLIFailure.reporting { try centrality(sizeBy, of: graph) }
        var options = RenderOptions(layout: layoutOption.engine, sizeBy: sizes)
        if clusters == .alliances {
            options.clusters = Alliances.compute(graph).blocs.map { $0.members + $0.missions }
        }
        options.focus = focus
        options.depth = depth
        options.includeStatements = !noStatements
        options.kinds = kind.isEmpty ? nil : Set(kind)
        options.top = top
        options.title = title
        options.legend = !noLegend
        options.showIsolated = showIsolated
        do {
            let warnings = try renderFile(graph, options: options, to: output)
            for warning in warnings { FileHandle.standardError.write(Data("graphviz: \(warning)\n".utf8)) }
        } catch {
            switch error {
            case .unknownFocus, .focusHidden, .invalidOption, .unsupportedFileExtension:
                throw CLIFailure(message: error.description, exitCode: 1)
            case .graphviz:
                throw CLIFailure(message: "\(output): \(error.description)", exitCode: 2)
            }
        }
    }
}

extension NodeKind: ExpressibleByArgument {}
