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
        if let start = topLevelLine(marker, in: bytes) { bytes.removeSubrange(start ..< start + marker.count) }
        return [0x7B, 0x0A] + marker + bytes.dropFirst(2) + [0x0A]
    }

    /// Where `line` starts in `bytes` as a whole line (after a newline), or nil.
    /// Only line starts are compared, so this is O(n) with no allocation; the
    /// `firstRange(of:)` it replaces made an iterator per byte, which took half
    /// of a fuzz execution under AddressSanitizer and grew with the graph
    /// (the format line comes after every document and edge).
    static func topLevelLine(_ line: [UInt8], in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { text in
            line.withUnsafeBufferPointer { wanted in
                var index = 0
                while index + wanted.count <= text.count {
                    if index > 0 && text[index - 1] == 0x0A {
                        var same = true
                        for offset in 0 ..< wanted.count where text[index + offset] != wanted[offset] {
                            same = false
                            break
                        }
                        if same { return index }
                    }
                    index += 1
                }
                return nil
            }
        }
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
