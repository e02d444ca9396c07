import ActorGraph
import ActorGraphRender
import ArgumentParser

/// `actorgraph report -o report.html`: one self-contained HTML page with the
/// diagram, the top actors, the blocs and every relation's sentence.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report: diagram, top actors, blocs, and the sentence behind every relation.")

    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write.", valueName: "OUT"))
    var output: String

    @Option(name: .long, help: "The page title (default: the document's title).")
    var title: String?

    @OptionGroup var layoutOption: LayoutOption

    @Option(name: .long, help: ArgumentHelp("Size the diagram's nodes, and order the ranking, by this centrality.", valueName: "MEASURE"))
    var sizeBy: CentralityMeasure = .pagerank

    @Option(name: .short, help: "How many actors each measure contributes to the ranking table.")
    var n: Int = 10

    @Option(name: .long, help: "How the blocs are found: balance (signed) or louvain.")
    var method: AllianceMethod = .balance

    @Flag(name: .long, help: "Draw statements in the diagram too (they are always listed under Relations).")
    var statements = false

    func validate() throws {
        guard n > 0 else { throw ValidationError("-n must be at least 1") }
        guard output.lowercased().hasSuffix(".html") || output.lowercased().hasSuffix(".htm") else {
            throw ValidationError("the report is HTML: name the output file OUT.html")
        }
    }

    func run() throws {
        let graph = try graphOptions.load()
        let options = ReportOptions(
            title: title, layout: layoutOption.engine, sizeBy: sizeBy, top: n, allianceMethod: method,
            diagramStatements: statements)
        do {
            try HTMLReport(graph: graph, options: options).write(to: output)
        } catch {
            switch error {
            case .invalidOption: throw CLIFailure(message: error.description, exitCode: 1)
            case .analysis(let analysis): throw CLIFailure.analysis(analysis)
            case .render, .writeFailed: throw CLIFailure(message: error.description, exitCode: 2)
            }
        }
    }
}
