import ActorGraph
import Foundation

/// Writes a graph as `actorgraph/1` JSON: keys sorted, two-space indentation,
/// nodes and edges in graph order, so the same graph gives the same bytes.
public enum ActorGraphJSONWriter {
    /// The JSON text of `graph`, or no bytes when the graph holds a number JSON
    /// cannot write: an infinite weight (merged weights past 1.8e308).
    public static func data(_ graph: Graph) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(ActorGraphFile(graph: graph)) else { return [] }
        // Sorted keys would put "format" after "edges"; readers and people look
        // for it first, so it is moved to the top.
        let marker = Array("  \"format\" : \"\(ActorGraphFile.formatName)\",\n".utf8)
        var bytes = [UInt8](data)
        if let range = bytes.firstRange(of: marker) { bytes.removeSubrange(range) }
        return [0x7B, 0x0A] + marker + bytes.dropFirst(2) + [0x0A]
    }

    /// Writes `graph` to `url` atomically.
    /// - Throws: `OutputError` when the folder is not writable, or the graph cannot be
    ///   written as JSON (then nothing is written, rather than an empty file).
    public static func write(_ graph: Graph, to url: URL) throws(OutputError) {
        let bytes = data(graph)
        guard !bytes.isEmpty else {
            throw OutputError(path: url.path, message: "the graph holds an infinite weight, which JSON cannot represent")
        }
        try AtomicFile.write(bytes, to: url)
    }
}
