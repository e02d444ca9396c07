import ActorGraph
import ArgumentParser
import Foundation

extension AllianceMethod: ExpressibleByArgument {}

/// `actorgraph alliances`: blocs of the signed actor graph and the ties that cut across them.
struct AlliancesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alliances",
        abstract: "Partition actors into blocs: cooperative ties inside, hostile ties between (structural balance).")

    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .long, help: "balance (signed, minimal frustration) or louvain (unsigned communities).")
    var method: AllianceMethod = .balance

    @Option(name: .long, help: "table or json.")
    var format: TableOrJSON = .table

    func run() throws {
        let graph = try graphOptions.load()
        let report = Alliances.compute(graph, method: method)
        switch format {
        case .json:
            print(JSONOutput.string(report))
        case .table:
            let name = { (id: String) in graph.nodes[id]?.name ?? id }
            let how = report.exact ? "exact" : "heuristic"
            print("alliances (\(report.method), \(how)): \(report.blocs.count) bloc(s), frustration \(format(report.frustration)), balance \(format(report.balance))")
            for bloc in report.blocs {
                print("\nbloc \(bloc.id): \(bloc.members.map(name).joined(separator: ", "))")
                if !bloc.missions.isEmpty { print("  missions: \(bloc.missions.map(name).joined(separator: ", "))") }
            }
            if !report.violations.isEmpty {
                print("\nties that cut across the blocs:")
                for v in report.violations {
                    let kind = v.sign > 0 ? "cooperative tie between blocs" : "hostile tie inside a bloc"
                    print("  \(name(v.source)) — \(name(v.target)): \(kind), weight \(format(v.weight))")
                    for evidence in v.evidence.prefix(2) {
                        if let excerpt = evidence.excerpt { print("      “\(excerpt)” (sentence \(evidence.sentence))") }
                    }
                }
            }
        }
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.3f", value)
    }
}

/// `--format table|json`.
enum TableOrJSON: String, ExpressibleByArgument { case table, json }
