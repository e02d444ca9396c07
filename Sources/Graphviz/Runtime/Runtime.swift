import CGraphviz

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process-wide Graphviz state: one context, one lock.
///
/// Graphviz is not thread-safe, not even with a context per thread (the parser,
/// error globals, plugin loading and layout code share static state), and a
/// context per render leaks. So there is one `GVC_t` for the whole process,
/// created on first use, and every cgraph/gvc call in this module runs inside
/// ``withContext(_:)``. No Graphviz pointer leaves the lock.
enum Runtime {
    /// What the lock guards.
    struct State {
        /// The `GVC_t*` (an incomplete C type, hence opaque); nil until first use.
        var context: OpaquePointer?
        /// Installed layout engines, as Graphviz names them.
        var engines: [String] = []
        /// Installed output formats (device plugins), as Graphviz names them.
        var formats: [String] = []
    }

    /// A pthread mutex (``Locked``) rather than `Synchronization.Mutex`, which
    /// ThreadSanitizer cannot see on Linux.
    private static let lock = Locked(State())

    /// Runs `body` with the Graphviz context, holding the process-wide lock.
    ///
    /// - Throws: ``GraphvizError/unavailable(_:)`` when Graphviz cannot start,
    ///   or whatever `body` throws.
    static func withContext<T: Sendable>(
        _ body: (OpaquePointer, State) throws(GraphvizError) -> T
    ) throws(GraphvizError) -> T {
        try lock.withLock { (state: inout State) throws(GraphvizError) -> T in
            let context = try startIfNeeded(&state)
            return try body(context, state)
        }
    }

    private static func startIfNeeded(_ state: inout State) throws(GraphvizError) -> OpaquePointer {
        if let context = state.context { return context }
        // Before gvContext, so that plugin-loading messages are captured too.
        MessageLog.install()
        MessageLog.reset()
        guard let context = gvContext() else {
            throw .unavailable("gvContext() failed: \(MessageLog.messages.joined(separator: "; "))")
        }
        let engines = pluginNames(context, kind: "layout")
        let formats = pluginNames(context, kind: "device")
        // A missing or stale plugin registry (config6a) leaves these lists empty and
        // makes every layout fail with a confusing message; say what to do instead.
        guard !engines.isEmpty, !formats.isEmpty else {
            gvFreeContext(context)
            throw .unavailable(
                "no Graphviz plugins are registered; run `dot -c` (Debian: `libgvc6-config-update -c`) as root")
        }
        state.context = context
        state.engines = engines
        state.formats = formats
        return context
    }

    /// The names of the installed plugins of one kind, sorted and unique.
    /// gvPluginList hands over ownership: each name and the list are freed here.
    private static func pluginNames(_ context: OpaquePointer, kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
        defer { free(list) }
        var names = Set<String>()
        for index in 0..<Int(max(count, 0)) {
            guard let item = list[index] else { continue }
            let name = String(cString: item)
            free(item)
            // Entries may read "png:cairo"; callers name the format part.
            if let format = name.split(separator: ":").first { names.insert(String(format)) }
        }
        return names.sorted()
    }
}
