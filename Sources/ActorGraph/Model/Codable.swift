// The `actorgraph/1` field rules for nodes and edges: optional fields take
// their defaults when reading (other tools write lean files), and empty
// collections are left out when writing.

extension Node: Codable {
    private enum CodingKeys: String, CodingKey { case id, kind, name, aliases, attributes, evidence }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            kind: try c.decode(NodeKind.self, forKey: .kind),
            name: try c.decode(String.self, forKey: .name),
            aliases: try c.decodeIfPresent([String].self, forKey: .aliases) ?? [],
            attributes: try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:],
            evidence: try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(name, forKey: .name)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(attributes, forKey: .attributes)
        if !evidence.isEmpty { try c.encode(evidence, forKey: .evidence) }
    }
}

extension Edge: Codable {
    private enum CodingKeys: String, CodingKey { case source, target, type, sign, weight, evidence }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            source: try c.decode(String.self, forKey: .source),
            target: try c.decode(String.self, forKey: .target),
            type: try c.decode(RelationType.self, forKey: .type),
            sign: try c.decodeIfPresent(Int.self, forKey: .sign),
            weight: try c.decodeIfPresent(Double.self, forKey: .weight) ?? 1,
            evidence: try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(target, forKey: .target)
        try c.encode(type, forKey: .type)
        try c.encode(sign, forKey: .sign)
        try c.encode(weight, forKey: .weight)
        try c.encode(evidence, forKey: .evidence)
    }
}
