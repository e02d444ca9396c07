/// Pass 4: actors named by common nouns — a country's government ("Mali's
/// ruling junta", "the Malian transitional authorities", "the junta"), its
/// armed forces ("the French army"), a document that speaks ("the joint
/// statement"), pronouns, and roles without a name ("the French president").
extension MentionFinder {
    mutating func findActorNouns() {
        let n = tokens.count
        var i = 0
        while i < n {
            guard !doc.ignored[i], tokens[i].kind == .word, set.owner[i] < 0 || set.mentions[set.owner[i]].kind == .demonym
            else { i += 1; continue }
            let limit = sentenceEnd(i)
            let sentence = tokens[i].sentence
            if set.owner[i] < 0, let hit = lex.governmentNouns.match(tokens, at: i, limit: limit), let mention = government(at: i, length: hit.length) {
                add(mention)
                i += hit.length
                continue
            }
            if set.owner[i] < 0, let hit = lex.forcesNouns.match(tokens, at: i, limit: limit),
               let (country, start) = countryBefore(i) {
                let range = start..<(i + hit.length)
                add(Mention(range: range, kind: .forces, lexicon: country, name: doc.text(tokens: range), sentence: sentence))
                i += hit.length
                continue
            }
            // "the army said": the armed forces of the country the text is about (Coreference/).
            if set.owner[i] < 0, i > 0, tokens[i - 1].lower == "the", let hit = lex.forcesNouns.match(tokens, at: i, limit: limit),
               i + hit.length >= n || tokens[i + hit.length].kind != .word || set.speech(at: i + hit.length) != nil
                || Self.clauseWords.contains(tokens[i + hit.length].lower) {
                let range = (i - 1)..<(i + hit.length)
                add(Mention(range: range, kind: .forces, name: doc.text(tokens: range), sentence: sentence))
                i += hit.length
                continue
            }
            if set.owner[i] < 0, let hit = lex.documentNouns.match(tokens, at: i, limit: limit) {
                var start = i
                if i > 0, tokens[i - 1].lower == "joint" { start = i - 1 }
                if start > 0, Self.determiners.contains(tokens[start - 1].lower) {
                    let range = start..<(i + hit.length)
                    add(Mention(range: range, kind: .document, name: doc.text(tokens: range),
                                detail: tokens[start - 1].lower, sentence: sentence))
                }
                i += hit.length
                continue
            }
            if set.owner[i] < 0, let hit = lex.organizationReferences.match(tokens, at: i, limit: limit),
               i + hit.length >= n || tokens[i + hit.length].lower != "of", let start = definiteStart(before: i) {
                let range = start..<(i + hit.length)
                add(Mention(range: range, kind: .organizationReference, name: doc.text(tokens: range), sentence: sentence))
                i += hit.length
                continue
            }
            if set.owner[i] < 0, Self.isPronoun(tokens[i].lower) {
                add(Mention(range: i..<(i + 1), kind: .pronoun, name: tokens[i].lower, sentence: sentence))
            }
            i += 1
        }
        findRoleDescriptions()
    }

    /// Where "the …" or "this …" starts before a noun at `i`, over a few lower-case
    /// modifiers ("the 15-member bloc", "West Africa's main regional bloc").
    private func definiteStart(before i: Int) -> Int? {
        var k = i - 1
        while k >= 0, i - k <= 5, tokens[k].paragraph == tokens[i].paragraph {
            let t = tokens[k]
            if ["the", "this", "that"].contains(t.lower) { return k }
            if t.kind == .possessive { return k + 1 }
            guard set.owner[k] < 0 || set.place[k], (t.kind == .word && !t.isCapitalized) || t.kind == .number || t.isPunct("-")
            else { return nil }
            k -= 1
        }
        return nil
    }

    /// A government mention for the noun at `i`, with its country if the words say which.
    private func government(at i: Int, length: Int) -> Mention? {
        var start = i
        var k = i - 1
        var modified = false
        while k >= 0, set.owner[k] < 0, !doc.ignored[k],
              lex.governmentModifiers.match(tokens, at: k, limit: i) != nil || punct(tokens, k, "-")
                || (tokens[k].lower == "de" && k + 1 < i) {
            modified = modified || tokens[k].kind == .word
            start = k
            k -= 1
        }
        var country: Int?
        var determiner = ""
        if let (c, s) = countryBefore(start) {
            country = c
            start = s
        } else if k >= 1, tokens[k].kind == .possessive, tokens[k - 1].lower == "country", k >= 2, tokens[k - 2].lower == "the" {
            determiner = "country"
            start = k - 2
        } else if k >= 0, Self.determiners.contains(tokens[k].lower) || tokens[k].lower == "whose" {
            determiner = tokens[k].lower
            start = k
        }
        var end = i + length
        // "the military government in Mali", "the government of Niger".
        // ("The government of neighbouring Burkina Faso": over an adjective or two.)
        if country == nil, end + 1 < tokens.count, ["in", "of"].contains(tokens[end].lower) {
            var at = end + 1
            while at < min(tokens.count, end + 3), set.mention(at: at) == nil, tokens[at].kind == .word,
                  !tokens[at].isCapitalized, !Self.determiners.contains(tokens[at].lower) { at += 1 }
            if let m = set.mention(at: at), set.mentions[m].start == at, isCountry(set.mentions[m]) {
                country = set.mentions[m].lexicon
                end = set.mentions[m].range.upperBound
            }
        }
        let plural = ["governments", "juntas", "regimes", "administrations"].contains(tokens[i + length - 1].lower)
        if country == nil && (plural || (determiner.isEmpty && !modified)) { return nil }
        if country == nil && determiner == "a" && !modified && tokens[i].lower != "junta" { return nil }
        let range = start..<end
        var mention = Mention(range: range, kind: .government, lexicon: country, name: doc.text(tokens: range),
                              sentence: tokens[i].sentence)
        mention.detail = determiner.isEmpty ? (country == nil ? "the" : "") : determiner
        return mention
    }

    /// The country named right before `k` by a demonym ("Malian") or a possessive
    /// ("Mali's"), with the first token of those words (and of a "the" before them).
    func countryBefore(_ k: Int) -> (Int, Int)? {
        var m = k - 1
        guard m >= 0 else { return nil }
        if tokens[m].kind == .possessive { m -= 1 }
        guard m >= 0, let owner = set.mention(at: m), isCountry(set.mentions[owner]),
              set.mentions[owner].range.upperBound == m + 1 else { return nil }
        let mention = set.mentions[owner]
        // "Mali's" needs the possessive; "Malian" stands alone.
        if mention.kind == .named && tokens[k - 1].kind != .possessive { return nil }
        var start = mention.range.lowerBound
        if start > 0, tokens[start - 1].lower == "the" { start -= 1 }
        return (mention.lexicon ?? 0, start)
    }

    /// Whether a mention names a country (by name or demonym).
    func isCountry(_ mention: Mention) -> Bool {
        guard let index = mention.lexicon, mention.kind == .named || mention.kind == .demonym else { return false }
        return lex.entities[index].kind == .country
    }

    /// "the French president", "the spokesman": a role with "the" before and no name after.
    private mutating func findRoleDescriptions() {
        for role in set.roles where !role.title.isRank || isMilitaryRankAlone(role) {
            let after = role.range.upperBound
            if after < tokens.count, tokens[after].isCapitalized, !punct(tokens, after, ",") && set.owner[after] < 0 { continue }
            if after < tokens.count, let m = set.mention(at: after), set.mentions[m].kind == .person { continue }
            // "The United Nations chief, Antonio Guterres, …": the name in apposition is the holder.
            if after + 1 < tokens.count, punct(tokens, after, ","), let m = set.mention(at: after + 1),
               set.mentions[m].kind == .person { continue }
            var start = role.range.lowerBound
            var country: Int?
            if let (c, s) = countryBefore(start) {
                country = c
                start = s
            } else if start > 0, let m = set.mention(at: start - 1), set.mentions[m].end == start,
                      set.mentions[m].kind == .named, let index = set.mentions[m].lexicon, lex.entities[index].kind == .organization {
                // "the UN chief", "AU envoy": the organization the role belongs to.
                start = set.mentions[m].start
            } else if start > 1, tokens[start - 1].kind == .possessive, let m = set.mention(at: start - 2),
                      set.mentions[m].end == start - 1, set.mentions[m].kind == .named,
                      let index = set.mentions[m].lexicon, [.organization, .mission].contains(lex.entities[index].kind) {
                // "Minusma's chief", "ECOWAS's president": the possessive of an organization or a mission.
                start = set.mentions[m].start
            }
            // "the former Nigerian leader": a few adjectives between the article and the role.
            while start > 0, Self.roleAdjectives.contains(tokens[start - 1].lower), start - 1 > sentenceStart(start) {
                start -= 1
            }
            // A headline opens with the role: "UN chief 'deeply concerned' as …".
            let opensHeadline = start == sentenceStart(start) && tokens[start].paragraph == 0
                && (start == 0 || tokens[start].newlineBefore)
            let det = start > 0 ? tokens[start - 1].lower : ""
            let hasThe = det == "the" || (start < role.range.lowerBound && tokens[start].lower == "the")
            // "Niger's military leader": a country's possessive makes the role definite too.
            let possessive = (start..<role.range.lowerBound).contains { tokens[$0].kind == .possessive }
            guard hasThe || opensHeadline || possessive else { continue }
            if det == "the" { start -= 1 }
            let range = start..<role.range.upperBound
            // "the government spokesman", "the army spokesman": a government or forces noun is a modifier here.
            guard range.allSatisfy({ set.owner[$0] < 0 || [.demonym, .named, .government, .forces].contains(set.mentions[set.owner[$0]].kind) })
            else { continue }
            var mention = Mention(range: range, kind: .roleDescription, lexicon: country, name: role.title.name,
                                  sentence: tokens[role.range.lowerBound].sentence)
            mention.detail = doc.text(tokens: role.range)
            add(mention)
        }
    }

    /// "The French general however insisted …": a military rank with "the", written in lower case and
    /// followed by no name but a verb, an adverb or punctuation (not "the general public").
    private func isMilitaryRankAlone(_ role: RoleSpan) -> Bool {
        let k = role.range.lowerBound
        // ("The Malian Colonel rejected …": capitalized after a demonym.)
        let afterDemonym = k > 0 && set.mention(at: k - 1).map { set.mentions[$0].kind == .demonym } == true
        guard role.range.count == 1, Self.militaryRanks.contains(role.title.name.lowercased()),
              !tokens[k].isCapitalized || k == sentenceStart(k) || afterDemonym
        else { return false }
        let after = role.range.upperBound
        guard after < tokens.count else { return true }
        let next = tokens[after]
        return next.kind == .punct || verbAt[after] || Self.clauseWords.contains(next.lower)
            || ["however", "who", "further", "meanwhile", "insisted", "noted"].contains(next.lower)
    }

    static let militaryRanks: Set<String> = ["general", "colonel", "captain", "lieutenant", "major", "admiral", "commander", "marshal"]

    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "this", "that"]
    /// Words after "the army" that show it is the subject of a clause ("the army said", "the army has …").
    static let clauseWords: Set<String> = [
        "has", "had", "have", "was", "were", "is", "are", "will", "would", "also", "later", "then", "said", "says",
        "announced", "claimed", "confirmed", "denied", "added", "stated", "reported",
    ]
    /// Adjectives between "the" and a role without a name ("the former Nigerian leader").
    static let roleAdjectives: Set<String> = [
        "former", "then", "late", "outgoing", "incoming", "current", "acting", "veteran", "new", "national", "senior", "top",
    ]
    static let pronouns: Set<String> = ["he", "she", "it", "they"]

    /// Whether a lower-cased word is one of `pronouns` (asked for every token: a
    /// comparison of short strings costs less than hashing one).
    @inline(__always) static func isPronoun(_ word: String) -> Bool {
        word.utf8.count <= 4 && (word == "he" || word == "she" || word == "it" || word == "they")
    }
}
