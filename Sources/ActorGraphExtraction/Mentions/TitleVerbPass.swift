/// Pass 2: titles and roles, verbs of saying and relation triggers.
extension MentionFinder {
    mutating func findTitlesAndVerbs() {
        var i = 0
        let n = tokens.count
        while i < n {
            guard !doc.ignored[i], set.owner[i] < 0, tokens[i].kind == .word else { i += 1; continue }
            let limit = sentenceEnd(i)
            if let hit = lex.titles.match(tokens, at: i, limit: limit, accept: { _, range in
                range.allSatisfy { set.owner[$0] < 0 }
            }) {
                let roleStart = hit.payload.isRank ? i : modifierStart(before: i)
                let span = RoleSpan(range: roleStart..<(i + hit.length), title: hit.payload)
                let index = set.roles.count
                set.roles.append(span)
                for m in span.range { roleAt[m] = index }
                i += hit.length
                continue
            }
            i += 1
        }
        i = 0
        while i < n {
            guard !doc.ignored[i], set.owner[i] < 0, tokens[i].kind == .word else { i += 1; continue }
            let limit = sentenceEnd(i)
            if let hit = lex.speech.match(tokens, at: i, limit: limit, accept: { verb, range in
                // A passive ("was called in to hear", "were urged to") has no speaker of its own.
                !(verb.mode == .object && isPassive(before: range.lowerBound))
                && (verb.next.isEmpty || (range.upperBound < n && verb.next.contains(tokens[range.upperBound].lower)))
            }) {
                for m in i..<(i + hit.length) { verbAt[m] = true; set.speechAt[m] = set.speech.count }
                set.speech.append(SpeechSpan(range: i..<(i + hit.length), verb: hit.payload))
            }
            if let hit = lex.relations.match(tokens, at: i, limit: limit) {
                set.triggers.append(TriggerSpan(range: i..<(i + hit.length), pattern: hit.payload))
                for m in i..<(i + hit.length) { verbAt[m] = true }
                i += hit.length
                continue
            }
            i += 1
        }
    }

    /// The first of up to three modifier words right before a role head
    /// ("foreign policy" in "foreign policy chief", "Defense" in "Defense Minister").
    private func modifierStart(before i: Int) -> Int {
        var start = i
        var k = i - 1
        while k >= 0, i - k <= 3, set.owner[k] < 0, !doc.ignored[k], tokens[k].kind == .word,
              tokens[k].paragraph == tokens[i].paragraph, roleAt[k] < 0, !tokens[k].isAllCaps,
              !isFunctionWord(tokens[k]) || tokens[k].lower == "military",
              !lex.speech.startsPhrase(tokens[k].word), !lex.relations.startsPhrase(tokens[k].word),
              Self.roleModifiers.contains(tokens[k].lower) || (tokens[k].isCapitalized && k > sentenceStart(i)),
              // "Transport Ministry spokesman": a capitalized organization word stays the employer's name.
              !(tokens[k].isCapitalized && lex.orgHeads.contains(tokens[k].lower)) {
            start = k
            k -= 1
        }
        return start
    }

    /// Words that qualify a role ("foreign policy chief", "military spokesman").
    static let roleModifiers: Set<String> = [
        "foreign", "policy", "defense", "defence", "interior", "finance", "prime", "deputy", "vice", "military",
        "army", "security", "justice", "economy", "trade", "health", "education", "energy", "information",
        "communications", "communication", "government", "junta", "rebel", "opposition", "senior", "top",
        "chief", "former", "acting", "interim", "transitional", "regional", "national", "general", "special",
        "armed", "forces", "state", "defence", "affairs", "peace", "foreign-policy", "diplomacy", "cabinet",
        "presidential", "ministry", "party", "mission", "force", "operations", "intelligence", "police",
        "navy", "naval", "air", "political", "research", "programme", "program", "sahel", "africa",
    ]

    /// Whether a form of "be" (and an adverb) stands right before `k`: "was called", "were also urged".
    func isPassive(before k: Int) -> Bool {
        var m = k - 1
        if m >= 0, ["also", "later", "then", "reportedly", "repeatedly"].contains(tokens[m].lower) { m -= 1 }
        return m >= 0 && ["was", "were", "been", "being", "be", "is", "are"].contains(tokens[m].lower)
    }
}
