import ActorGraph
import ActorGraphFormats
import ArgumentParser
import Foundation

/// `actorgraph export --format FORMAT -o PATH`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the graph in another format (json: actorgraph/1).")

    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .long, help: "The format: json.")
    var format: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The output file or folder.", valueName: "PATH"))
    var output: String

    func run() throws {
        let graph = try graphOptions.load()
        guard format == "json" else {
            throw ValidationError("unknown format '\(format)'; expected json")
        }
        try CLIFailure.reporting { try ActorGraphJSONWriter.write(graph, to: URL(fileURLWithPath: output)) }
    }
}
