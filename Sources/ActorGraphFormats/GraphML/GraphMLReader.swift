import ActorGraph
import Foundation

/// Reads GraphML into a graph: the files `GraphMLWriter` writes (the round
/// trip gives back the same graph) and GraphML from other tools that follows
/// the same conventions. Errors name the file and the line.
///
/// Node fields come from the keys named (`attr.name`) `kind`, `name`,
/// `aliases` (a JSON array of strings) and `evidence` (the `actorgraph/1`
/// evidence array as JSON); every other node key is a free attribute, its
/// name without one `attr.` prefix. A node without a `kind` key takes the
/// kind of an id `kind:slug`; without `name`, its `label`, else its id.
/// Edge fields: `type` (or `label`, or `relation`) from the relation
/// vocabulary, `sign` (−1, 0, 1; default the type's polarity), `weight`
/// (non-negative; default 1), `evidence`. The graph keys `documents` (JSON)
/// give the document records. Undirected GraphML edges are read as going
/// from `source` to `target`. Key defaults (`<default>`) apply.
public enum GraphMLReader {
    /// Reads the GraphML file at `path`.
    public static func read(path: String) throws(InputError) -> Graph {
        try read(bytes: TextInput.bytes(ofFile: path), file: path)
    }

    /// Reads `bytes` as the GraphML contents of `file`.
    public static func read(bytes: [UInt8], file: String) throws(InputError) -> Graph {
        let text = try TextInput.decode(bytes, file: file)
        let utf8 = Array(text.utf8)
        if utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw InputError(file: file, line: 1, message: "empty file; expected a GraphML document")
        }
        let transcoded = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        let declared = try GraphMLDocument.withoutEncodingDeclaration(utf8, transcodedFromUTF16: transcoded, file: file)
        let document = try GraphMLDocument.parse(declared, file: file)
        return try GraphMLAssembler(document: document, file: file).graph()
    }
}

/// Turns a parsed GraphML document into a graph, checking every value.
private struct GraphMLAssembler {
    let document: GraphMLDocument
    let file: String

    func graph() throws(InputError) -> Graph {
        var graph = Graph()
        for (key, value, line) in document.graphData where name(of: key, for: "graph") == "documents" {
            for record in try decode([Document].self, value, line: line, what: "the graph's documents") {
                graph.add(record)
            }
        }
        for element in document.nodes {
            let node = try node(element)
            if graph.nodes[node.id] != nil {
                throw InputError(file: file, line: element.line, message: "duplicate node id '\(node.id)'")
            }
            graph.merge(node, byName: false)
        }
        for element in document.edges {
            let edge = try edge(element)
            do {
                try graph.merge(edge)
            } catch {
                let missing = graph.nodes[edge.source] == nil ? edge.source : edge.target
                throw InputError(file: file, line: element.line, message: "edge names unknown node '\(missing)'")
            }
        }
        return graph
    }

    private func name(of key: String, for domain: String) -> String? {
        guard let declared = document.keys[key] else { return nil }
        return declared.domain == domain || declared.domain == "all" ? declared.name : nil
    }

    /// The element's values by key name, defaults first; a `<data>` with an undeclared key is an error.
    private func fields(_ element: GraphMLDocument.Element, domain: String) throws(InputError) -> [String: (value: String, line: Int)] {
        var fields: [String: (value: String, line: Int)] = [:]
        for (_, key) in document.keys where key.domain == domain || key.domain == "all" {
            if let value = key.defaultValue { fields[key.name] = (value, element.line) }
        }
        for (key, value, line) in element.data {
            guard let name = name(of: key, for: domain) else {
                throw InputError(file: file, line: line, message: "<data key=\"\(key)\"> names no <key> declared for \(domain)s")
            }
            fields[name] = (value, line)
        }
        return fields
    }

    private func node(_ element: GraphMLDocument.Element) throws(InputError) -> Node {
        let id = element.attributes["id"] ?? ""
        var fields = try fields(element, domain: "node")
        if id.isEmpty { throw InputError(file: file, line: element.line, message: "a node has an empty id") }
        let kind: NodeKind
        if let given = fields.removeValue(forKey: "kind") {
            guard let known = NodeKind(rawValue: given.value) else {
                throw InputError(file: file, line: given.line, message: "node '\(id)': kind '\(given.value)' is not one of "
                                 + NodeKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            kind = known
        } else if let fromID = NodeID.kind(of: id) {
            kind = fromID
        } else {
            throw InputError(file: file, line: element.line, message: "node '\(id)' has no kind: give it a 'kind' key ("
                             + NodeKind.allCases.map(\.rawValue).joined(separator: ", ") + ") or an id 'kind:slug'")
        }
        let nameField = fields.removeValue(forKey: "name")
        let labelField = fields.removeValue(forKey: "label")
        let name = nameField?.value ?? labelField?.value ?? id
        if name.isEmpty { throw InputError(file: file, line: nameField?.line ?? element.line, message: "node '\(id)' has an empty name") }
        var aliases: [String] = []
        if let field = fields.removeValue(forKey: "aliases") {
            aliases = try decode([String].self, field.value, line: field.line, what: "node '\(id)': aliases (a JSON array of strings)")
        }
        var evidence: [Evidence] = []
        if let field = fields.removeValue(forKey: "evidence") {
            evidence = try self.evidence(field.value, line: field.line, owner: "node '\(id)'")
        }
        if let labelField, nameField != nil { fields["label"] = labelField }
        var attributes: [String: String] = [:]
        for (column, field) in fields { attributes[AttributeNames.attribute(forColumn: column)] = field.value }
        return Node(id: id, kind: kind, name: name, aliases: aliases, attributes: attributes, evidence: evidence)
    }

    private func edge(_ element: GraphMLDocument.Element) throws(InputError) -> Edge {
        let source = element.attributes["source"] ?? "", target = element.attributes["target"] ?? ""
        let fields = try fields(element, domain: "edge")
        let what = "edge \(source) -> \(target)"
        guard let typeField = fields["type"] ?? fields["label"] ?? fields["relation"] else {
            throw InputError(file: file, line: element.line, message: "\(what) has no relation type: give it a 'type' key")
        }
        guard let type = RelationType(rawValue: typeField.value) else {
            throw InputError(file: file, line: typeField.line, message: "\(what): type '\(typeField.value)' is not in the relation vocabulary ("
                             + RelationType.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        var sign: Int?
        if let field = fields["sign"] {
            guard let value = Int(field.value.trimmingCharacters(in: .whitespaces)) ?? Double(field.value).flatMap(Int.init(exactly:)),
                  (-1...1).contains(value) else {
                throw InputError(file: file, line: field.line, message: "\(what): sign is '\(field.value)'; expected -1, 0 or 1")
            }
            sign = value
        }
        var weight = 1.0
        if let field = fields["weight"] {
            guard let value = Double(field.value.trimmingCharacters(in: .whitespaces)), value.isFinite, value >= 0 else {
                throw InputError(file: file, line: field.line, message: "\(what): weight is '\(field.value)'; expected a non-negative number")
            }
            weight = value
        }
        var evidence: [Evidence] = []
        if let field = fields["evidence"] {
            evidence = try self.evidence(field.value, line: field.line, owner: what)
        }
        return Edge(source: source, target: target, type: type, sign: sign, weight: weight, evidence: evidence)
    }

    /// Evidence JSON, checked as the other readers check it: sentence and offsets of 0 or more, start ≤ end.
    private func evidence(_ text: String, line: Int, owner: String) throws(InputError) -> [Evidence] {
        let items = try decode([Evidence].self, text, line: line, what: "\(owner): evidence (a JSON array of evidence objects)")
        for item in items {
            let problem: String? =
                item.sentence < 0 ? "sentence is \(item.sentence); expected 0 or more"
                : (item.start ?? 0) < 0 || (item.end ?? 0) < 0 ? "offsets must be 0 or more"
                : item.start.flatMap { s in item.end.map { e in s > e ? "start \(s) is after end \(e)" : nil } } ?? nil
            if let problem { throw InputError(file: file, line: line, message: "\(owner): evidence: \(problem)") }
        }
        return items
    }

    private func decode<T: Decodable>(_ type: T.Type, _ text: String, line: Int, what: String) throws(InputError) -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw InputError(file: file, line: line, message: "\(what) is not valid: \(Self.reason(error))")
        }
    }

    private static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.keyNotFound(_, let context), DecodingError.dataCorrupted(let context):
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return (path.isEmpty ? "" : "at \(path): ") + context.debugDescription
        default:
            return "\(error)"
        }
    }
}
