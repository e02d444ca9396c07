import ActorGraph
import Foundation

/// Reads `actorgraph/1` JSON files, with errors that name the file, the line
/// and the field at fault.
public enum ActorGraphJSONReader {
    /// Whether JSON bytes are an `actorgraph/1` file rather than a facts file:
    /// the declared format when it is near the top (where our writer puts it),
    /// else the sections present (facts files have `relations` or `statements`).
    public static func recognizes(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = try? TextInput.decode(bytes, file: "") else { return false }
            return recognizes(Array(text.utf8))
        }
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        if head.contains("\"actorgraph/1\"") { return true }
        if head.contains("\"actorgraph-facts/1\"") { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        return !(text.contains("\"relations\"") || text.contains("\"statements\"")) && text.contains("\"edges\"")
    }

    /// Reads the file at `path`.
    public static func read(path: String) throws(InputError) -> Graph {
        try read(bytes: TextInput.bytes(ofFile: path), file: path)
    }

    /// Reads `bytes` as the contents of `file`.
    public static func read(bytes: [UInt8], file: String) throws(InputError) -> Graph {
        let text = try TextInput.decode(bytes, file: file)
        let utf8 = Array(text.utf8)
        if utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw InputError(file: file, line: 1, message: "empty file; expected an actorgraph/1 JSON object")
        }
        try NestingLimit.checkJSON(utf8, file: file)
        let decoded: ActorGraphFile
        do {
            decoded = try JSONDecoder().decode(ActorGraphFile.self, from: Data(utf8))
        } catch let error as DecodingError {
            throw JSONErrorLocator.inputError(for: error, in: utf8, file: file)
        } catch {
            throw InputError(file: file, message: "\(error)")
        }
        guard decoded.format == ActorGraphFile.formatName else {
            throw InputError(
                file: file, line: JSONErrorLocator.line(of: ["format"], in: utf8), field: "format",
                message: "is '\(decoded.format)', expected '\(ActorGraphFile.formatName)'")
        }
        var graph = Graph()
        for document in decoded.documents { graph.add(document) }
        for (i, node) in decoded.nodes.enumerated() {
            if graph.nodes[node.id] != nil {
                throw InputError(
                    file: file, line: JSONErrorLocator.line(of: ["nodes", .index(i), "id"], in: utf8), field: "nodes[\(i)].id",
                    message: "duplicate node id '\(node.id)'")
            }
            try validate(node, index: i, utf8: utf8, file: file)
            graph.merge(node, byName: false)
        }
        for (i, edge) in decoded.edges.enumerated() {
            try validate(edge, index: i, utf8: utf8, file: file)
            do {
                try graph.merge(edge)
            } catch {
                let end = graph.nodes[edge.source] == nil ? "source" : "target"
                throw InputError(
                    file: file, line: JSONErrorLocator.line(of: ["edges", .index(i), .key(end)], in: utf8),
                    field: "edges[\(i)].\(end)", message: "names unknown node '\(end == "source" ? edge.source : edge.target)'")
            }
            if graph.edges[edge.key]?.weight.isFinite == false {
                throw InputError(
                    file: file, line: JSONErrorLocator.line(of: ["edges", .index(i), "weight"], in: utf8)
                        ?? JSONErrorLocator.line(of: ["edges", .index(i)], in: utf8),
                    field: "edges[\(i)].weight", message: "the weights of this relation add up past the largest number")
            }
        }
        return graph
    }

    private static func validate(_ node: Node, index i: Int, utf8: [UInt8], file: String) throws(InputError) {
        if node.id.isEmpty {
            throw InputError(file: file, line: JSONErrorLocator.line(of: ["nodes", .index(i), "id"], in: utf8),
                             field: "nodes[\(i)].id", message: "is empty")
        }
        if node.name.isEmpty {
            throw InputError(file: file, line: JSONErrorLocator.line(of: ["nodes", .index(i), "name"], in: utf8),
                             field: "nodes[\(i)].name", message: "is empty")
        }
        try validate(node.evidence, at: ["nodes", .index(i)], utf8: utf8, file: file)
    }

    /// Evidence spans as the facts reader checks them: a sentence index and offsets of 0 or more, start ≤ end.
    private static func validate(_ evidence: [Evidence], at owner: [JSONErrorLocator.Step], utf8: [UInt8],
                                 file: String) throws(InputError) {
        for (k, item) in evidence.enumerated() {
            let path = owner + ["evidence", .index(k)]
            func fail(_ key: String, _ message: String) -> InputError {
                InputError(file: file, line: JSONErrorLocator.line(of: path + [.key(key)], in: utf8)
                               ?? JSONErrorLocator.line(of: path, in: utf8),
                           field: JSONErrorLocator.fieldName(path + [.key(key)]), message: message)
            }
            if item.sentence < 0 { throw fail("sentence", "is \(item.sentence); expected 0 or more") }
            if let start = item.start, start < 0 { throw fail("start", "is \(start); expected 0 or more") }
            if let end = item.end, end < 0 { throw fail("end", "is \(end); expected 0 or more") }
            if let start = item.start, let end = item.end, start > end {
                throw fail("start", "is \(start), after end \(end)")
            }
        }
    }

    private static func validate(_ edge: Edge, index i: Int, utf8: [UInt8], file: String) throws(InputError) {
        if !(-1...1).contains(edge.sign) {
            throw InputError(file: file, line: JSONErrorLocator.line(of: ["edges", .index(i), "sign"], in: utf8),
                             field: "edges[\(i)].sign", message: "is \(edge.sign); expected -1, 0 or 1")
        }
        if !edge.weight.isFinite || edge.weight < 0 {
            throw InputError(file: file, line: JSONErrorLocator.line(of: ["edges", .index(i), "weight"], in: utf8),
                             field: "edges[\(i)].weight", message: "is \(edge.weight); expected a non-negative number")
        }
        try validate(edge.evidence, at: ["edges", .index(i)], utf8: utf8, file: file)
    }
}
