import ActorGraph
import ArgumentParser

extension CentralityMeasure: ExpressibleByArgument {}

/// `--kind`: which nodes a ranking lists.
enum KindFilter: String, ExpressibleByArgument, CaseIterable {
    case actor, person, organization, country, mission, statement, all

    /// The node kinds the filter keeps.
    var kinds: Set<NodeKind> {
        switch self {
        case .actor: return Set(NodeKind.allCases.filter(\.isActor))
        case .all: return Set(NodeKind.allCases)
        default: return [NodeKind(rawValue: rawValue)!]
        }
    }
}

/// `--directed`, `--weighted`, `--samples`: how measures are computed.
struct MeasureOptions: ParsableArguments {
    @Flag(help: "Use the directed view (relations keep their direction).")
    var directed = false

    @Flag(help: "Use weights (path measures read a weight w as a distance 1/w).")
    var weighted = false

    @Option(help: "Betweenness from K sampled pivots instead of all nodes (large graphs).")
    var samples: Int?

    /// The library's options for these flags.
    var centralityOptions: CentralityOptions {
        var options = CentralityOptions()
        options.directed = directed
        options.weighted = weighted
        options.samples = samples
        return options
    }
}
