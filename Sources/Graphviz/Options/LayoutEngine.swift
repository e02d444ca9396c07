/// A Graphviz layout engine.
///
/// The six standard engines are cases; `.other` names any engine a Graphviz
/// installation may add (`osage`, `patchwork`). An engine the installation
/// does not have makes rendering throw ``GraphvizError/unknownEngine(_:available:)``,
/// never crash.
///
/// Determinism: `dot`, `neato`, `circo` and `twopi` give the same output for
/// the same graph every time. `fdp` and `sfdp` do not in Graphviz 2.42:
/// successive layouts in one process differ (state carries over between calls,
/// even with `start` set), though each fresh process gives the same sequence.
/// Use `dot` for golden tests, or a child process per fdp/sfdp render when
/// byte-stable output matters.
public enum LayoutEngine: Hashable, Sendable, CustomStringConvertible {
    /// Hierarchical layout for directed graphs; draws clusters.
    case dot
    /// Spring model (stress majorisation); good for small undirected graphs.
    case neato
    /// Force-directed (Fruchterman–Reingold); draws clusters in part; not deterministic within one process.
    case fdp
    /// Multiscale force-directed layout for large graphs; not deterministic within one process.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a root node.
    case twopi
    /// Any other engine, by its Graphviz name.
    case other(String)

    /// The six standard engines.
    public static let standard: [LayoutEngine] = [.dot, .neato, .fdp, .sfdp, .circo, .twopi]

    /// The engine with this Graphviz name; unknown names become `.other(name)`.
    public init(name: String) {
        self = LayoutEngine.standard.first { $0.name == name } ?? .other(name)
    }

    /// The engine's Graphviz name (`dot`, `neato`, …).
    public var name: String {
        switch self {
        case .dot: return "dot"
        case .neato: return "neato"
        case .fdp: return "fdp"
        case .sfdp: return "sfdp"
        case .circo: return "circo"
        case .twopi: return "twopi"
        case .other(let name): return name
        }
    }

    /// The engine's Graphviz name.
    public var description: String { name }
}
