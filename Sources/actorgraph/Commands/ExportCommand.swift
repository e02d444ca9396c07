import ActorGraph
import ActorGraphFormats
import ArgumentParser
import Foundation

/// `actorgraph export --format FORMAT -o PATH`: one table of formats, one call.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph for another tool (graph databases, NetworkX, Gephi, RDF, Spark).",
        discussion: GraphExportFormat.all.map { format in
            "\(format.name.padding(toLength: 16, withPad: " ", startingAt: 0)) \(format.summary)"
        }.joined(separator: "\n"))

    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .long, help: ArgumentHelp(
        "One of: \(GraphExportFormat.all.map(\.name).joined(separator: ", ")).", valueName: "FORMAT"))
    var format: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The output file (or folder, for folder formats).", valueName: "PATH"))
    var output: String

    func validate() throws {
        guard GraphExportFormat.all.contains(where: { $0.name == format }) else {
            throw ValidationError("unknown format '\(format)'; expected one of \(GraphExportFormat.all.map(\.name).joined(separator: ", "))")
        }
    }

    func run() throws {
        let graph = try graphOptions.load()
        do {
            let chosen = try GraphExportFormat.named(format)
            try chosen.write(graph, URL(fileURLWithPath: output))
        } catch {
            throw CLIFailure(message: error.description, exitCode: 2)
        }
    }
}
