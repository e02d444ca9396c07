import ActorGraph

/// Turns the parsed YAML tree of a facts file into a graph fragment.
struct FactsParser {
    let file: String
    let fileHash: String
    private var graph = Graph()
    private var documentID = ""
    private var lines: [String: Int] = [:]

    init(file: String, fileHash: String) {
        self.file = file
        self.fileHash = fileHash
    }

    private static let topLevelKeys: Set<String> = ["format", "document", "nodes", "statements", "relations"]

    mutating func parse(_ root: YAMLValue) throws(InputError) -> Graph {
        for entry in try root.mapping() where !Self.topLevelKeys.contains(entry.key) {
            throw InputError(
                file: file, line: entry.keyLine ?? entry.value.line, field: entry.key,
                message: "unknown section '\(entry.key)'; expected one of \(Self.topLevelKeys.sorted().joined(separator: ", "))")
        }
        if let format = try root.optional("format") {
            let name = try format.string()
            guard name == FactsReader.formatName else {
                throw format.error("is '\(name)', expected '\(FactsReader.formatName)'")
            }
        }
        try parseDocument(root.optional("document"))
        for item in try root.optional("nodes")?.list() ?? [] { try parseNode(item) }
        var statementCount: [String: Int] = [:]
        for item in try root.optional("statements")?.list() ?? [] { try parseStatement(item, counts: &statementCount) }
        for item in try root.optional("relations")?.list() ?? [] { try parseRelation(item) }
        return graph
    }

    private mutating func parseDocument(_ value: YAMLValue?) throws(InputError) {
        var document = Document(id: fileHash)
        if let value {
            try value.checkKeys(["id", "title", "date", "source", "url"])
            if let id = try value.optional("id") {
                let text = try id.string()
                guard text.hasPrefix("sha256:"), text.count == 71,
                      text.dropFirst(7).allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
                    throw id.error("is '\(text)'; expected sha256: and 64 lower-case hex digits")
                }
                document.id = text
            }
            document.title = try value.optional("title")?.string()
            document.date = try value.optional("date")?.string()
            document.source = try value.optional("source")?.string()
            document.url = try value.optional("url")?.string()
        }
        documentID = document.id
        graph.add(document)
    }

    private mutating func parseNode(_ value: YAMLValue) throws(InputError) {
        try value.checkKeys(["id", "kind", "name", "aliases", "attributes", "evidence"])
        let kindValue = try value.required("kind")
        let kindText = try kindValue.string()
        guard let kind = NodeKind(rawValue: kindText) else {
            throw kindValue.error("is '\(kindText)'; expected one of \(NodeKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let nameValue = try value.required("name")
        let name = try nameValue.string().trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw nameValue.error("is empty") }
        let idValue = try value.optional("id")
        let id = try idValue?.string() ?? NodeID.make(kind: kind, name: name)
        try checkID(id, kind: kind, at: idValue ?? value)
        var node = Node(id: id, kind: kind, name: name)
        node.addAliases(try value.optional("aliases")?.list(lenient: true).map { v throws(InputError) in try v.string() } ?? [])
        node.attributes = try attributes(value.optional("attributes"))
        node.evidence = try evidence(value.optional("evidence"))
        graph.merge(node, byName: false)
        lines[id] = value.line
    }

    private mutating func parseStatement(_ value: YAMLValue, counts: inout [String: Int]) throws(InputError) {
        try value.checkKeys(["id", "speaker", "speakers", "text", "quote", "about", "evidence"])
        var speakers: [String] = []
        if let one = try value.optional("speaker") { speakers.append(try resolve(one)) }
        for item in try value.optional("speakers")?.list(lenient: true) ?? [] { speakers.append(try resolve(item)) }
        guard !speakers.isEmpty else { throw value.error("has no speaker; give `speaker:` or `speakers:`") }
        let textValue = try value.required("text")
        let text = try textValue.string()
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw textValue.error("is empty") }
        var quote = "direct"
        if let quoteValue = try value.optional("quote") {
            quote = try quoteValue.string()
            guard quote == "direct" || quote == "indirect" else {
                throw quoteValue.error("is '\(quote)'; expected direct or indirect")
            }
        }
        let idValue = try value.optional("id")
        let id: String
        if let idValue {
            id = try idValue.string()
            try checkID(id, kind: .statement, at: idValue)
        } else {
            let slug = NodeID.slug(String(speakers[0].split(separator: ":").last ?? ""))
            counts[slug, default: 0] += 1
            id = "statement:\(slug)-\(counts[slug]!)"
            try checkID(id, kind: .statement, at: value)
        }
        let evidence = try evidence(value.optional("evidence"))
        var node = Node(id: id, kind: .statement, name: Self.shortName(text), attributes: ["text": text, "quote": quote])
        node.evidence = evidence
        graph.merge(node, byName: false)
        lines[id] = value.line
        for speaker in speakers {
            try add(Edge(source: speaker, target: id, type: .said, evidence: evidence), at: value)
        }
        for item in try value.optional("about")?.list(lenient: true) ?? [] {
            try item.checkKeys(["target", "sign"])
            let target = try resolve(item.required("target"))
            let sign = try sign(item.optional("sign")) ?? 0
            try add(Edge(source: id, target: target, type: .about, sign: sign, evidence: evidence), at: item)
        }
    }

    private mutating func parseRelation(_ value: YAMLValue) throws(InputError) {
        try value.checkKeys(["source", "target", "type", "sign", "weight", "evidence"])
        let source = try resolve(value.required("source"))
        let target = try resolve(value.required("target"))
        let typeValue = try value.required("type")
        let typeText = try typeValue.string()
        guard let type = RelationType(rawValue: typeText) else {
            throw typeValue.error("'\(typeText)' is not a relation type; the vocabulary is in the README (\"Relations\")")
        }
        var weight = 1.0
        if let weightValue = try value.optional("weight") {
            weight = try weightValue.double()
            guard weight >= 0 else { throw weightValue.error("is \(weight); expected a non-negative number") }
        }
        let edge = Edge(source: source, target: target, type: type, sign: try sign(value.optional("sign")),
                        weight: weight, evidence: try evidence(value.optional("evidence")))
        try add(edge, at: value)
    }

    private mutating func add(_ edge: Edge, at value: YAMLValue) throws(InputError) {
        do {
            try graph.merge(edge)
        } catch {
            throw value.error("\(error)")
        }
        if graph.edges[edge.key]?.weight.isFinite == false {
            throw value.error("the weights of this relation add up past the largest number")
        }
    }

    private func checkID(_ id: String, kind: NodeKind, at value: YAMLValue) throws(InputError) {
        guard NodeID.kind(of: id) == kind else {
            throw value.error("id '\(id)' must start with '\(kind.rawValue):'", field: value.field.hasSuffix(".id") ? value.field : value.field + ".id")
        }
        if graph.nodes[id] != nil {
            let first = lines[id].map { " (first at line \($0))" } ?? ""
            throw value.error("duplicate id '\(id)'\(first)")
        }
    }

    private func resolve(_ value: YAMLValue) throws(InputError) -> String {
        let text = try value.string()
        if let id = graph.resolve(text) { return id }
        throw value.error("'\(text)' is not the id, name or alias of a node in this file")
    }

    private func sign(_ value: YAMLValue?) throws(InputError) -> Int? {
        guard let value else { return nil }
        let sign = try value.int()
        guard (-1...1).contains(sign) else { throw value.error("is \(sign); expected -1, 0 or 1") }
        return sign
    }

    private func attributes(_ value: YAMLValue?) throws(InputError) -> [String: String] {
        guard let value else { return [:] }
        var out: [String: String] = [:]
        for entry in try value.mapping() { out[entry.key] = try entry.value.string() }
        return out
    }

    private func evidence(_ value: YAMLValue?) throws(InputError) -> [Evidence] {
        guard let value else { return [] }
        var out: [Evidence] = []
        for item in try value.list(lenient: true) {
            try item.checkKeys(["sentence", "start", "end", "excerpt"])
            let sentenceValue = try item.required("sentence")
            let sentence = try sentenceValue.int()
            guard sentence >= 0 else { throw sentenceValue.error("is \(sentence); expected 0 or more") }
            let start = try item.optional("start")?.int()
            let end = try item.optional("end")?.int()
            if let start, let end, start > end { throw item.error("start \(start) is after end \(end)") }
            if let start, start < 0 { throw item.error("start is \(start); expected 0 or more") }
            let excerpt = try item.optional("excerpt")?.string()
            out.append(Evidence(document: documentID, sentence: sentence, start: start, end: end, excerpt: excerpt))
        }
        return out
    }

    /// A statement's display name: its text, cut at a word boundary near 60 characters.
    static func shortName(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > 60 else { return flat }
        var cut = String(flat.prefix(60))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }
}
