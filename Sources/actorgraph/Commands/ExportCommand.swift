import ActorGraph
import ActorGraphFormats
import ArgumentParser
import Foundation

/// `actorgraph export --format FORMAT -o PATH`: one of the formats of `GraphExportFormat.all`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the graph in another format (docs/exports.md).",
        discussion: "Formats:\n" + GraphExportFormat.all.map { "  \($0.name)\($0.producesFolder ? " (folder)" : ""): \($0.summary)" }
            .joined(separator: "\n"))

    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .long, help: ArgumentHelp("The format: \(GraphExportFormat.all.map(\.name).joined(separator: ", ")).", valueName: "FORMAT"))
    var format: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The output file, or folder for folder formats.", valueName: "PATH"))
    var output: String

    @Flag(name: .long, help: ArgumentHelp(
        "Also wait until the output is on disk (fsync) before renaming it into place, so it survives a power cut. "
            + "Without it the output is still replaced atomically."))
    var sync = false

    func run() throws {
        let chosen: GraphExportFormat
        do {
            chosen = try GraphExportFormat.named(format)
        } catch {
            throw ValidationError("\(error)")
        }
        let graph = try graphOptions.load()
        try CLIFailure.reporting { try chosen.write(graph, to: URL(fileURLWithPath: output), durability: sync ? .synced : .atomic) }
    }
}
