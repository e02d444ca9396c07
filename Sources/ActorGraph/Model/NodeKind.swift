/// The kind of a node in the relation graph.
///
/// *Actors* are persons, organizations and countries; missions and statements
/// are the other two kinds (DESIGN.md, "The model").
public enum NodeKind: String, Codable, CaseIterable, Sendable, Comparable {
    case person
    case organization
    case country
    case mission
    case statement

    /// Whether nodes of this kind are actors (persons, organizations, countries).
    public var isActor: Bool {
        switch self {
        case .person, .organization, .country: return true
        case .mission, .statement: return false
        }
    }

    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
