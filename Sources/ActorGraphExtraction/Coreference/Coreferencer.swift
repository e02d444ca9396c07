import ActorGraph

/// Resolves mentions to document entities: lexicon names to their entry, a
/// demonym to its country, a surname to the full name seen before, a
/// government noun to one organization per country ("the junta", "Malian
/// transitional authorities" → `organization:mali-government`), a capital to
/// that government where the text has one (else to the country), and a role
/// without a name to the person who holds it ("the French president").
/// Pronouns and speaking documents are resolved where they speak (Quotes/).
struct Coreferencer {
    let doc: DocumentText
    let lex: LexiconIndex
    var table = EntityTable()
    private var personByName: [String: Int] = [:]
    private var personBySurname: [String: Int] = [:]
    private var juntaCountries: Set<Int> = []
    private var contextNames: [String: Int] = [:]
    /// Ministries named so far: their portfolio, the country named with them, their entity.
    private var ministries: [(portfolio: String, country: Int?, entity: Int)] = []
    /// Regions' governments named so far, by their lowercase words.
    private var regionalGovernments: [(words: [String], entity: Int)] = []
    /// The words of each person's name, in order of first mention.
    private var personWords: [(words: [String], entity: Int)] = []

    init(doc: DocumentText, lexicon: LexiconIndex) {
        self.doc = doc
        self.lex = lexicon
    }

    /// Resolves the mentions in place and returns the entity table.
    /// - Parameter documentKey: the short document key that unnamed groups' ids carry (they are this document's alone).
    static func resolve(_ set: inout MentionSet, doc: DocumentText, lexicon: LexiconIndex,
                        documentKey: String = "doc") -> EntityTable {
        var resolver = Coreferencer(doc: doc, lexicon: lexicon)
        resolver.resolveNames(&set)
        resolver.resolveGroups(&set, documentKey: documentKey)
        resolver.joinEarlySurnames(&set)
        resolver.resolveGovernments(&set)
        resolver.resolveCapitals(&set)
        resolver.applyRoles(set)
        resolver.tiePersonsToCountries(set)
        resolver.resolveRoleDescriptions(&set)
        resolver.resolveOrganizationReferences(&set)
        resolver.nameGovernments()
        return resolver.table
    }

    // MARK: names

    private mutating func resolveNames(_ set: inout MentionSet) {
        for index in set.mentions.indices {
            let mention = set.mentions[index]
            switch mention.kind {
            case .named, .demonym:
                guard let lexIndex = mention.lexicon else { continue }
                let entity = lex.entities[lexIndex]
                guard let kind = entity.kind.nodeKind, let id = lex.entityIDs[lexIndex] else { continue }
                let e = table.intern(id) {
                    var made = DocEntity(id: id, kind: kind, name: entity.name)
                    made.lexicon = lexIndex
                    made.attributes = Self.nodeAttributes(entity)
                    return made
                }
                table.addAlias(mention.kind == .demonym ? doc.text(tokens: mention.range) : mention.name, to: e)
                set.mentions[index].entity = e
            case .person:
                let e = person(mention)
                set.mentions[index].entity = e
                // Jimmy “Barbecue” Cherizier: the nickname is another name for the person.
                if !mention.detail.isEmpty { table.addAlias(mention.detail, to: e) }
            case .organization, .mission:
                let kind: NodeKind = mention.kind == .mission ? .mission : .organization
                let e: Int
                if let known = contextNames[mention.name] {
                    e = known
                } else if let earlier = alsoKnownAs(index, in: set) {
                    // "Africa Corps, also known as the Russian Expeditionary Corps (REK)": one organization.
                    e = earlier
                    contextNames[mention.name] = e
                    table.addAlias(mention.name, to: e)
                } else if let portfolio = MinistryName.portfolio(of: mention.name),
                          let earlier = sameMinistry(portfolio, country: countryBefore(mention, in: set)) {
                    // "Sudan’s Ministry of Foreign Affairs …" then "The Foreign Ministry urged": one ministry.
                    e = earlier
                    contextNames[mention.name] = e
                    table.addAlias(mention.name, to: e)
                } else {
                    let name = EntityTable.clean(mention.name)
                    let id = NodeID.make(kind: kind, name: name)
                    e = table.intern(id) { DocEntity(id: id, kind: kind, name: name) }
                    contextNames[mention.name] = e
                    if let portfolio = MinistryName.portfolio(of: mention.name) {
                        ministries.append((portfolio, countryBefore(mention, in: set), e))
                    }
                }
                if !mention.detail.isEmpty { table.addAlias(mention.detail, to: e) }
                set.mentions[index].entity = e
            case .forces:
                guard let country = mention.lexicon else { continue }
                let e = forces(of: country)
                table.addAlias(Self.withoutArticle(mention.name), to: e)
                set.mentions[index].entity = e
            default:
                continue
            }
        }
    }

    /// The ministry named before with this portfolio whose country (if both are given) is this one's;
    /// the one named last if several are.
    private func sameMinistry(_ portfolio: String, country: Int?) -> Int? {
        ministries.last(where: { $0.portfolio == portfolio && ($0.country == nil || country == nil || $0.country == country) })?
            .entity
    }

    /// The country (lexicon index) named right before a mention: "Sudan’s Ministry …", "the Sudanese Foreign
    /// Ministry".
    private func countryBefore(_ mention: Mention, in set: MentionSet) -> Int? {
        var k = mention.start - 1
        if k >= 0, doc.tokens[k].kind == .possessive { k -= 1 }
        guard let m = set.mention(at: k), let country = set.mentions[m].lexicon,
              set.mentions[m].kind == .named || set.mentions[m].kind == .demonym,
              lex.entities[country].kind == .country
        else { return nil }
        return country
    }

    /// The organization that a "known as" phrase right before mention `index` renames:
    /// "X, also known as Y", "X – known as the Y –", "X, formerly Y", "X, rebranded as Y".
    private func alsoKnownAs(_ index: Int, in set: MentionSet) -> Int? {
        var k = set.mentions[index].start - 1
        // "known as the Russian Expeditionary Corps": over an article and a demonym.
        while k >= 0, doc.tokens[k].lower == "the" || set.mention(at: k).map({ set.mentions[$0].kind == .demonym }) == true {
            k -= 1
        }
        guard k >= 1 else { return nil }
        let w = doc.tokens[k].lower
        let renaming = (w == "as" && ["known", "called", "dubbed", "renamed", "rebranded", "named"].contains(doc.tokens[k - 1].lower))
            || w == "formerly" || w == "alias"
        guard renaming else { return nil }
        var m = index - 1
        while m >= 0, set.mentions[index].start - set.mentions[m].end <= 6 {
            let other = set.mentions[m]
            if let e = other.entity, table[e].kind == .organization, other.kind == .named || other.kind == .organization {
                return e
            }
            m -= 1
        }
        return nil
    }

    /// Group nouns: one unnamed organization per family and document ("Islamist
    /// insurgents", later "jihadis" and "terrorist groups"), named by its first
    /// mention; its owner ("France and its European partners") is kept for the
    /// `alliedWith` relation.
    private mutating func resolveGroups(_ set: inout MentionSet, documentKey: String) {
        var byFamily: [String: Int] = [:]
        for index in set.mentions.indices where set.mentions[index].kind == .group {
            let mention = set.mentions[index]
            // "militants linked to al-Qaeda": the named group they belong to.
            if let named = linkedOrganization(after: mention.end, in: set) {
                set.mentions[index].entity = named
                continue
            }
            let e: Int
            if let known = byFamily[mention.detail] {
                e = known
                table.addAlias(mention.name, to: e)
            } else {
                let name = EntityTable.clean(mention.name.prefix(1).uppercased() + mention.name.dropFirst())
                let id = "organization:\(documentKey)-\(NodeID.slug(name))"
                let type = lex.groupFamilies[mention.detail]?.type ?? "armed"
                e = table.intern(id) {
                    var made = DocEntity(id: id, kind: .organization, name: name)
                    made.isGroup = true
                    made.attributes["unnamed"] = "yes"
                    made.attributes["type"] = type == "coalition" ? "coalition" : "armed group"
                    return made
                }
                byFamily[mention.detail] = e
            }
            set.mentions[index].entity = e
            if let token = mention.ownerToken, table[e].owner == nil { table[e].owner = owner(at: token, of: index, in: set) }
        }
    }

    /// The organization named after "linked to", "affiliated with", "loyal to" at `k`.
    private func linkedOrganization(after k: Int, in set: MentionSet) -> Int? {
        guard k + 2 < doc.tokens.count, MentionFinder.linkWords.contains(doc.tokens[k].lower),
              ["to", "with"].contains(doc.tokens[k + 1].lower) else { return nil }
        var m = k + 2
        if m < doc.tokens.count, doc.tokens[m].lower == "the" { m += 1 }
        guard let owner = set.mention(at: m), let e = set.mentions[owner].entity, table[e].kind == .organization else { return nil }
        return e
    }

    /// The entity that owns a group: the mention at `token` ("France's allies"), or
    /// for "its"/"their" the nearest actor named before it in the sentence.
    private func owner(at token: Int, of group: Int, in set: MentionSet) -> Int? {
        if let m = set.mention(at: token), m != group, let e = set.mentions[m].entity, table[e].kind.isActor { return e }
        var m = group - 1
        while m >= 0, set.mentions[m].sentence == set.mentions[group].sentence {
            if let e = set.mentions[m].entity, table[e].kind.isActor, set.mentions[m].kind != .group { return e }
            m -= 1
        }
        return nil
    }

    /// A surname seen before the full name ("Haftar's forces … Khalifa Haftar"):
    /// its mentions join the one full name that ends with it.
    private mutating func joinEarlySurnames(_ set: inout MentionSet) {
        for (words, entity) in personWords where words.count == 1 {
            let fuller = personWords.filter { $0.words.count >= 2 && $0.words.last == words[0] && $0.entity != entity }
            guard fuller.count == 1 else { continue }
            for index in set.mentions.indices where set.mentions[index].entity == entity && set.mentions[index].kind == .person {
                set.mentions[index].entity = fuller[0].entity
            }
        }
    }

    private mutating func person(_ mention: Mention) -> Int {
        let words = mention.range.filter { doc.tokens[$0].kind == .word }.map { doc.tokens[$0].key }
        if let known = personByName[mention.name] {
            // "Byamungu said" right after "Bernard Byamungu": the holder of the surname named last.
            if words.count >= 2, let last = words.last { personBySurname[last] = known }
            return known
        }
        if words.count == 1, let known = personBySurname[words[0]] { return known }
        // "Al-Burhan" after "Abdel Fattah al-Burhan": a surname with its particle.
        if words.count == 2, MentionFinder.particles.contains(NameFold.lower(words[0])), let known = personBySurname[words[1]] {
            personByName[mention.name] = known
            return known
        }
        // "Outtara" after "Alassane Ouattara": a surname misspelt by one letter is the person named before.
        if words.count == 1, let known = misspeltSurname(NameFold.lower(words[0])) {
            table.addAlias(mention.name, to: known)
            return known
        }
        // "Le Drian" after "Jean-Yves Le Drian": the last words of a longer name seen before.
        if words.count >= 2, let known = personWords.first(where: { $0.words.count > words.count && Array($0.words.suffix(words.count)) == words }) {
            personByName[mention.name] = known.entity
            return known.entity
        }
        let name = EntityTable.clean(mention.name)
        let id = NodeID.make(kind: .person, name: name)
        let e = table.intern(id) { DocEntity(id: id, kind: .person, name: name) }
        personByName[mention.name] = e
        personWords.append((words, e))
        if words.count >= 2, let last = words.last { personBySurname[last] = e }
        if words.count == 1, personBySurname[words[0]] == nil { personBySurname[words[0]] = e }
        // "Faki" for "Moussa Faki Mahamat": a middle name that is no given name stands for the person too.
        for middle in MentionFinder.middleNames(of: words, lexicon: lex) where personBySurname[middle] == nil {
            personBySurname[middle] = e
        }
        return e
    }

    /// The one person named before whose surname differs from `word` by one letter (a letter changed,
    /// added or dropped), for surnames of six letters or more with the same first letter.
    private func misspeltSurname(_ word: String) -> Int? {
        guard word.count >= 6 else { return nil }
        var found: Int?
        for (index, entity) in table.list.enumerated() where entity.kind == .person {
            guard let surname = entity.name.split(separator: " ").last.map({ NameFold.lower(String($0)) }),
                  surname != word, surname.first == word.first, Self.oneEditApart(surname, word) else { continue }
            if found != nil && found != index { return nil }
            found = index
        }
        return found
    }

    /// Whether two words differ by exactly one changed, added or dropped letter, or two neighbouring letters
    /// swapped ("Makuei" / "Makeui").
    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard abs(x.count - y.count) <= 1 else { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count == y.count, i + 1 < x.count, x[i] == y[j + 1], x[i + 1] == y[j] {
                i += 2; j += 2
            } else if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        edits += (x.count - i) + (y.count - j)
        return edits == 1
    }

    // MARK: governments and capitals

    private mutating func resolveGovernments(_ set: inout MentionSet) {
        var lastCountry: Int?
        var lastGovernment: Int?
        var countryMentions: [Int: Int] = [:]
        var mainCountry: Int?
        /// One more mention of a country; the most mentioned so far (the latest on a tie) is the main one.
        func count(_ country: Int) {
            countryMentions[country, default: 0] += 1
            if countryMentions[country]! >= countryMentions[mainCountry ?? country] ?? 0 { mainCountry = country }
        }
        var lastForces: Int?
        // Governments the text names with their country, by position, for a "the junta" before any of them.
        let explicit = set.mentions.indices.filter { set.mentions[$0].kind == .government && set.mentions[$0].lexicon != nil }
        var cursor = 0
        func nextExplicit(after index: Int) -> Int? {
            while cursor < explicit.count, explicit[cursor] <= index { cursor += 1 }
            return cursor < explicit.count ? set.mentions[explicit[cursor]].lexicon : nil
        }
        for index in set.mentions.indices {
            let mention = set.mentions[index]
            if mention.kind == .named || mention.kind == .demonym, let lexIndex = mention.lexicon,
               lex.entities[lexIndex].kind == .country {
                lastCountry = lexIndex
                count(lexIndex)
                continue
            }
            if mention.kind == .forces {
                if let known = mention.lexicon {
                    lastForces = known
                } else if let country = lastForces ?? mainCountry ?? lastCountry {
                    // "the army said": the last armed forces named, else the main country's.
                    set.mentions[index].entity = forces(of: country)
                }
                // The words the text uses ("army", "Guinea's army") name the forces too.
                if let e = set.mentions[index].entity {
                    table.addAlias(Self.withoutArticle(doc.text(tokens: mention.range)), to: e)
                }
                continue
            }
            if mention.kind == .capital, let lexIndex = mention.lexicon {
                // "Bamako" counts toward the country the text is about.
                count(lexIndex)
                continue
            }
            guard mention.kind == .government else { continue }
            // "The Tigray Interim Administration", later "the interim administration": a region's government,
            // named; no country's.
            if mention.lexicon == nil, let regional = regionalGovernment(mention, in: set) {
                set.mentions[index].entity = regional
                continue
            }
            var country = mention.lexicon ?? capitalAfter(mention)
            if country == nil {
                switch mention.detail {
                case "country":
                    country = lastCountry
                case "a", "an", "whose":
                    country = countryEarlierInSentence(set, before: index) ?? lastGovernment ?? nextExplicit(after: index)
                        ?? lastCountry
                default:
                    // "the junta" with no country named yet: the country the text is most about so far
                    // (not the last one named: "French troops … the military junta" is Burkina Faso's).
                    country = lastGovernment ?? nextExplicit(after: index) ?? mainCountry ?? lastCountry
                }
            }
            guard let country else { continue }
            let e = government(of: country)
            if mention.lexicon != nil { table.addAlias(Self.withoutArticle(mention.name), to: e) }
            if doc.tokens[mention.range].contains(where: { $0.lower == "junta" || $0.lower == "juntas" }) {
                juntaCountries.insert(country)
            }
            set.mentions[index].entity = e
            lastGovernment = country
        }
    }

    /// The country whose capital follows a government noun: "the military regime in power in Niamey".
    private func capitalAfter(_ mention: Mention) -> Int? {
        let sentenceEnd = doc.sentences[mention.sentence].tokens.upperBound
        var k = mention.end
        while k + 1 < min(sentenceEnd, mention.end + 5) {
            if doc.tokens[k].lower == "in", let hit = lex.entityMatcher.match(doc.tokens, at: k + 1, limit: sentenceEnd),
               hit.payload.1 == .capital, lex.entities[hit.payload.0].kind == .country {
                return hit.payload.0
            }
            guard doc.tokens[k].kind == .word, !doc.tokens[k].isCapitalized else { return nil }
            k += 1
        }
        return nil
    }

    /// The government of a region that a government noun names or points back to: capitalized words
    /// right before a capitalized government noun ("Tigray Interim Administration", "Puntland State
    /// Government") name one; a later lowercase "the interim administration" is the one whose name ends
    /// with its words.
    private mutating func regionalGovernment(_ mention: Mention, in set: MentionSet) -> Int? {
        var lo = mention.start
        if doc.tokens[lo].lower == "the" { lo += 1 }
        guard lo < mention.end else { return nil }
        let words = doc.tokens[lo..<mention.end].map(\.lower)
        if !doc.tokens[lo].isCapitalized {
            return regionalGovernments.last(where: { $0.words.count > words.count && Array($0.words.suffix(words.count)) == words })?
                .entity
        }
        // The region: capitalized words before the noun that are no actor's name ("Tigray", not "Malian").
        var start = lo
        while start > 0, doc.tokens[start - 1].kind == .word, doc.tokens[start - 1].isCapitalized,
              doc.tokens[start - 1].lower != "the", !doc.tokens[start].newlineBefore,
              set.mention(at: start - 1) == nil {
            start -= 1
        }
        // (Within the mention: "The Tigray Interim Administration" may have kept the region inside.)
        guard start < lo || words.count >= 3 else { return nil }
        let name = EntityTable.clean(doc.text(tokens: start..<mention.end))
        let id = NodeID.make(kind: .organization, name: name)
        let e = table.intern(id) {
            var made = DocEntity(id: id, kind: .organization, name: name)
            made.attributes["type"] = "government"
            return made
        }
        regionalGovernments.append((doc.tokens[start..<mention.end].map(\.lower), e))
        return e
    }

    private func countryEarlierInSentence(_ set: MentionSet, before index: Int) -> Int? {
        let sentence = set.mentions[index].sentence
        var k = index - 1
        while k >= 0, set.mentions[k].sentence == sentence {
            let m = set.mentions[k]
            if m.kind == .named || m.kind == .demonym, let lexIndex = m.lexicon, lex.entities[lexIndex].kind == .country {
                return lexIndex
            }
            k -= 1
        }
        return nil
    }

    /// The armed forces entity of a country (by lexicon index), created on first use.
    mutating func forces(of country: Int) -> Int {
        let countryEntity = lex.entities[country]
        let adjective = countryEntity.demonyms.first ?? countryEntity.name
        let name = "\(adjective) armed forces"
        let id = NodeID.make(kind: .organization, name: name)
        return table.intern(id) {
            var made = DocEntity(id: id, kind: .organization, name: name)
            made.country = country
            made.attributes["country"] = countryEntity.name
            return made
        }
    }

    /// The government entity of a country (by lexicon index), created on first use.
    mutating func government(of country: Int) -> Int {
        let entity = lex.entities[country]
        let id = "organization:\(NodeID.slug(entity.name))-government"
        return table.intern(id) {
            var made = DocEntity(id: id, kind: .organization, name: "\(entity.name) government")
            made.country = country
            made.isGovernment = true
            made.attributes["country"] = entity.name
            made.attributes["type"] = "government"
            return made
        }
    }

    private mutating func resolveCapitals(_ set: inout MentionSet) {
        for index in set.mentions.indices where set.mentions[index].kind == .capital {
            guard let country = set.mentions[index].lexicon else { continue }
            let entity = lex.entities[country]
            let governmentID = "organization:\(NodeID.slug(entity.name))-government"
            let e: Int
            if let known = table.index(of: governmentID) {
                e = known
            } else {
                let id = NodeID.make(kind: .country, name: entity.name)
                e = table.intern(id) {
                    var made = DocEntity(id: id, kind: .country, name: entity.name)
                    made.lexicon = country
                    made.attributes = Self.nodeAttributes(entity)
                    return made
                }
            }
            table.addAlias(set.mentions[index].name, to: e)
            set.mentions[index].entity = e
        }
    }

    /// Government display names: "Malian junta" where the text calls it a junta, else "Mali government".
    private mutating func nameGovernments() {
        for index in table.list.indices where table[index].isGovernment {
            guard let country = table[index].country else { continue }
            let entity = lex.entities[country]
            if juntaCountries.contains(country) {
                let adjective = entity.demonyms.first(where: { !$0.hasSuffix("s") || $0.hasSuffix("ese") }) ?? entity.name
                table.rename(index, to: "\(adjective) junta")
            }
        }
    }

    // MARK: roles

    private mutating func applyRoles(_ set: MentionSet) {
        for claim in set.claims {
            guard let e = set.mentions[claim.person].entity else { continue }
            let role = doc.text(tokens: claim.role.range)
            if claim.role.title.isRank {
                if table[e].attributes["rank"] == nil { table[e].attributes["rank"] = claim.role.title.name }
            } else if table[e].attributes["role"] == nil {
                table[e].attributes["role"] = role
                table[e].attributes["title"] = claim.role.title.name
                if let a = claim.affiliation, let ae = set.mentions[a].entity {
                    table[e].attributes["affiliation"] = table[ae].id
                }
            }
        }
    }

    /// The country a person is tied to: a country's possessive or demonym right
    /// before the name, over ranks and titles ("Burkina Faso's Capt Ibrahim
    /// Traoré", "Malian President X"), or the country of a role claimed for them.
    private mutating func tiePersonsToCountries(_ set: MentionSet) {
        func countryIndex(_ entity: Int) -> Int? {
            let e = table[entity]
            if e.kind == .country { return e.lexicon ?? lex.entities.firstIndex { $0.kind == .country && $0.name == e.name } }
            return e.isGovernment ? e.country : nil
        }
        for claim in set.claims {
            guard let person = set.mentions[claim.person].entity, table[person].personCountry == nil,
                  let a = claim.affiliation, let ae = set.mentions[a].entity, let c = countryIndex(ae) else { continue }
            table[person].personCountry = c
        }
        for (index, mention) in set.mentions.enumerated() where mention.kind == .person {
            guard let person = mention.entity, table[person].personCountry == nil else { continue }
            var k = mention.start - 1
            while k >= 0, mention.start - k <= 5, set.mention(at: k) == nil || set.mention(at: k) == index,
                  doc.tokens[k].kind == .word, doc.tokens[k].isCapitalized || set.roles.contains(where: { $0.range.contains(k) }) {
                k -= 1
            }
            if k >= 0, doc.tokens[k].kind == .possessive { k -= 1 }
            guard k >= 0, let m = set.mention(at: k), m != index, set.mentions[m].kind == .named || set.mentions[m].kind == .demonym,
                  let e = set.mentions[m].entity, let c = countryIndex(e) else { continue }
            table[person].personCountry = c
        }
    }

    private mutating func resolveRoleDescriptions(_ set: inout MentionSet) {
        for index in set.mentions.indices where set.mentions[index].kind == .roleDescription {
            let mention = set.mentions[index]
            var candidates: [Int] = []
            for claim in set.claims where claim.role.title.name == mention.name && set.mentions[claim.person].start < mention.start {
                guard let person = set.mentions[claim.person].entity else { continue }
                if let country = mention.lexicon {
                    guard let a = claim.affiliation, let ae = set.mentions[a].entity else { continue }
                    let affiliated = table[ae]
                    guard affiliated.lexicon == country || affiliated.country == country else { continue }
                }
                if !candidates.contains(person) { candidates.append(person) }
            }
            // "The ECOWAS President": of the holders, those the text ties to that organization.
            if candidates.count > 1, let inner = set.firstMention(inside: mention.range, where: { inner in
                inner.kind == .named && inner.entity.map { table[$0].kind == .organization } == true
            }), let body = set.mentions[inner].entity {
                let affiliated = set.claims.filter { claim in
                    claim.role.title.name == mention.name && claim.affiliation.flatMap { set.mentions[$0].entity } == body
                }.compactMap { set.mentions[$0.person].entity }
                if !affiliated.isEmpty { candidates = candidates.filter { affiliated.contains($0) } }
            }
            // "Omani Foreign Minister X said … The minister also expressed": a holder of a longer title with
            // the same head, the one named last (a prime minister is not "the minister").
            if candidates.isEmpty, mention.lexicon == nil {
                let head = mention.name.lowercased()
                for claim in set.claims.reversed() where set.mentions[claim.person].start < mention.start {
                    let title = claim.role.title.name.lowercased()
                    guard title.hasSuffix(" " + head), !title.hasPrefix("prime"), !title.hasPrefix("vice"),
                          let person = set.mentions[claim.person].entity else { continue }
                    candidates = [person]
                    break
                }
            }
            // "the Burkinabé leader": the one person the text ties to that country.
            if candidates.isEmpty, let country = mention.lexicon {
                var tied: [Int] = []
                for m in set.mentions where m.kind == .person {
                    if let p = m.entity, table[p].personCountry == country, !tied.contains(p) { tied.append(p) }
                }
                if tied.count == 1 { candidates = tied }
            }
            // A headline's role ("UN chief …") names its holder only further down.
            if candidates.isEmpty, mention.sentence == 0 || doc.tokens[mention.start].paragraph == 0 {
                for claim in set.claims where claim.role.title.name == mention.name {
                    if let person = set.mentions[claim.person].entity, !candidates.contains(person) { candidates.append(person) }
                }
            }
            // "The new president", "the new national leader": the person the text is about, who has just
            // become it (not an earlier holder the text names with the title); and a head of state or
            // leader the text names no holder for is that person too.
            let words = doc.tokens[mention.range].map(\.lower)
            if words.contains("new") || (candidates.isEmpty && (Self.headRoles.contains(mention.name) || headsTheState(mention))),
               let topic = mostMentionedPerson(before: mention.start, in: set) {
                candidates = [topic]
            }
            // "Mali's Minister for Foreign Affairs has called for … “…,” said Abdoulaye Diop": a role the text
            // gives no holder before names the person it names next, within three sentences (of that country,
            // when the role has one). Not for roles that name nobody ("an official").
            if candidates.isEmpty, !isAnonymousRole(ending: mention.end, in: set), !isPlural(doc.tokens[mention.end - 1].lower),
               let next = firstSpeakingPerson(after: index, withinSentences: 3, country: mention.lexicon, in: set) {
                candidates = [next]
            }
            if candidates.count == 1 { set.mentions[index].entity = candidates[0] }
        }
    }

    /// Whether the role that ends at token `end` is one that names nobody ("official", "source").
    private func isAnonymousRole(ending end: Int, in set: MentionSet) -> Bool {
        set.roles.contains { $0.range.upperBound == end && $0.title.anonymous }
    }

    /// The first person named next to a verb of saying ("said Abdoulaye Diop", "El Ghassim Wane said") after
    /// mention `index`, within `limit` sentences, and not tied to another country.
    private func firstSpeakingPerson(after index: Int, withinSentences limit: Int, country: Int?, in set: MentionSet) -> Int? {
        let sentence = set.mentions[index].sentence
        for m in set.mentions[(index + 1)...] {
            if m.sentence - sentence > limit { return nil }
            guard m.kind == .person, let p = m.entity else { continue }
            let speaks = (m.start > 0 && set.speech(at: m.start - 1) != nil)
                || (m.end < doc.tokens.count && set.speech(at: m.end) != nil)
            guard speaks else { continue }
            if let country, let tied = table[p].personCountry, tied != country { continue }
            return p
        }
        return nil
    }

    /// Whether a role word is a plural ("heads", "ministers"): a group, never one person named later.
    private func isPlural(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
    }

    /// The country named most often before mention `index` (by name, demonym or capital; the latest on a tie).
    private func mostMentionedCountry(before index: Int, in set: MentionSet) -> Int? {
        var counts: [Int: Int] = [:]
        var best: Int?
        for m in set.mentions[..<index] where [.named, .demonym, .capital].contains(m.kind) {
            guard let country = m.lexicon, lex.entities[country].kind == .country else { continue }
            counts[country, default: 0] += 1
            if counts[country]! >= counts[best ?? country] ?? 0 { best = country }
        }
        return best
    }

    /// Roles that a description without a holder gives to the person the text is about.
    static let headRoles: Set<String> = ["President", "Interim President", "leader"]

    /// What a "head of the …" or "chief of the …" leads when the role is the country's leadership.
    static let stateBodies: Set<String> = ["transition", "state", "junta", "government", "regime", "country"]

    /// Whether a role description is "the head of the transition", "the head of state", "the chief of the junta".
    private func headsTheState(_ mention: Mention) -> Bool {
        // (One head: "the heads of state" are many.)
        guard ["head", "chief"].contains(doc.tokens[mention.end - 1].lower) else { return false }
        var k = mention.end
        guard k < doc.tokens.count, doc.tokens[k].lower == "of" else { return false }
        k += 1
        if k < doc.tokens.count, doc.tokens[k].lower == "the" { k += 1 }
        if k < doc.tokens.count, ["military", "transitional", "interim"].contains(doc.tokens[k].lower) { k += 1 }
        return k < doc.tokens.count && Self.stateBodies.contains(doc.tokens[k].lower)
    }

    /// The person named most often before token `token` (the first named, on a tie).
    private func mostMentionedPerson(before token: Int, in set: MentionSet) -> Int? {
        var counts: [Int: Int] = [:]
        var order: [Int] = []  // persons by first mention
        for m in set.mentions where m.kind == .person && m.start < token {
            guard let p = m.entity else { continue }
            if counts[p] == nil { order.append(p) }
            counts[p, default: 0] += 1
        }
        // The first person with the highest count (a later one only replaces it with strictly more).
        var best: Int?
        for p in order where best.map({ counts[p]! > counts[$0]! }) ?? true { best = p }
        return best
    }

    /// "the bloc": the organization named last (or, before any, the next one named within three sentences).
    private mutating func resolveOrganizationReferences(_ set: inout MentionSet) {
        var last: Int?
        var lastBody: Int?
        for index in set.mentions.indices {
            let mention = set.mentions[index]
            if let e = mention.entity, table[e].kind == .organization, !table[e].isGovernment,
               mention.kind == .named || mention.kind == .organization {
                // A news outlet is quoted as a source; "the coalition" never points back to it.
                if let l = table[e].lexicon, lex.entities[l].isNewsOutlet { continue }
                last = e
                // International and regional bodies (the lexicon's type=igo): what "the bloc" means.
                if let l = table[e].lexicon, lex.entities[l].attributes["type"] == "igo" { lastBody = e }
                continue
            }
            guard mention.kind == .organizationReference else { continue }
            // "the corps", "the council", "the party": the last organization whose name ends so.
            let head = doc.tokens[mention.end - 1].lower
            // "the citizen watch coalition": a noun before the head describes another organization.
            if describesAnotherOrganization(mention) { continue }
            // "the international community" is everyone, no organization named before.
            if mention.range.count >= 2, doc.tokens[mention.end - 2].lower == "international", head == "community" { continue }
            // Only the bare noun ("the council") points back by its name, not a description ("Mali's transitional council").
            let bare = mention.range.count == 2 && ["the", "this", "that"].contains(doc.tokens[mention.start].lower)
            if Self.namedReferenceHeads.contains(head) {
                var entity = bare ? lastOrganization(endingWith: head, before: index, in: set) : nil
                // "the foreign ministry said": a ministry the text gives no name or country is the
                // government of the country the text is about so far.
                if entity == nil, head == "ministry", doc.tokens[mention.start].lower == "the",
                   let country = mostMentionedCountry(before: index, in: set) {
                    entity = government(of: country)
                }
                set.mentions[index].entity = entity
                continue
            }
            // "the union" after "Sudan's Doctors' Union": the organization named last whose name ends so.
            if bare, let named = lastOrganization(endingWith: head, before: index, in: set) {
                set.mentions[index].entity = named
                continue
            }
            // "the bloc", "the regional alliance": the last international body, else the last organization.
            if Self.bodyReferenceHeads.contains(head), let body = lastBody {
                set.mentions[index].entity = body
            } else if let last {
                set.mentions[index].entity = last
            } else {
                var k = index + 1
                while k < set.mentions.count, set.mentions[k].sentence - mention.sentence <= 3 {
                    let m = set.mentions[k]
                    if m.kind == .named || m.kind == .organization, let e = m.entity, table[e].kind == .organization,
                       !table[e].isGovernment {
                        set.mentions[index].entity = e
                        break
                    }
                    k += 1
                }
            }
        }
    }

    /// Whether a reference's words before its head include a noun ("the citizen watch
    /// coalition"), not only adjectives ("the regional bloc", "the former governing party").
    private func describesAnotherOrganization(_ mention: Mention) -> Bool {
        for k in mention.start..<(mention.end - 1) {
            let word = doc.tokens[k].lower
            guard doc.tokens[k].kind == .word, !["the", "this", "that"].contains(word) else { continue }
            // "15-member", "three-nation": compounds are adjectives.
            if k > mention.start, punct(doc.tokens, k - 1, "-") || punct(doc.tokens, k + 1, "-") { continue }
            if Self.referenceModifiers.contains(word) { continue }
            if Self.adjectiveEndings.contains(where: { word.hasSuffix($0) }) { continue }
            return true
        }
        return false
    }

    /// Modifiers that keep a reference pointing back ("the same bloc", "the new alliance").
    static let referenceModifiers: Set<String> = [
        "same", "new", "former", "old", "main", "largest", "biggest", "armed", "rebel", "jihadist", "islamist",
        "terrorist", "militant", "ruling", "umbrella", "west", "east", "north", "south", "breakaway",
    ]
    /// Endings of adjectives ("regional", "African", "economic", "extremist", "military", "governing").
    static let adjectiveEndings: [String] = ["al", "an", "ic", "ist", "ary", "ed", "ing", "ese", "ish", "ive", "ous"]

    /// The organization named last before mention `index` whose name (or the
    /// mention's words) ends with `head` ("Africa Corps" for "the corps").
    private func lastOrganization(endingWith head: String, before index: Int, in set: MentionSet) -> Int? {
        var m = index - 1
        while m >= 0 {
            let other = set.mentions[m]
            if let e = other.entity, table[e].kind == .organization, other.kind == .named || other.kind == .organization,
               NameFold.lower(table[e].name).hasSuffix(head) || NameFold.lower(doc.text(tokens: other.range)).hasSuffix(head) {
                return e
            }
            // "The Commission of the Economic Community of West African States (ECOWAS)" … "the commission".
            if let e = other.entity, table[e].kind == .organization, other.kind == .named || other.kind == .organization {
                var k = other.start - 1
                if k >= 0, doc.tokens[k].lower == "the" { k -= 1 }
                if k >= 1, doc.tokens[k].lower == "of", doc.tokens[k - 1].lower == head { return e }
            }
            m -= 1
        }
        return nil
    }

    /// Reference nouns that point to an international or regional body first.
    static let bodyReferenceHeads: Set<String> = ["bloc", "alliance", "grouping", "union", "community", "organisation", "organization", "body"]

    /// Reference nouns that point only to an organization whose name ends with them.
    static let namedReferenceHeads: Set<String> = [
        "corps", "council", "party", "movement", "front", "commission", "ministry", "agency", "militia",
    ]

    // MARK: helpers

    static func nodeAttributes(_ entity: LexiconEntity) -> [String: String] {
        var out: [String: String] = [:]
        for key in ["iso2", "iso3", "type"] { if let v = entity.attributes[key] { out[key] = v } }
        return out
    }

    static func withoutArticle(_ text: String) -> String {
        for article in ["the ", "The ", "a ", "A ", "an ", "An "] where text.hasPrefix(article) {
            return String(text.dropFirst(article.count))
        }
        return text
    }
}
