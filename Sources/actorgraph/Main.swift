import ArgumentParser
import Foundation

/// The `actorgraph` command: parse, call the library, print.
@main
struct ActorGraphCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actorgraph",
        abstract: "Relation graphs of actors, missions, countries and statements from news.",
        discussion: """
            Every analysis command reads a GRAPH: the embedded store (.sqlite), an actorgraph/1 JSON \
            file, a facts file (.yaml, .yml, .json), a GraphML file, or a folder of inputs. Without \
            --graph it is the default store graphs/actorgraph.sqlite, which `build` writes.
            Exit codes: 0 success, 1 bad input, 2 cannot write output, 3 store problem, 4 an analysis did not converge, 5 no path, 64 usage.
            """,
        subcommands: CommandRegistry.all
    )

    static func main() {
        PeakMemoryReport.registerIfRequested()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CLIFailure {
            let line = failure.message.split(whereSeparator: \.isNewline).joined(separator: " ")
            FileHandle.standardError.write(Data("error: \(line)\n".utf8))
            Foundation.exit(failure.exitCode)
        } catch {
            exit(withError: error)
        }
    }
}
