import ActorGraph
import Foundation
import Graphviz

/// Renders an actor graph with the ActorGraph visual language.
///
/// - Parameters:
///   - graph: the relation graph.
///   - options: what to draw, and `options.format` for the output.
/// - Returns: the bytes of the diagram (PNG and PDF are binary).
/// - Throws: ``RenderError``: a focus that is unknown or hidden, an invalid
///   option, or a Graphviz failure.
public func render(_ graph: ActorGraph.Graph, options: RenderOptions = RenderOptions()) throws(RenderError) -> [UInt8] {
    try renderPlan(DiagramBuilder.plan(for: graph, options: options), format: options.format)
}

/// Lays out and renders a planned diagram in `format`.
func renderPlan(_ plan: Diagram, format: OutputFormat) throws(RenderError) -> [UInt8] {
    do {
        return try Renderer().render(plan.graph, engine: plan.engine, format: format)
    } catch {
        throw .graphviz(error)
    }
}

/// Renders an actor graph to a file, in the format its extension names
/// (`.png`, `.svg`, `.pdf`, `.dot`/`.gv`); `options.format` is ignored.
///
/// The file is written atomically: a temporary file in the same folder is
/// renamed over `path`, so a failed render leaves no partial file behind and
/// an existing file is either kept or wholly replaced.
///
/// - Returns: Graphviz's warnings, if any (the file was written).
/// - Throws: ``RenderError``; ``RenderError/unsupportedFileExtension(_:)`` for
///   other extensions.
@discardableResult
public func renderFile(_ graph: ActorGraph.Graph, options: RenderOptions = RenderOptions(), to path: String)
    throws(RenderError) -> [String]
{
    let url = URL(fileURLWithPath: path)
    guard let format = OutputFormat(fileExtension: url.pathExtension), [.png, .svg, .pdf, .dot].contains(format) else {
        throw .unsupportedFileExtension(path)
    }
    let plan = try DiagramBuilder.plan(for: graph, options: options)
    do {
        return try Renderer().render(plan.graph, engine: plan.engine, format: format, to: url)
    } catch {
        throw .graphviz(error)
    }
}
