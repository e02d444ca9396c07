/// The result of an alliance analysis, encoded as the `actorgraph alliances
/// --format json` machine form (DESIGN.md, "The command line").
public struct AllianceReport: Codable, Equatable, Sendable {
    /// A group of actors that stand together.
    public struct Bloc: Codable, Equatable, Sendable {
        /// 1 for the largest bloc, then 2, 3…
        public var id: Int
        /// The actors' ids, sorted.
        public var members: [String]
        /// The missions whose cooperating actors are mostly in this bloc, sorted.
        public var missions: [String]

        /// Creates a bloc.
        public init(id: Int, members: [String], missions: [String] = []) {
            self.id = id
            self.members = members
            self.missions = missions
        }
    }

    /// A tie that breaks the partition: hostile inside a bloc or cooperative between blocs.
    public struct Violation: Codable, Equatable, Sendable {
        /// One actor (the one first in graph order).
        public var source: String
        /// The other actor.
        public var target: String
        /// −1 hostile, +1 cooperative.
        public var sign: Int
        /// The tie's summed weight: what it adds to the frustration.
        public var weight: Double
        /// Where the relations behind the tie were stated.
        public var evidence: [Evidence]

        /// Creates a violation record.
        public init(source: String, target: String, sign: Int, weight: Double, evidence: [Evidence] = []) {
            self.source = source
            self.target = target
            self.sign = sign
            self.weight = weight
            self.evidence = evidence
        }
    }

    /// `balance` or `louvain`.
    public var method: String
    /// The blocs, largest first (ties: by first member id).
    public var blocs: [Bloc]
    /// The summed weight of the violating ties.
    public var frustration: Double
    /// `1 − frustration / total tie weight`; 1 when there are no ties.
    public var balance: Double
    /// The violating ties, heaviest first (ties: by source, then target).
    public var violations: [Violation]
    /// Whether the partition is proven to have the least frustration possible
    /// (branch and bound finished); false for heuristic and Louvain partitions.
    public var exact: Bool

    /// Creates a report.
    public init(method: String, blocs: [Bloc], frustration: Double, balance: Double, violations: [Violation], exact: Bool) {
        self.method = method
        self.blocs = blocs
        self.frustration = frustration
        self.balance = balance
        self.violations = violations
        self.exact = exact
    }
}
