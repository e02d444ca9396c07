import ActorGraph

/// Relations that follow from how things are named rather than from a verb:
/// "France's Barkhane" and "the UN's MINUSMA mission" (the owner leads the
/// mission), a government and its country (`leads`), armed forces and theirs
/// (`partOf`), the lexicon's `lead=`, `partOf=` and `country=` facts (a
/// mission's country: `deployedIn`; an organization's: `locatedIn`) when both
/// ends appear in the text,
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
        // A government leads its country; armed forces are part of theirs.
        for (index, entity) in table.list.enumerated() {
            guard let country = entity.country, let mention = firstMention[index] else { continue }
            // "the army" alone does not make its forces a node (GraphAssembler): nor does this relation.
            if !entity.isGovernment, !set.mentions.contains(where: { $0.entity == index && $0.lexicon != nil }) { continue }
            let countryID = NodeID.make(kind: .country, name: lexicon.entities[country].name)
            guard let c = table.index(of: countryID) else { continue }
            let type: RelationType = entity.isGovernment ? .leads : .partOf
            facts.append(RelationFact(source: index, target: c, type: type, sign: type.polarity.rawValue,
                                      range: set.mentions[mention].range))
        }
        // Lexicon facts: a mission's lead, an organ's parent.
        for (index, entity) in table.list.enumerated() {
            guard let lexIndex = entity.lexicon, let mention = firstMention[index] else { continue }
            let known = lexicon.entities[lexIndex]
            let countryType: RelationType = entity.kind == .mission ? .deployedIn : .locatedIn
            for (key, type) in [("lead", RelationType.leads), ("partOf", RelationType.partOf), ("country", countryType)] {
                guard let other = known.attributes[key],
                      let o = lexicon.entities.firstIndex(where: { $0.name == other }),
                      let kind = lexicon.entities[o].kind.nodeKind,
                      let target = table.index(of: NodeID.make(kind: kind, name: lexicon.entities[o].name)) else { continue }
                let fact = type == .leads
                    ? RelationFact(source: target, target: index, type: .leads, sign: 1, range: set.mentions[mention].range)
                    : RelationFact(source: index, target: target, type: type, sign: type.polarity.rawValue,
                                   range: set.mentions[mention].range)
                facts.append(fact)
            }
        }
        // Unnamed groups: "France and its European partners" (the owner is allied with them),
        // "Islamist insurgents in Mali" (an armed group is where the text places it).
        for mention in set.mentions where mention.kind == .group {
            guard let g = mention.entity else { continue }
            if let owner = table[g].owner, table[g].attributes["type"] == "coalition", let token = mention.ownerToken,
               mention.start - token <= 2 {
                facts.append(RelationFact(source: owner, target: g, type: .alliedWith, sign: 1, range: token..<mention.end))
            }
            if table[g].attributes["type"] == "armed group", mention.end + 1 < doc.tokens.count,
               doc.tokens[mention.end].lower == "in", let c = set.mention(at: mention.end + 1),
               let country = set.mentions[c].entity, table[country].kind == .country, set.mentions[c].start == mention.end + 1 {
                facts.append(RelationFact(source: g, target: country, type: .locatedIn, sign: 0,
                                          range: mention.start..<set.mentions[c].end))
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
