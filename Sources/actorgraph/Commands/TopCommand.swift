import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph top`: the most-connected actors by a centrality.
struct TopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "top", abstract: "List the most central nodes by a measure (NetworkX's definitions).")

    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .long, help: ArgumentHelp("The measure: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "MEASURE"))
    var by: CentralityMeasure = .degree

    @Option(name: .long, help: "The nodes to list: actor (persons, organizations, countries), a kind, or all.")
    var kind: KindFilter = .actor

    @Option(name: .short, help: "How many to list.")
    var n: Int = 10

    @OptionGroup var measureOptions: MeasureOptions

    @Option(name: .long, help: "table, json or csv.")
    var format: OutputFormat = .table

    /// The machine form of DESIGN.md.
    struct Output: Encodable {
        var measure: String
        var results: [RankedNode]
    }

    func validate() throws {
        guard n > 0 else { throw ValidationError("-n must be at least 1") }
    }

    func run() throws {
        let graph = try graphOptions.load()
        let ranking = try CLIFailure.reporting {
            try rank(by, of: graph, options: measureOptions.centralityOptions, kinds: kind.kinds, limit: n)
        }
        switch format {
        case .json:
            print(JSONOutput.string(Output(measure: by.rawValue, results: ranking)))
        case .csv:
            print("rank,id,name,kind,score")
            for r in ranking { print("\(r.rank),\(CSVField.quote(r.id)),\(CSVField.quote(r.name)),\(r.kind.rawValue),\(r.score)") }
        case .table:
            let width = max(4, ranking.map(\.name.count).max() ?? 4)
            print("rank  \("name".padding(toLength: width, withPad: " ", startingAt: 0))  kind          \(by.rawValue)")
            for r in ranking {
                let rank = String(r.rank).padding(toLength: 4, withPad: " ", startingAt: 0)
                let kind = r.kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                print("\(rank)  \(r.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(kind)  \(String(format: "%.4f", r.score))")
            }
        }
    }
}

/// RFC 4180 quoting for one CSV field.
enum CSVField {
    static func quote(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
