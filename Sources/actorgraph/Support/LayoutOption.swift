import ActorGraphRender
import ArgumentParser

/// `--layout ENGINE`, shared by the commands that draw the graph.
struct LayoutOption: ParsableArguments {
    @Option(name: .long, help: "The layout engine: dot, neato, fdp, sfdp, circo or twopi.")
    var layout: String = "dot"

    /// The engine named by `--layout`.
    var engine: LayoutEngine { LayoutEngine(name: layout) }

    func validate() throws {
        guard LayoutEngine.standard.contains(where: { $0.name == layout }) else {
            throw ValidationError("unknown layout '\(layout)'; expected one of \(LayoutEngine.standard.map(\.name).joined(separator: ", "))")
        }
    }
}
