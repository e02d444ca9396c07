import ActorGraph

/// Actors that sign one joint statement together act together: each pair of
/// its signatories (the actors it speaks for, Quotes/) `cooperatesWith` the
/// other, in the order the text names them, with the statement's first
/// mention as evidence ("France …, as well as Canada, said …, a joint
/// statement said" → France cooperatesWith Canada).
enum JointStatementRelations {
    static func find(mentions set: MentionSet, table: EntityTable, signatories: [Int: [Int]],
                     statements: [StatementFact]) -> [RelationFact] {
        var facts: [RelationFact] = []
        for (document, signers) in signatories.sorted(by: { $0.key < $1.key }) {
            guard statements.contains(where: { $0.speakers.contains(document) }),
                  let first = set.mentions.first(where: { $0.entity == document }) ?? set.mentions.first(where: { $0.kind == .document }) else { continue }
            let actors = signers.filter { table[$0].kind.isActor && !table[$0].isDocument }
            guard actors.count >= 2 else { continue }
            for i in actors.indices {
                for j in actors.indices where j > i && actors[i] != actors[j] {
                    facts.append(RelationFact(source: actors[i], target: actors[j], type: .cooperatesWith,
                                              sign: RelationType.cooperatesWith.polarity.rawValue, range: first.range))
                }
            }
        }
        return facts
    }
}
