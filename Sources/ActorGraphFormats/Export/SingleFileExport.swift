import ActorGraph
import Foundation

/// The two ways every single-file writer is used: into a file, atomically, or
/// into memory (tests, nested values). Both check the graph first.
enum SingleFileExport {
    /// Writes `body`'s bytes atomically to `url`, after the checks every export makes.
    static func write(
        _ graph: Graph, to url: URL, format: String, _ body: (ByteWriter) -> Void
    ) throws(ExportError) {
        try ExportChecks.finiteWeights(graph, format: format)
        try StreamingAtomicFile.write(to: url, format: format, body)
    }

    /// Returns `body`'s bytes, after the checks every export makes.
    static func encode(_ graph: Graph, format: String, _ body: (ByteWriter) -> Void) throws(ExportError) -> [UInt8] {
        try ExportChecks.finiteWeights(graph, format: format)
        let w = ByteWriter(format: format, capacity: 1 << 16)
        body(w)
        try w.finish()
        return w.buffered
    }
}
