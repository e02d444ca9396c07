import ActorGraph

/// Relations that follow from how things are named rather than from a verb:
/// "France's Barkhane" and "the UN's MINUSMA mission" (the owner leads the
/// mission), a government or armed forces and their country (`partOf`), the
/// lexicon's `lead=` and `partOf=` facts when both ends appear in the text,
/// and the roles persons hold (`holdsRole`, or `leads` for head, leader,
/// commander).
enum StructuralRelations {
    static func find(doc: DocumentText, lexicon: LexiconIndex, mentions set: MentionSet, table: EntityTable) -> [RelationFact] {
        var facts: [RelationFact] = []
        var firstMention: [Int: Int] = [:]
        for (index, mention) in set.mentions.enumerated() {
            if let e = mention.entity, firstMention[e] == nil { firstMention[e] = index }
        }
        // "France's Barkhane", "the EU's EUTM training mission".
        for mention in set.mentions where mention.kind == .named || mention.kind == .mission {
            guard let m = mention.entity, table[m].kind == .mission, mention.start >= 2,
                  doc.tokens[mention.start - 1].kind == .possessive,
                  let owner = set.mention(at: mention.start - 2), let o = set.mentions[owner].entity,
                  table[o].kind.isActor, o != m else { continue }
            facts.append(RelationFact(source: o, target: m, type: .leads, sign: 1,
                                      range: set.mentions[owner].start..<mention.end))
        }
        // Governments and armed forces belong to their country.
        for (index, entity) in table.list.enumerated() {
            guard let country = entity.country, let mention = firstMention[index] else { continue }
            let countryID = NodeID.make(kind: .country, name: lexicon.entities[country].name)
            guard let c = table.index(of: countryID) else { continue }
            facts.append(RelationFact(source: index, target: c, type: .partOf, sign: 0, range: set.mentions[mention].range))
        }
        // Lexicon facts: a mission's lead, an organ's parent.
        for (index, entity) in table.list.enumerated() {
            guard let lexIndex = entity.lexicon, let mention = firstMention[index] else { continue }
            let known = lexicon.entities[lexIndex]
            for (key, type) in [("lead", RelationType.leads), ("partOf", RelationType.partOf)] {
                guard let other = known.attributes[key],
                      let o = lexicon.entities.firstIndex(where: { $0.name == other }),
                      let kind = lexicon.entities[o].kind.nodeKind,
                      let target = table.index(of: NodeID.make(kind: kind, name: lexicon.entities[o].name)) else { continue }
                let fact = type == .leads
                    ? RelationFact(source: target, target: index, type: .leads, sign: 1, range: set.mentions[mention].range)
                    : RelationFact(source: index, target: target, type: .partOf, sign: 0, range: set.mentions[mention].range)
                facts.append(fact)
            }
        }
        // Roles.
        for claim in set.claims where !claim.role.title.isRank {
            guard let a = claim.affiliation, let person = set.mentions[claim.person].entity,
                  let affiliation = set.mentions[a].entity, person != affiliation else { continue }
            let type: RelationType = claim.role.title.leads ? .leads : .holdsRole
            let p = set.mentions[claim.person]
            let start = min(p.start, claim.role.range.lowerBound, set.mentions[a].start)
            let end = max(p.end, claim.role.range.upperBound, set.mentions[a].end)
            facts.append(RelationFact(source: person, target: affiliation, type: type, sign: type.polarity.rawValue, range: start..<end))
        }
        return facts
    }
}
