import CGraphviz

/// Graphviz's diagnostics for the current render.
///
/// cgraph reports errors and warnings through one process-wide callback
/// (`agseterrf`), a C function that cannot capture context, so the text goes
/// to a global buffer. That buffer is only touched while ``Runtime``'s lock is
/// held, which is what makes the `nonisolated(unsafe)` sound.
enum MessageLog {
    /// Text received since the last reset; Graphviz sends messages in fragments
    /// ("Warning", ": ", "text\n").
    nonisolated(unsafe) private static var buffer = ""

    /// Routes cgraph's messages to this log instead of stderr. Call once, under the lock.
    static func install() {
        _ = agseterrf(messageSink)
        // The default threshold already passes warnings on; keep it explicit,
        // since warnings are returned to callers.
        _ = agseterr(AGWARN)
    }

    /// Forgets earlier messages and Graphviz's sticky error level. Call under the lock
    /// before each render, or one failure would fail every later render.
    static func reset() {
        buffer = ""
        _ = agreseterrors()
    }

    /// Appends one fragment; called by the C callback.
    fileprivate static func append(_ fragment: String) { buffer += fragment }

    /// Whether Graphviz reported an error (not just a warning) since the last reset.
    static var hasErrors: Bool { agerrors() > 0 }

    /// The complete messages since the last reset, one per line, trimmed.
    static var messages: [String] {
        buffer.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.trimmingCharacters(in: " \t") }
            .filter { !$0.isEmpty }
    }

    /// The messages that are errors rather than warnings.
    static var errors: [String] { messages.filter { !$0.hasPrefix("Warning") } }

    /// The messages that are warnings.
    static var warnings: [String] { messages.filter { $0.hasPrefix("Warning") } }
}

/// The `agseterrf` callback: a plain function, so it converts to a C function pointer.
private func messageSink(_ fragment: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let fragment { MessageLog.append(String(cString: fragment)) }
    return 0
}

extension Substring {
    /// This text without leading and trailing characters from `set`.
    fileprivate func trimmingCharacters(in set: String) -> String {
        var view = self[...]
        while let first = view.first, set.contains(first) { view = view.dropFirst() }
        while let last = view.last, set.contains(last) { view = view.dropLast() }
        return String(view)
    }
}
