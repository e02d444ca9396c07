import ActorGraph
import Testing

/// What every export must carry for each node and edge, compared field by field.
enum GraphExpectations {
    /// Checks a node read back from an export against the original.
    static func expectNode(
        _ original: Node, kind: String?, name: String?, aliases: [String], evidence: [Evidence],
        attributes: [String: String], in format: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(kind == original.kind.rawValue, "\(format): kind of \(original.id)", sourceLocation: sourceLocation)
        #expect(name == original.name, "\(format): name of \(original.id)", sourceLocation: sourceLocation)
        #expect(aliases == original.aliases, "\(format): aliases of \(original.id)", sourceLocation: sourceLocation)
        #expect(evidence == original.evidence, "\(format): evidence of \(original.id)", sourceLocation: sourceLocation)
        #expect(attributes == original.attributes, "\(format): attributes of \(original.id)", sourceLocation: sourceLocation)
    }

    /// Checks an edge read back from an export against the original.
    static func expectEdge(
        _ original: Edge, sign: Int?, weight: Double?, evidence: [Evidence], in format: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let label = "\(format): \(original.source) -[\(original.type.rawValue)]-> \(original.target)"
        #expect(sign == original.sign, "\(label) sign", sourceLocation: sourceLocation)
        #expect(weight == original.weight, "\(label) weight", sourceLocation: sourceLocation)
        #expect(evidence == original.evidence, "\(label) evidence", sourceLocation: sourceLocation)
    }
}
