import ActorGraph

/// Speakers the text describes instead of naming: "a security source", "the official of the VDP",
/// "the prosecutor", the issuer of "the statement", a group opening the clause.
extension SpeechAnalyzer {
    /// Remembers an organization that an official or a spokesman (the word at `head`) speaks for.
    mutating func noteVoice(_ result: SpeakerResult, head: Int) {
        guard case let .entities(entities, _) = result, entities.count == 1, table[entities[0]].kind == .organization,
              Self.voiceHeads.contains(doc.tokens[head].lower) else { return }
        lastVoice = (entities[0], doc.tokens[head].sentence)
    }

    /// Who issued the document that speaks in `sentence`: the authors named with a document before
    /// (within four sentences), else the one actor or group of actors (no document) who spoke last,
    /// within three sentences.
    mutating func issuers(at sentence: Int) -> [Int]? {
        if let authors = documentAuthors, sentence - authors.sentence <= 4 { return authors.entities }
        guard let last = lastSpeakers, sentence - last.sentence <= 3, !last.entities.isEmpty,
              last.entities.allSatisfy({ table[$0].kind.isActor && !table[$0].isDocument }) else { return nil }
        documentAuthors = (last.entities, sentence)
        return last.entities
    }

    /// "the official", "the source": a speaker described before, named again by
    /// its head noun; "the VDP official": an official of the organization named
    /// as a modifier, who speaks for it.
    func describedReference(_ range: Range<Int>) -> SpeakerResult? {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, doc.tokens[lo].kind == .punct { lo += 1 }
        while hi > lo, doc.tokens[hi - 1].kind == .punct { hi -= 1 }
        guard hi - lo >= 2, hi - lo <= 4, doc.tokens[lo].lower == "the" else { return nil }
        let head = doc.tokens[hi - 1].lower
        // "the Russian news agency said", "the broadcaster added": the news outlet named last.
        if Self.mediaHeads.contains(head), let outlet = lastMediaOutlet(before: lo) { return outlet }
        guard Self.describedHeads.contains(head), set.mention(at: hi - 1).map({ set.mentions[$0].kind == .roleDescription }) ?? true
        else { return nil }
        if doc.tokens[lo + 1].lower == "same", let same = sameSpeaker(lo..<hi, head: head) { return same }
        // "the Houthi spokesperson" after "Houthi military spokesperson Yahya Sarea": the holder named before.
        if let role = set.mention(at: hi - 1), let holder = set.mentions[role].entity, table[holder].kind == .person {
            return .entities([holder], mentions: [role])
        }
        // The organization named between the article and the head (the role description covering the
        // whole phrase is its owner, so look for the name among all mentions).
        if hi - lo > 2, let owner = set.firstMention(inside: (lo + 1)..<(hi - 1), where: { $0.kind == .named || $0.kind == .organization }) {
            guard let e = set.mentions[owner].entity, table[e].kind == .organization else { return nil }
            return .entities([e], mentions: [owner])
        }
        guard hi - lo == 2, let earlier = describedByHead[head] else { return nil }
        return .entities(earlier.entities, mentions: earlier.mentions)
    }

    /// "the same diplomatic source" (`words`, opening "the same"): the unnamed speaker of that name, else the
    /// one described before by that noun; "the same source": the one described before by that noun ("A
    /// security source told AFP … A local official said … the same source continued"), else whoever spoke
    /// last, within four sentences.
    func sameSpeaker(_ words: Range<Int>, head: String) -> SpeakerResult? {
        let (lo, hi) = (words.lowerBound, words.upperBound)
        if hi - lo == 4, set.mention(at: lo + 2) == nil {
            let name = doc.text(tokens: (lo + 2)..<hi).lowercased()
            if let e = table.list.indices.last(where: { table[$0].attributes["unnamed"] == "yes" && table[$0].name.lowercased().contains(name) }) {
                return .entities([e], mentions: [])
            }
            if let earlier = describedByHead[head] { return .entities(earlier.entities, mentions: earlier.mentions) }
        }
        guard hi - lo == 3 else { return nil }
        if let earlier = describedByHead[head] { return .entities(earlier.entities, mentions: earlier.mentions) }
        if let last = lastSpeakers, !last.entities.isEmpty, doc.tokens[lo].sentence - last.sentence <= 4 {
            return .entities(last.entities, mentions: [])
        }
        return nil
    }

    /// The news outlet (a lexicon organization of type media) named last within six sentences before `k`.
    func lastMediaOutlet(before k: Int) -> SpeakerResult? {
        let sentence = doc.tokens[k].sentence
        var m = k - 1
        while m >= 0, sentence - doc.tokens[m].sentence <= 6 {
            if let owner = set.mention(at: m), let e = set.mentions[owner].entity, let l = table[e].lexicon,
               table[e].kind == .organization, lex.entities[l].isNewsOutlet {
                return .entities([e], mentions: [owner])
            }
            m -= 1
        }
        return nil
    }

    /// A speaker the subject words describe without naming: "a serviceman of the
    /// corps" speaks for the corps it belongs to; "the leaders of the three Sahel
    /// nations" and "a source close to the government" become a node of their
    /// own, kept to this document (attribute `unnamed`). Only phrases that open
    /// with a determiner or a number and whose head is a word for people
    /// (`describedHeads`, or a title) qualify.
    mutating func describedSpeaker(_ words: Range<Int>, bareEnough: Bool = false) -> SpeakerResult? {
        var lo = words.lowerBound, hi = words.upperBound
        while lo < hi, doc.tokens[lo].kind == .punct { lo += 1 }
        while hi > lo, doc.tokens[hi - 1].kind == .punct || Self.auxiliaries.contains(doc.tokens[hi - 1].lower)
                || doc.tokens[hi - 1].lower == "as" { hi -= 1 }
        if let named = countedCountries(lo..<hi) { return named }
        // "a source who was on the ground in Mamfe": a relative clause ends the description.
        if let relative = (lo + 2..<max(lo + 2, hi)).first(where: { ["who", "which", "that"].contains(doc.tokens[$0].lower) }) {
            hi = relative
            while hi > lo, doc.tokens[hi - 1].kind == .punct { hi -= 1 }
        }
        // With `bareEnough`, a plural head needs no determiner ("regional leaders decided …").
        // ("Sources in Zabarmari", "locals in Nioro": a plural head and the place they are in.)
        func isPlaceWord(_ k: Int) -> Bool {
            guard doc.tokens[k].isCapitalized else { return false }
            guard let m = set.mention(at: k), let e = set.mentions[m].entity else { return true }
            return table[e].kind == .country
        }
        let placed = hi - lo >= 3 && hi - lo <= 5 && Self.pluralHeads.contains(doc.tokens[lo].lower)
            && ["in", "of", "from", "near", "around"].contains(doc.tokens[lo + 1].lower)
            && (lo + 2..<hi).allSatisfy(isPlaceWord)
        let bare = bareEnough && hi > lo && (placed || Self.pluralHeads.contains(doc.tokens[hi - 1].lower)
            && (lo..<hi).allSatisfy { doc.tokens[$0].kind == .word && set.mention(at: $0) == nil })
        // "Bazoum's collective of lawyers": a person's possessive opens the description too.
        let ownedByPerson = set.mention(at: lo).map {
            set.mentions[$0].start == lo && speakerResolver.ownsSpeakers($0, within: lo..<hi)
        } ?? false
        guard hi > lo, hi - lo <= 14,
              bare || ownedByPerson || Self.describedOpeners.contains(doc.tokens[lo].lower) || doc.tokens[lo].kind == .number
        else { return nil }
        // "security and local sources": "and" joins the adjectives of anonymous voices.
        let joinsAdjectives = Self.anonymousVoices.contains(doc.tokens[hi - 1].lower) && (lo..<hi).allSatisfy { set.mention(at: $0) == nil }
        guard (lo..<hi).allSatisfy({ doc.tokens[$0].kind != .quote && set.speech(at: $0) == nil
            && !["that", "who", "which"].contains(doc.tokens[$0].lower) && (doc.tokens[$0].lower != "and" || joinsAdjectives) })
        else { return nil }
        // "One of the leaders of …", "some of the residents": the head is after the partitive.
        var scan = lo
        let partitive = lo + 2 < hi && Self.partitives.contains(doc.tokens[lo].lower) && doc.tokens[lo + 1].lower == "of"
        if partitive {
            scan = lo + 2
            while scan < hi, ["the", "his", "her", "their", "its"].contains(doc.tokens[scan].lower) { scan += 1 }
        }
        // The head: the last word for people before the first preposition ("close" counts as one).
        var head: Int?
        var k = scan
        while k < hi {
            let w = doc.tokens[k].lower
            if k > scan, SpeakerResolver.prepositions.contains(w) || w == "close" || punct(doc.tokens, k, ",") { break }
            // "a source with direct knowledge of the situation | as saying".
            if k > lo, w == "as" || w == "saying" { hi = k; break }
            // "a senior US official travelling with Blinken": a participle ends the description.
            if k > lo, head != nil, w.count > 5, w.hasSuffix("ing"), !doc.tokens[k].isCapitalized, set.mention(at: k) == nil {
                hi = k
                break
            }
            // A title is a description only after "a"/"an"/a number: "the high representative" points to a person.
            let indefinite = doc.tokens[lo].lower != "the"
            if Self.describedHeads.contains(w) || (indefinite && set.owner[k] < 0 && lex.titles.match(doc.tokens, at: k, limit: hi) != nil) { head = k }
            k += 1
        }
        guard let head else { return nil }
        // ("a figure confirmed to AFP" is a number; "a civilian figure" is a person.)
        if Self.modifiedHeads.contains(doc.tokens[head].lower), head == scan || Self.describedDeterminers.contains(doc.tokens[head - 1].lower) {
            return nil
        }
        // With no preposition after the head, the description ends with it ("a security source | many people
        // are thought to have died").
        if k == hi { hi = head + 1 }
        // The name drops a time or a participle phrase after the head ("woman | on Sunday", "resident | quoted
        // by the UN …"); it keeps places and members ("resident of Moura", "leaders of the three nations").
        var nameEnd = hi
        // ("a local teacher | , whose colleague was killed,": the name ends at a comma.)
        if let comma = (head + 1..<hi).first(where: { punct(doc.tokens, $0, ",") }) { nameEnd = comma }
        if let time = (head + 1..<hi).first(where: { $0 + 1 < hi && ["on", "last", "this"].contains(doc.tokens[$0].lower)
            && Self.timeWords.contains(doc.tokens[$0 + 1].lower) }) {
            nameEnd = time
        }
        // ("a security source | on the border", "a witness | at the scene": a circumstance, not who they are.)
        if head + 1 < nameEnd, ["on", "at", "near", "along", "during", "after", "before"].contains(doc.tokens[head + 1].lower) {
            nameEnd = head + 1
        }
        if head + 1 < nameEnd, doc.tokens[head + 1].lower.hasSuffix("ed"), !doc.tokens[head + 1].isCapitalized {
            nameEnd = head + 1
        }
        let preposition = k < hi ? doc.tokens[k].lower : ""
        // "the spokesman" alone is a role pointing back, not a description; "the leaders of …" is one.
        // "the three Sahel countries" is one: a plural head with words before it.
        // "the security source" is one too: such a noun never points back to a named holder.
        if doc.tokens[lo].lower == "the" && preposition.isEmpty
            && !(Self.pluralHeads.contains(doc.tokens[head].lower) && head - lo >= 2)
            && !(Self.anonymousHeads.contains(doc.tokens[head].lower) && head - lo >= 2) { return nil }
        // "of/for/from X": the speaker speaks for X.
        if ["of", "for", "from", "with"].contains(preposition) {
            var m = k + 1
            while m < hi {
                if let owner = set.mention(at: m), let e = set.mentions[owner].entity, table[e].kind.isActor || table[e].kind == .mission {
                    describedByHead[doc.tokens[head].lower] = ([e], [owner])
                    noteVoice(.entities([e], mentions: [owner]), head: head)
                    return .entities([e], mentions: [owner])
                }
                m += 1
            }
        }
        var first = lo
        // "a police officer", "one police officer": the description without its article is the name.
        if Self.describedDeterminers.contains(doc.tokens[first].lower) || (!partitive && doc.tokens[first].lower == "one") {
            first += 1
        }
        // "an anonymous Kafolo resident": not being named is not part of who they are.
        while first + 1 < hi, first < head, Self.unnamedAdjectives.contains(doc.tokens[first].lower) { first += 1 }
        guard first < hi else { return nil }
        let name = EntityTable.clean(doc.text(tokens: first..<max(first + 1, min(hi, nameEnd))))
        // (A number is a count, "three officials", not an age: "the 50-year old father of seven".)
        let counted = doc.tokens[first].kind == .number && !punct(doc.tokens, first + 1, "-")
        let plural = (Self.pluralHeads.contains(doc.tokens[head].lower) || counted
            || doc.tokens[first].lower.hasPrefix("group")) && !(partitive && doc.tokens[lo].lower == "one")
        let kind: NodeKind = plural ? .organization : .person
        let id = "\(kind.rawValue):\(documentKey)-\(NodeID.slug(name))"
        let e = table.intern(id) {
            var made = DocEntity(id: id, kind: kind, name: name)
            made.attributes["unnamed"] = "yes"
            return made
        }
        // "police officer in the region" is also, in short, "police officer".
        if min(hi, nameEnd) > head + 1, head >= first { table.addAlias(doc.text(tokens: first..<(head + 1)), to: e) }
        // "Malian security source" is also "security source": the nationality says where, not who.
        if first + 1 <= head, let m = set.mention(at: first), set.mentions[m].kind == .demonym, set.mentions[m].range.upperBound == first + 1 {
            table.addAlias(doc.text(tokens: (first + 1)..<max(first + 2, min(hi, nameEnd))), to: e)
        }
        describedByHead[doc.tokens[head].lower] = ([e], [])
        // "One of the soldiers …" is later "the soldier", and a soldier.
        if partitive, doc.tokens[lo].lower == "one", let singular = Self.singular(of: doc.tokens[head].lower) {
            describedByHead[singular] = ([e], [])
            table.addAlias(singular, to: e)
        }
        return .entities([e], mentions: [])
    }

    /// "the prosecutor said" when the text names no prosecutor and nobody spoke
    /// just before: an unnamed person, named by the role ("military prosecutor").
    mutating func unnamedRoleHolder(_ words: Range<Int>) -> SpeakerResult? {
        var lo = words.lowerBound, hi = words.upperBound
        while lo < hi, doc.tokens[lo].kind == .punct { lo += 1 }
        while hi > lo, doc.tokens[hi - 1].kind == .punct || Self.auxiliaries.contains(doc.tokens[hi - 1].lower) { hi -= 1 }
        guard hi - lo >= 2, hi - lo <= 4, doc.tokens[lo].lower == "the",
              let role = set.roles.first(where: { $0.range.upperBound == hi && $0.range.lowerBound > lo }),
              !role.title.isRank, !role.title.anonymous,
              ((lo + 1)..<hi).allSatisfy({ doc.tokens[$0].kind == .word && (set.mention(at: $0).map { set.mentions[$0].kind == .roleDescription } ?? true) })
        else { return nil }
        let name = EntityTable.clean(doc.text(tokens: (lo + 1)..<hi))
        let id = "person:\(documentKey)-\(NodeID.slug(name))"
        let e = table.intern(id) {
            var made = DocEntity(id: id, kind: .person, name: name)
            made.attributes["unnamed"] = "yes"
            return made
        }
        return .entities([e], mentions: [])
    }

    /// "They said" with no speaker "they" can stand for: the speakers of the
    /// statement just before when several spoke together, else a group the
    /// sentence before opens with ("Around 15 soldiers in fatigues appeared …
    /// “…,” they said").
    mutating func theyOfPreviousSentence(_ words: Range<Int>, sentence: Int) -> SpeakerResult? {
        let subject = words.filter { doc.tokens[$0].kind == .word }
        guard subject.count == 1, doc.tokens[subject[0]].lower == "they", sentence > 0 else { return nil }
        if let last = lastSpeakers, last.entities.count >= 2, sentence - last.sentence <= 2 {
            return .entities(last.entities, mentions: [])
        }
        let previous = doc.sentences[sentence - 1].tokens
        let end = openingPhraseEnd(from: previous.lowerBound, limit: min(previous.upperBound, previous.lowerBound + 10))
        guard end > previous.lowerBound, end < previous.upperBound, case let .entities(entities, mentions)? = describedSpeaker(previous.lowerBound..<end),
              entities.count == 1, table[entities[0]].kind == .organization else { return nil }
        return .entities(entities, mentions: mentions)
    }

    /// A group described at the opening of the quote's comma clause when no actor
    /// is named there ("After the meeting, regional leaders decided “…”").
    mutating func describedClauseOpening(before end: Int, in sentence: Range<Int>) -> SpeakerResult? {
        var start = end - 1
        while start > sentence.lowerBound, !punct(doc.tokens, start - 1, ",") { start -= 1 }
        let stop = openingPhraseEnd(from: start, limit: end)
        guard stop > start, stop < end else { return nil }
        // "Several people were killed as …": the subject of a passive suffers, it does not speak.
        if ["was", "were", "is", "are", "been"].contains(doc.tokens[stop].lower), stop + 1 < end,
           doc.tokens[stop + 1].lower.hasSuffix("ed") || ["killed", "hurt", "wounded", "taken", "held", "shot"].contains(doc.tokens[stop + 1].lower) {
            return nil
        }
        return describedSpeaker(start..<stop, bareEnough: true)
    }

    /// Where the noun phrase that opens a clause at `start` ends: before the first
    /// punctuation or quotation mark, or the first word after the opening one that
    /// reads as its verb (an auxiliary, a copula, a past form: "Around 15 soldiers
    /// in fatigues | appeared", "regional leaders | decided").
    func openingPhraseEnd(from start: Int, limit: Int) -> Int {
        var k = start
        while k < limit {
            let t = doc.tokens[k]
            guard t.kind == .word || t.kind == .number else { break }
            if t.kind == .word, k > start || !t.isCapitalized,
               Self.auxiliaries.contains(t.lower) || ["are", "were", "is", "was", "whom", "who", "which"].contains(t.lower)
                || (t.lower.hasSuffix("ed") && !Self.describedHeads.contains(t.lower)) {
                break
            }
            k += 1
        }
        return k
    }

    /// "the three countries", "The three governments" after "The governments of Mali, Burkina Faso and
    /// Niger": the countries of the last sentence (this one or before) that names that many.
    func countedCountries(_ words: Range<Int>) -> SpeakerResult? {
        guard words.count >= 3, words.count <= 5, doc.tokens[words.lowerBound].lower == "the",
              let count = Self.smallNumbers[doc.tokens[words.lowerBound + 1].lower],
              Self.countryGroupHeads.contains(doc.tokens[words.upperBound - 1].lower) else { return nil }
        var sentence = doc.tokens[words.lowerBound].sentence
        while sentence >= 0, doc.tokens[words.lowerBound].sentence - sentence <= 3 {
            var countries: [Int] = [], mentions: [Int] = []
            for (index, m) in set.mentions.enumerated() where m.sentence == sentence && m.start < words.lowerBound
                && (m.kind == .named || m.kind == .demonym) {
                guard let e = m.entity, table[e].kind == .country, !countries.contains(e) else { continue }
                countries.append(e)
                mentions.append(index)
            }
            if countries.count == count { return .entities(countries, mentions: mentions) }
            sentence -= 1
        }
        return nil
    }
}
