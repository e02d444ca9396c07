import ActorGraph
import Foundation

/// Writes a graph as `actorgraph/1` JSON: keys sorted, two-space indentation,
/// nodes and edges in graph order, so the same graph gives the same bytes.
public enum ActorGraphJSONWriter {
    /// The JSON text of `graph`.
    public static func data(_ graph: Graph) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types with string keys cannot fail.
        guard let data = try? encoder.encode(ActorGraphFile(graph: graph)) else { return [] }
        // Sorted keys would put "format" after "edges"; readers and people look
        // for it first, so it is moved to the top.
        let marker = Array("  \"format\" : \"\(ActorGraphFile.formatName)\",\n".utf8)
        var bytes = [UInt8](data)
        if let range = bytes.firstRange(of: marker) { bytes.removeSubrange(range) }
        return [0x7B, 0x0A] + marker + bytes.dropFirst(2) + [0x0A]
    }

    /// Writes `graph` to `url` atomically.
    public static func write(_ graph: Graph, to url: URL) throws(OutputError) {
        try AtomicFile.write(data(graph), to: url)
    }
}
