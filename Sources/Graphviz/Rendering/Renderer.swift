import CGraphviz
import Foundation

/// Lays out and renders ``Graph`` values with Graphviz, in process.
///
/// All renderers share one Graphviz context and one lock (Graphviz is not
/// thread-safe), so a `Renderer` is a cheap, `Sendable` handle: renders from
/// many tasks are safe and run one at a time. Calls are synchronous and block
/// the calling thread while waiting for the lock and during layout, which can
/// take seconds on large graphs; from async code, keep that in mind (or render
/// off the cooperative pool). For parallel throughput, render in several processes.
///
/// Each render builds a fresh C graph from the value, lays it out once, renders
/// every requested format from that layout, then frees everything, so nothing
/// accumulates between renders and one failure does not affect the next.
public struct Renderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// Renders `graph` laid out by `engine` in one format.
    ///
    /// - Returns: the bytes of the output (PNG and PDF are binary).
    /// - Throws: ``GraphvizError``: an unknown engine or format, a rejected
    ///   label, or a failed layout, with Graphviz's own messages.
    public func render(_ graph: Graph, engine: LayoutEngine = .dot, format: OutputFormat) throws(GraphvizError)
        -> [UInt8]
    {
        let rendering = try render(graph, engine: engine, formats: [format])
        return rendering[format] ?? []
    }

    /// Renders `graph` in several formats from a single layout.
    ///
    /// - Returns: each format's bytes, and Graphviz's warnings.
    /// - Throws: ``GraphvizError``, as ``render(_:engine:format:)``; nothing is returned
    ///   if any format fails.
    /// - Complexity: one layout, whatever the number of formats.
    public func render(_ graph: Graph, engine: LayoutEngine = .dot, formats: [OutputFormat]) throws(GraphvizError)
        -> Rendering
    {
        try Runtime.withContext { (context, state) throws(GraphvizError) -> Rendering in
            try Self.check(engine, formats, against: state)
            MessageLog.reset()
            let g = try Materializer.open(graph)
            defer { agclose(g) }
            // Registered before gvLayout so that a layout failing half-way is freed
            // too; gvFreeLayout on a graph without layout is a no-op in 2.42.
            defer { gvFreeLayout(context, g) }
            if gvLayout(context, g, engine.name) != 0 || MessageLog.hasErrors {
                throw Self.layoutError(engine)
            }
            var outputs: [OutputFormat: [UInt8]] = [:]
            var padded = false
            for format in Self.renderOrder(formats) where outputs[format] == nil {
                if !padded && WholePixelPage.isRaster(format) {
                    WholePixelPage.apply(to: g)
                    padded = true
                }
                outputs[format] = try Self.renderData(context, g, format)
            }
            return Rendering(outputs: outputs, warnings: MessageLog.warnings)
        }
    }

    /// Renders `graph` and writes it to `url` atomically: the bytes go to a
    /// temporary file in the same folder, which then replaces `url`, so readers
    /// never see a half-written file and a failure leaves nothing behind.
    ///
    /// - Parameter format: the output format; nil picks it from the file
    ///   extension (`png`, `svg`, `pdf`, `dot`/`gv`, `json`).
    /// - Returns: Graphviz's warnings.
    /// - Throws: ``GraphvizError``; ``GraphvizError/unknownFormat(_:available:)``
    ///   when no format is given and the extension names none.
    @discardableResult
    public func render(_ graph: Graph, engine: LayoutEngine = .dot, format: OutputFormat? = nil, to url: URL)
        throws(GraphvizError) -> [String]
    {
        guard let format = format ?? OutputFormat(fileExtension: url.pathExtension) else {
            throw .unknownFormat(
                url.pathExtension.isEmpty ? "(no file extension in \(url.path))" : url.pathExtension,
                available: ["png", "svg", "pdf", "dot", "gv", "json"])
        }
        let rendering = try render(graph, engine: engine, formats: [format])
        try AtomicFile.write(rendering[format] ?? [], to: url.path)
        return rendering.warnings
    }

    /// The layout engines this Graphviz installation has, sorted.
    ///
    /// - Throws: ``GraphvizError/unavailable(_:)`` when Graphviz cannot start.
    public func availableEngines() throws(GraphvizError) -> [String] {
        try Runtime.withContext { (_, state) throws(GraphvizError) -> [String] in state.engines }
    }

    /// The output formats this Graphviz installation has, sorted.
    ///
    /// - Throws: ``GraphvizError/unavailable(_:)`` when Graphviz cannot start.
    public func availableFormats() throws(GraphvizError) -> [String] {
        try Runtime.withContext { (_, state) throws(GraphvizError) -> [String] in state.formats }
    }

    // MARK: - Steps, run under the lock

    /// Refuses unknown engines and formats before any work, with the list of known ones.
    /// (Graphviz itself would fail too, but only after building the graph, and
    /// with a message that mentions neither the caller's name nor a fix.)
    private static func check(_ engine: LayoutEngine, _ formats: [OutputFormat], against state: Runtime.State)
        throws(GraphvizError)
    {
        guard state.engines.contains(engine.name) else {
            throw .unknownEngine(engine.name, available: state.engines)
        }
        for format in formats {
            let device = format.name.split(separator: ":", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard state.formats.contains(device) else {
                throw .unknownFormat(format.name, available: state.formats)
            }
        }
    }

    /// `canon` first: rendering `dot`, `json` or `plain` attaches layout
    /// attributes to the graph, which a later `canon` would then include.
    /// Raster formats last: they get a whole-pixel `pad` (``WholePixelPage``)
    /// that the other formats must not see.
    private static func renderOrder(_ formats: [OutputFormat]) -> [OutputFormat] {
        let others = formats.filter { $0 != .canon }
        return formats.filter { $0 == .canon } + others.filter { !WholePixelPage.isRaster($0) }
            + others.filter(WholePixelPage.isRaster)
    }

    private static func renderData(_ context: OpaquePointer, _ g: UnsafeMutablePointer<Agraph_t>, _ format: OutputFormat)
        throws(GraphvizError) -> [UInt8]
    {
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let rc = gvRenderData(context, g, format.name, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard rc == 0, !MessageLog.hasErrors else {
            throw .renderFailed(format: format.name, messages: MessageLog.errors)
        }
        // Copy by length: PNG and PDF contain NUL bytes.
        guard let buffer, length > 0 else { return [] }
        return Array(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
    }

    /// A layout error, told apart as a label error when Graphviz names a label
    /// (malformed HTML-like labels are only detected during layout).
    private static func layoutError(_ engine: LayoutEngine) -> GraphvizError {
        let errors = MessageLog.errors
        if errors.contains(where: { $0.contains("in label of") }) {
            return .invalidLabel(messages: errors)
        }
        return .layoutFailed(engine: engine.name, messages: errors)
    }
}

extension Graph {
    /// Renders this graph with a shared ``Renderer``; see ``Renderer/render(_:engine:format:)``.
    ///
    /// - Throws: ``GraphvizError``.
    public func render(engine: LayoutEngine = .dot, format: OutputFormat) throws(GraphvizError) -> [UInt8] {
        try Renderer().render(self, engine: engine, format: format)
    }
}
