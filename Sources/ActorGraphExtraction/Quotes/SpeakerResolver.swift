import ActorGraph

/// Who a subject phrase names as speaker.
enum SpeakerResult: Sendable, Equatable {
    /// Resolved entities and the mentions that name them.
    case entities([Int], mentions: [Int])
    /// A speaker the text does not name ("a source close to the government").
    case anonymous
    /// No speaker could be found.
    case unknown
}

/// Reads the speaker out of a subject phrase: a person before anything else
/// ("Mali's defence minister Abdoulaye Diop"), then a pronoun, a speaking
/// document, a role that points back to a person, and other actors that are
/// not inside a prepositional phrase ("… partners in Mali" names no speaker);
/// coordinated actors all speak ("France …, as well as Canada").
struct SpeakerResolver {
    let doc: DocumentText
    let lex: LexiconIndex
    let set: MentionSet
    let table: EntityTable

    func resolve(_ range: Range<Int>, pronoun: (Int) -> Int?, document: (Int) -> Int?) -> SpeakerResult {
        guard !range.isEmpty else { return .unknown }
        var seen: Set<Int> = []
        var mentions: [Int] = []
        var k = range.lowerBound
        var firstSource: Int?
        while k < range.upperBound {
            if let m = set.mention(at: k), !seen.contains(m) {
                seen.insert(m)
                mentions.append(m)
                k = max(k + 1, set.mentions[m].end)
                continue
            }
            if firstSource == nil, set.owner[k] < 0, lex.sourceNouns.match(doc.tokens, at: k, limit: range.upperBound) != nil {
                firstSource = k
            }
            k += 1
        }
        // ("Bazoum's lawyers said": the lawyers speak, not Bazoum.)
        let free = mentions.filter { !isInsidePhrase(set.mentions[$0].start, from: range.lowerBound) && !ownsSpeakers($0, within: range) }
        let persons = free.filter { set.mentions[$0].kind == .person && set.mentions[$0].entity != nil }
        // "a senior US official travelling with Blinken": a demonym before the source noun is its modifier.
        // ("a source close to President Talon": the person after "close to" is whom it is close to.)
        if let source = firstSource,
           persons.allSatisfy({ p in
               source < set.mentions[p].start && (source..<set.mentions[p].start).contains { doc.tokens[$0].lower == "close" }
           }),
           !free.contains(where: { set.mentions[$0].start < source && set.mentions[$0].kind != .demonym }) {
            return .anonymous
        }
        if !persons.isEmpty {
            return .entities(unique(persons.compactMap { set.mentions[$0].entity }), mentions: persons)
        }
        // Persons named inside a phrase still speak when nothing else does ("… of the mission, Olivier Salgado").
        // (Not one a preposition of company or direction governs: "an official travelling with Blinken".)
        let anyPerson = mentions.filter {
            let m = set.mentions[$0]
            return m.kind == .person && m.entity != nil && !ownsSpeakers($0, within: range)
                && !(m.start > 0 && Self.companyWords.contains(doc.tokens[m.start - 1].lower))
        }
        for m in free {
            let mention = set.mentions[m]
            switch mention.kind {
            case .pronoun:
                if let e = pronoun(m) { return .entities([e], mentions: [m]) }
                return .unknown
            case .document:
                // "the statement from the military rulers", "a statement issued by Ahmed's office": its authors speak.
                var after = mention.end
                if after + 2 < range.upperBound, Self.issuingVerbs.contains(doc.tokens[after].lower), doc.tokens[after + 1].lower == "by" {
                    after += 1
                }
                if after + 1 < range.upperBound, ["from", "by", "of"].contains(doc.tokens[after].lower) {
                    var k = after + 1
                    if doc.tokens[k].lower == "the" { k += 1 }
                    if k < range.upperBound, let author = set.mention(at: k), let e = set.mentions[author].entity, table[e].kind.isActor {
                        return .entities([e], mentions: [author])
                    }
                }
                // "Burkina Faso's energy ministry issued a statement on Tuesday saying": who issued it speaks.
                var before = mention.start - 1
                if before > range.lowerBound, ["a", "an", "the", "its", "their"].contains(doc.tokens[before].lower) { before -= 1 }
                if before > range.lowerBound, Self.issuingVerbs.contains(doc.tokens[before].lower) {
                    for i in mentions where set.mentions[i].end <= before {
                        if set.mentions[i].kind == .pronoun, let e = pronoun(i) { return .entities([e], mentions: [i]) }
                        if let e = set.mentions[i].entity, table[e].kind.isActor, !table[e].isDocument {
                            return .entities([e], mentions: [i])
                        }
                    }
                }
                if let e = document(m) { return .entities([e], mentions: [m]) }
            case .organizationReference:
                if let e = mention.entity { return .entities([e], mentions: [m]) }
            case .roleDescription:
                if let e = mention.entity { return .entities([e], mentions: [m]) }
                if !anyPerson.isEmpty { return .entities([set.mentions[anyPerson[0]].entity!], mentions: [anyPerson[0]]) }
                // "Minusma's chief", "Mali's Minister for Foreign Affairs" with no holder named: the body the
                // role belongs to speaks; a country's role is first the person of that country who just spoke.
                let owner = set.firstMention(inside: mention.range) { inner in
                    inner.kind == .named && inner.entity.map { [.organization, .mission, .country].contains(table[$0].kind) } == true
                }
                if let owner, table[set.mentions[owner].entity!].kind != .country {
                    return .entities([set.mentions[owner].entity!], mentions: [owner])
                }
                // "the President of the ECOWAS Commission" with no holder named: the body speaks.
                var k = mention.end
                if k + 1 < range.upperBound, doc.tokens[k].lower == "of" {
                    k += 1
                    if doc.tokens[k].lower == "the" { k += 1 }
                    if k < range.upperBound, let body = set.mention(at: k), set.mentions[body].start == k,
                       let e = set.mentions[body].entity, [.organization, .mission].contains(table[e].kind), !table[e].isDocument {
                        return .entities([e], mentions: [body])
                    }
                }
                // "Obasanjo stressed … The former Nigerian leader said": the person who just spoke.
                if let e = pronoun(m) { return .entities([e], mentions: [m]) }
                if let owner { return .entities([set.mentions[owner].entity!], mentions: [owner]) }
                return .unknown
            default:
                break
            }
        }
        if !anyPerson.isEmpty {
            return .entities([set.mentions[anyPerson[0]].entity!], mentions: [anyPerson[0]])
        }
        let actors = free.filter {
            let m = set.mentions[$0]
            guard let e = m.entity else { return false }
            return (table[e].kind.isActor || table[e].kind == .mission) && m.kind != .pronoun && m.kind != .roleDescription
        }
        if actors.isEmpty { return .unknown }
        // The head actor, and the actors coordinated with it.
        var chosen = [head(of: actors[0], within: range.upperBound)]
        for m in actors.dropFirst() where set.mentions[m].start >= set.mentions[chosen.last!].end
            && isCoordinated(set.mentions[m].start, after: set.mentions[chosen.last!].end) {
            chosen.append(head(of: m, within: range.upperBound))
        }
        return .entities(unique(chosen.compactMap { set.mentions[$0].entity }), mentions: chosen)
    }

    /// The head of the noun phrase an actor mention opens: the last actor named
    /// in it, over modifiers, roles and possessives ("Nigerien public broadcaster
    /// Tele Sahel" → Tele Sahel; "U.N. political chief Rosemary DiCarlo" → the
    /// person), and a person in apposition ("The United Nations chief, Antonio
    /// Guterres, …").
    func head(of mention: Int, within end: Int) -> Int {
        var current = mention
        var k = set.mentions[mention].end
        while k < end {
            let t = doc.tokens[k]
            if let next = set.mention(at: k), next != current {
                guard let e = set.mentions[next].entity, table[e].kind.isActor || table[e].kind == .mission,
                      set.mentions[next].kind != .pronoun else { break }
                // "Human Rights Concern Eritrea": a country right after an organization's name is part of it.
                if k > set.mentions[mention].end, set.mentions[current].kind == .organization, table[e].kind == .country { break }
                current = next
                k = set.mentions[next].end
                continue
            }
            // "UK-based non-government group …": hyphenated modifiers ("-based", "non-government").
            if t.isPunct("-"), !t.spaceBefore, k + 1 < end, !doc.tokens[k + 1].spaceBefore, doc.tokens[k + 1].kind == .word,
               !doc.tokens[k + 1].isCapitalized {
                k += 2
                continue
            }
            if t.kind == .word, !t.isCapitalized, k + 2 < end, doc.tokens[k + 1].isPunct("-"), !doc.tokens[k + 1].spaceBefore,
               !doc.tokens[k + 2].spaceBefore {
                k += 1
                continue
            }
            if t.kind == .possessive || (t.kind == .word && !t.isCapitalized && Self.nounPhraseWords(t.lower, lex: lex, doc: doc, at: k)) {
                k += 1
                continue
            }
            // "French uranium miner Orano": lower-case words ending in a company or media noun, then its name.
            if let named = companyNounEnd(from: k, within: end) {
                k = named
                continue
            }
            // ", Antonio Guterres," after a role: the person in apposition.
            if t.isPunct(","), k + 1 < end, let p = set.mention(at: k + 1), set.mentions[p].kind == .person,
               set.mentions[p].entity != nil, k > set.mentions[current].end || set.mentions[current].kind == .roleDescription,
               set.mentions[p].end >= end || punct(doc.tokens, set.mentions[p].end, ",") {
                return p
            }
            break
        }
        return current
    }

    /// Where the name starts after up to three lower-case words that end in a company or media noun
    /// ("uranium miner", "mining giant"), if a mention starts right there.
    private func companyNounEnd(from k: Int, within end: Int) -> Int? {
        var j = k
        while j < end, j - k < 3, doc.tokens[j].kind == .word, !doc.tokens[j].isCapitalized { j += 1 }
        guard j > k, j < end, MentionFinder.mediaNouns.contains(doc.tokens[j - 1].lower), set.mention(at: j) != nil else { return nil }
        return j
    }

    /// Whether a person's possessive opens a phrase for other people ("Bazoum's lawyers", "his family's
    /// collective of lawyers"): a plural head for people follows within four words.
    func ownsSpeakers(_ m: Int, within range: Range<Int>) -> Bool {
        let end = set.mentions[m].end
        guard set.mentions[m].kind == .person, end < range.upperBound, doc.tokens[end].kind == .possessive else { return false }
        return (end + 1..<min(range.upperBound, end + 5)).contains { SpeechAnalyzer.pluralHeads.contains(doc.tokens[$0].lower) }
    }

    /// Lower-case words that stay inside a noun phrase before its head: role
    /// words ("political chief", "spokesman"), a few adjectives and nouns of
    /// media and groups ("public broadcaster", "paramilitary group").
    private static func nounPhraseWords(_ word: String, lex: LexiconIndex, doc: DocumentText, at k: Int) -> Bool {
        if headModifiers.contains(word) { return true }
        return lex.titles.match(doc.tokens, at: k, limit: k + 1) != nil
    }

    /// Participles between a document and its author ("a statement issued by …").
    static let issuingVerbs: Set<String> = ["issued", "released", "published", "signed", "sent", "posted", "put"]

    static let headModifiers: Set<String> = [
        "political", "public", "state", "state-run", "state-owned", "national", "official", "private", "paramilitary",
        "military", "armed", "rebel", "jihadist", "news", "broadcaster", "agency", "television", "radio", "newspaper",
        "daily", "weekly", "magazine", "outlet", "channel", "group", "company", "firm", "militia", "movement", "party", "foreign", "defence",
        "defense", "affairs", "top", "senior", "deputy", "acting", "then", "former", "chief", "head", "envoy",
    ]

    /// Whether the words between `end` and `start` join two actors ("and", ",", "as well as", "and its partners in …, as well as").
    private func isCoordinated(_ start: Int, after end: Int) -> Bool {
        guard start > end else { return false }
        let words = doc.tokens[end..<start].filter { $0.kind == .word }.map(\.lower)
        return words.first == "and" || words.suffix(3) == ["as", "well", "as"] || words.last == "and"
            || (words.isEmpty && doc.tokens[end..<start].allSatisfy { $0.isPunct(",") })
    }

    /// Whether a preposition governs the word at `k` (so it modifies another noun).
    /// Words before a person who is then not the speaker of the phrase ("travelling with Blinken").
    static let companyWords: Set<String> = ["with", "alongside", "accompanying", "to", "for", "by", "against", "from", "and"]

    func isInsidePhrase(_ k: Int, from start: Int) -> Bool {
        var m = k - 1
        var overTitle = false
        while m >= start {
            let t = doc.tokens[m]
            // (Over a title, only "of" governs: "the trial of Vice President X"; "remarks from President X, who
            // declared …" may still speak.)
            if t.kind == .word && Self.prepositions.contains(t.lower) { return !overTitle || t.lower == "of" }
            if t.kind == .word && (Self.determinerLike.contains(t.lower) || !t.isCapitalized && m == k - 1 && t.lower.hasSuffix("ing")) {
                m -= 1; continue
            }
            if t.kind == .possessive || t.kind == .number { m -= 1; continue }
            if t.kind == .word, !t.isCapitalized, Self.adjectives.contains(t.lower) { m -= 1; continue }
            // ("the trial of Vice President Riek Machar", "of Malian President X": over a title or a nationality.)
            if set.roles.contains(where: { $0.range.contains(m) })
                || set.mention(at: m).map({ set.mentions[$0].kind == .demonym }) == true {
                overTitle = true
                m -= 1
                continue
            }
            return false
        }
        return false
    }

    private func unique(_ xs: [Int]) -> [Int] {
        var seen = Set<Int>()
        return xs.filter { seen.insert($0).inserted }
    }

    static let prepositions: Set<String> = [
        "in", "of", "at", "from", "for", "to", "with", "on", "against", "over", "near", "across", "since",
        "by", "into", "about", "towards", "toward", "alongside", "within", "behind", "between", "among", "under",
    ]
    static let determinerLike: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "some", "all"]
    static let adjectives: Set<String> = ["former", "neighbouring", "neighboring", "fellow", "other", "main", "key", "western", "european"]
}
