/// The signed graph of actors that alliances are computed on (DESIGN.md,
/// "Analysis"): persons, organizations and countries, tied by
///
/// - *direct relations* between two actors with a sign (a cooperative
///   relation gives a + tie, a hostile one a − tie, neutral ones none);
/// - *shared missions*: two actors that both have a cooperative relation
///   with the same mission get a + tie, as strong as the weaker of the two
///   relations;
/// - *statements*: a speaker that `said` a statement which is `about` an
///   actor with a stance (the `about` edge's sign) gets a tie of that sign to
///   that actor, as strong as the weaker of the two edges.
///
/// Ties of the same sign between the same two actors add up (over relations
/// and documents) and keep all their evidence; a pair can have both a + and a
/// − tie. Actors without any signed tie are left out.
struct SignedActorGraph {
    /// A tie between actors `a < b` (positions in `actors`).
    struct Tie: Hashable {
        var a: Int
        var b: Int
        var sign: Int
        var weight: Double
        var evidence: [Evidence]
    }

    /// The actors with at least one tie, in graph order.
    var actors: [String]
    /// The ties, ordered by actors then sign (− before +).
    var ties: [Tie]

    init(_ graph: Graph) {
        var accumulated = [TieKey: (weight: Double, evidence: [Evidence])]()
        func add(_ x: String, _ y: String, sign: Int, weight: Double, evidence: [Evidence]) {
            guard x != y, sign != 0, weight > 0 else { return }
            let key = TieKey(x < y ? x : y, x < y ? y : x, sign: sign)
            let old = accumulated[key] ?? (0, [])
            accumulated[key] = (old.weight + weight, EvidenceSet.union(old.evidence, evidence))
        }
        func isActor(_ id: String) -> Bool { graph.nodes[id]?.kind.isActor ?? false }
        func kind(_ id: String) -> NodeKind? { graph.nodes[id]?.kind }

        // Per mission: each actor's cooperative weight and evidence. Per statement: speakers and stances.
        var missionPartners = [String: [String: (weight: Double, evidence: [Evidence])]]()
        var speakers = [String: [(actor: String, weight: Double, evidence: [Evidence])]]()
        var stances = [String: [(actor: String, sign: Int, weight: Double, evidence: [Evidence])]]()
        for edge in graph.edges.values {
            let (s, t) = (edge.source, edge.target)
            if isActor(s) && isActor(t) {
                add(s, t, sign: edge.sign.signum(), weight: edge.weight, evidence: edge.evidence)
            } else if edge.sign > 0, let (actor, mission) = Self.actorAndMission(s, t, kind) {
                let old = missionPartners[mission, default: [:]][actor] ?? (0, [])
                missionPartners[mission, default: [:]][actor] =
                    (old.weight + edge.weight, EvidenceSet.union(old.evidence, edge.evidence))
            } else if edge.type == .said, isActor(s), kind(t) == .statement {
                speakers[t, default: []].append((s, edge.weight, edge.evidence))
            } else if edge.type == .about, kind(s) == .statement, isActor(t), edge.sign != 0 {
                stances[s, default: []].append((t, edge.sign.signum(), edge.weight, edge.evidence))
            }
        }
        for (_, partners) in missionPartners.sorted(by: { $0.key < $1.key }) {
            let list = partners.sorted { $0.key < $1.key }
            for i in list.indices {
                for j in list.indices where j > i {
                    add(list[i].key, list[j].key, sign: 1, weight: min(list[i].value.weight, list[j].value.weight),
                        evidence: EvidenceSet.union(list[i].value.evidence, list[j].value.evidence))
                }
            }
        }
        for (statement, said) in speakers.sorted(by: { $0.key < $1.key }) {
            for speaker in said {
                for stance in stances[statement] ?? [] {
                    add(speaker.actor, stance.actor, sign: stance.sign, weight: min(speaker.weight, stance.weight),
                        evidence: EvidenceSet.union(speaker.evidence, stance.evidence))
                }
            }
        }

        var involved = Set<String>()
        for key in accumulated.keys {
            involved.insert(key.x)
            involved.insert(key.y)
        }
        actors = graph.nodes.keys.filter { involved.contains($0) }
        var position = [String: Int]()
        for (i, id) in actors.enumerated() { position[id] = i }
        ties = accumulated.compactMap { key, value in
            guard let i = position[key.x], let j = position[key.y] else { return nil }
            return Tie(a: min(i, j), b: max(i, j), sign: key.sign, weight: value.weight, evidence: value.evidence)
        }
        .sorted { ($0.a, $0.b, $0.sign) < ($1.a, $1.b, $1.sign) }
    }

    /// Builds a signed graph directly (tests, and ties computed elsewhere).
    init(actors: [String], ties: [Tie]) {
        self.actors = actors
        self.ties = ties
    }

    /// The actor and the mission of a relation between one of each, in either direction.
    private static func actorAndMission(_ s: String, _ t: String, _ kind: (String) -> NodeKind?) -> (String, String)? {
        if kind(s)?.isActor == true && kind(t) == .mission { return (s, t) }
        if kind(t)?.isActor == true && kind(s) == .mission { return (t, s) }
        return nil
    }

    /// The total weight of all ties.
    var totalWeight: Double { ties.reduce(0) { $0 + $1.weight } }

    /// The ties a partition violates: hostile inside a bloc, cooperative across blocs.
    func violations(_ bloc: [Int]) -> [Tie] {
        ties.filter { ($0.sign < 0) == (bloc[$0.a] == bloc[$0.b]) }
    }

    /// The cost of putting two actors together (their hostile weight) and apart
    /// (their cooperative weight), as dense n × n matrices.
    func costMatrices() -> (together: [Double], apart: [Double]) {
        let n = actors.count
        var together = [Double](repeating: 0, count: n * n)
        var apart = [Double](repeating: 0, count: n * n)
        for tie in ties {
            if tie.sign < 0 {
                together[tie.a * n + tie.b] += tie.weight
                together[tie.b * n + tie.a] += tie.weight
            } else {
                apart[tie.a * n + tie.b] += tie.weight
                apart[tie.b * n + tie.a] += tie.weight
            }
        }
        return (together, apart)
    }
}

/// An unordered pair of actor ids (x < y) and a sign.
private struct TieKey: Hashable {
    var x: String
    var y: String
    var sign: Int

    init(_ x: String, _ y: String, sign: Int) {
        self.x = x
        self.y = y
        self.sign = sign
    }
}
