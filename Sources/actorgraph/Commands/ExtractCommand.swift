import ActorGraph
import ActorGraphExtraction
import ActorGraphFormats
import ArgumentParser
import Foundation

/// `actorgraph extract FILE… [-o OUT.json] [--lexicon FILE]`: article text to `actorgraph/1`.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the actors, statements and relations of articles (.txt, .md, .html) as actorgraph/1 JSON.",
        discussion: """
            Several files (or folders) give one graph. Each document's id is the SHA-256 of its bytes. \
            --lexicon adds names, titles, verbs and relation patterns to the built-in lexicon \
            (a .tsv or .json file; format in docs/extraction.md).
            """)

    @Argument(help: "Article files or folders of them.")
    var inputs: [String]

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write here instead of stdout.", valueName: "OUT.json"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("An extra lexicon file (.tsv or .json).", valueName: "FILE"))
    var lexicon: String?

    @Option(name: .long, help: "The outlet, recorded on each document.")
    var source: String?

    func run() throws {
        let graph = try CLIFailure.reporting { try ArticleInput.extract(inputs, lexicon: lexicon, source: source) }
        if let output {
            try CLIFailure.reporting { try ActorGraphJSONWriter.write(graph, to: URL(fileURLWithPath: output)) }
        } else {
            FileHandle.standardOutput.write(Data(ActorGraphJSONWriter.data(graph)))
        }
    }
}
