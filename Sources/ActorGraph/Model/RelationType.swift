/// The closed vocabulary of relation types, each with its default polarity.
///
/// An edge carries its own `sign`, which normally equals the type's polarity;
/// `about` edges take the stance of the statement instead (−1, 0 or +1).
/// The vocabulary is documented in the README ("Relations"); a reader that
/// meets a type outside it reports an error naming the file and line.
public enum RelationType: String, Codable, CaseIterable, Sendable, Comparable {
    // Cooperative (+1)
    case leads
    case participatesIn
    case memberOf
    case alliedWith
    case supports
    case cooperatesWith
    case trains
    case hosts
    // Neutral (0)
    case deployedIn
    case holdsRole
    case partOf
    case locatedIn
    case said
    case about
    case mentions
    case meetsWith
    case negotiatesWith
    // Hostile (−1)
    case withdrawsFrom
    case opposes
    case obstructs
    case expels
    case sanctions
    case criticizes
    case accuses
    case rejects
    case attacks
    case suspends
    case threatens

    /// The sign an edge of this type has unless it says otherwise.
    public var polarity: Polarity {
        switch self {
        case .leads, .participatesIn, .memberOf, .alliedWith, .supports, .cooperatesWith, .trains, .hosts:
            return .cooperative
        case .deployedIn, .holdsRole, .partOf, .locatedIn, .said, .about, .mentions, .meetsWith, .negotiatesWith:
            return .neutral
        case .withdrawsFrom, .opposes, .obstructs, .expels, .sanctions, .criticizes, .accuses, .rejects,
            .attacks, .suspends, .threatens:
            return .hostile
        }
    }

    /// A one-line definition, used by `--help` texts, the README and exports.
    public var definition: String {
        switch self {
        case .leads: return "the source commands or heads the target (a mission, an organization, a country)"
        case .participatesIn: return "the source takes part in the target mission or operation"
        case .memberOf: return "the source is a member of the target organization or coalition"
        case .alliedWith: return "the source and target act as allies"
        case .supports: return "the source helps, backs or funds the target"
        case .cooperatesWith: return "the source works alongside the target"
        case .trains: return "the source trains the target's forces"
        case .hosts: return "the source hosts the target's troops or mission"
        case .deployedIn: return "the source (troops, mission) is stationed in the target country"
        case .holdsRole: return "the source person holds a role in the target organization or country"
        case .partOf: return "the source is a part or organ of the target"
        case .locatedIn: return "the source is based in the target"
        case .said: return "the source made the target statement"
        case .about: return "the statement concerns the target; the sign is the stance"
        case .mentions: return "the source names the target without a stance"
        case .meetsWith: return "the source meets the target"
        case .negotiatesWith: return "the source negotiates with the target"
        case .withdrawsFrom: return "the source pulls out of the target country or mission"
        case .opposes: return "the source stands against the target"
        case .obstructs: return "the source hinders the target's work"
        case .expels: return "the source expels the target (an envoy, troops, a mission)"
        case .sanctions: return "the source imposes sanctions on the target"
        case .criticizes: return "the source criticizes or condemns the target"
        case .accuses: return "the source accuses the target"
        case .rejects: return "the source rejects the target or its demands"
        case .attacks: return "the source attacks the target"
        case .suspends: return "the source suspends the target or its membership"
        case .threatens: return "the source threatens the target"
        }
    }

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool { lhs.rawValue < rhs.rawValue }
}
