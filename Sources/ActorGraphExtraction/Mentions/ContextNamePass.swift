/// Pass 3: people, organizations and missions that the lexicon does not know,
/// recognized from the words around a capitalized name: a title before it
/// ("Defense Minister Christine Lambrecht"), a role in apposition ("Delina
/// Goxho, researcher …"; "the head of …, Assimi Goita"), a verb of saying
/// ("Kirby said"), an organization word ("… Institute"), a role's employer
/// ("researcher at the Scuola Normale Superiore"), a defined acronym, or
/// "Operation …".
extension MentionFinder {
    mutating func findNamesFromContext() {
        var i = 0
        let n = tokens.count
        // A name keeps the kind its first mention was given ("uranium miner Orano … Orano said": a company).
        var kinds: [String: MentionKind] = [:]
        while i < n {
            guard let run = nameRun(from: i) else { i += 1; continue }
            if var mention = classify(run) {
                if let first = kinds[mention.name], first != mention.kind, [.person, .organization].contains(first),
                   [.person, .organization].contains(mention.kind) {
                    mention.kind = first
                }
                kinds[mention.name] = kinds[mention.name] ?? mention.kind
                add(mention)
                i = mention.range.upperBound
            } else {
                i = run.upperBound
            }
        }
        findAcronyms()
    }

    /// Adjectives that open an organization's name when capitalized before it ("Central Bank").
    static let nameAdjectives: Set<String> = ["central", "national", "international", "islamic", "african", "arab", "european"]

    /// Whether token `k` is a capitalized adjective of `nameAdjectives` that no mention holds.
    func isNameAdjective(_ k: Int) -> Bool {
        tokens[k].isCapitalized && Self.nameAdjectives.contains(tokens[k].lower) && set.owner[k] < 0
    }

    /// A run of capitalized words that may be a name, starting at `i`.
    func nameRun(from i: Int, connectors: Bool = false) -> Range<Int>? {
        guard isNameWord(i), !tokens[i].isAllCaps || tokens[i].key.count > 6 else { return nil }
        var j = i + 1
        // (Each particle lengthens the name it is in: "Sayyid Badr bin Hamad bin Hamood Albusaidi".)
        var limit = 6
        while j < tokens.count, j - i < limit {
            let t = tokens[j]
            if t.newlineBefore { break }
            if isNameWord(j), !t.isAllCaps { j += 1; continue }
            // Particles inside names: "Iyad Ag Ghaly", "Ould", "bin", "de".
            if Self.particles.contains(t.lower), j + 1 < tokens.count, isNameWord(j + 1), !tokens[j + 1].newlineBefore {
                j += 2
                limit = min(limit + 1, 9)
                continue
            }
            // "Abdel Fattah al-Burhan", "Abdel Fattah el-Sisi": a particle joined by a hyphen.
            if !t.isCapitalized, Self.particles.contains(t.lower), j + 2 < tokens.count, punct(tokens, j + 1, "-"),
               !tokens[j + 1].spaceBefore, !tokens[j + 2].spaceBefore, isNameWord(j + 2) {
                j += 3
                limit = min(limit + 1, 9)
                continue
            }
            // "Council of Ministers": after a connector, a capitalized title word is part of the name too.
            if connectors, Self.connectors.contains(t.lower), j + 1 < tokens.count,
               isNameWord(j + 1) || (tokens[j + 1].isCapitalized && tokens[j + 1].kind == .word && isFree(j + 1)
                                     && roleAt[j + 1] >= 0 && !set.roles[roleAt[j + 1]].title.isRank),
               !tokens[j + 1].newlineBefore {
                j += 2; continue
            }
            // Jimmy “Barbecue” Cherizier: a nickname in marks inside the name.
            // (Not when the text ends within two tokens: the range would be empty.)
            if t.kind == .quote, j + 2 < tokens.count,
               let close = (j + 2...min(j + 3, tokens.count - 1)).first(where: { tokens[$0].kind == .quote }),
               QuoteFinder.isNickname(tokens, j, close), isNameWord(close + 1) {
                j = close + 1; continue
            }
            // "Tigray People’s Liberation Front", "Sudan’s Doctors’ Union": a group noun's possessive inside a name.
            if connectors, t.kind == .possessive, Self.possessiveGroupWords.contains(tokens[j - 1].lower),
               j + 1 < tokens.count, isNameWord(j + 1), !tokens[j + 1].newlineBefore {
                j += 2; continue
            }
            // "Jean-Yves", "Liptako-Gourma".
            if t.isPunct("-"), !t.spaceBefore, j + 1 < tokens.count, isNameWord(j + 1), !tokens[j + 1].spaceBefore {
                j += 2; continue
            }
            break
        }
        return i..<j
    }

    /// Whether token `k` is a given name of the lexicon ("Ahmed", "Jean"), which opens a person's name.
    func isGivenName(_ k: Int) -> Bool { lex.firstNameGender[NameFold.lower(tokens[k].text)] != nil }

    /// Whether token `k` can be part of a name: a free capitalized word that is
    /// not a function word, a title or a verb.
    func isNameWord(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].isCapitalized, tokens[k].kind == .word, isFree(k), roleAt[k] < 0, !verbAt[k]
        else { return false }
        return !Self.functionWords.contains(tokens[k].lower) && !lex.commonWords.contains(tokens[k].lower)
    }

    private mutating func classify(_ run: Range<Int>) -> Mention? {
        let sentence = tokens[run.lowerBound].sentence
        func make(_ range: Range<Int>, _ kind: MentionKind) -> Mention {
            // Jimmy “Barbecue” Cherizier: named without the nickname, which becomes an alias.
            if let open = range.first(where: { tokens[$0].kind == .quote }),
               let close = range.last(where: { tokens[$0].kind == .quote }), close > open + 1 {
                let name = doc.text(tokens: range.lowerBound..<open) + " " + doc.text(tokens: (close + 1)..<range.upperBound)
                return Mention(range: range, kind: kind, name: name, detail: doc.text(tokens: (open + 1)..<close),
                               sentence: sentence)
            }
            return Mention(range: range, kind: kind, name: doc.text(tokens: range), sentence: sentence)
        }
        let first = tokens[run.lowerBound]
        // The run with connectors ("Council of Ministers"), for the organization words below.
        let wideRun = nameRun(from: run.lowerBound, connectors: true)
        // A treaty ("Convention on Diplomatic Relations", "Algiers Accord") or a portfolio ("Minister for Foreign
        // Affairs") is no organization.
        if wideRun.map({ $0.contains(where: { Self.treatyWords.contains(tokens[$0].lower) }) }) == true
            || run.allSatisfy({ Self.portfolioWords.contains(tokens[$0].lower) }) {
            return nil
        }
        // "Operation Dune", "Task Force Sabre".
        if first.lower == "operation" || first.lower == "opération", run.count >= 2 { return make(run, .mission) }
        if first.lower == "task", run.count >= 3, tokens[run.lowerBound + 1].lower == "force" { return make(run, .mission) }
        // An organization word: "Ministry of Defence", "Institute for Security Studies".
        let adjectiveBefore = run.lowerBound > 0 && !tokens[run.lowerBound].newlineBefore && isNameAdjective(run.lowerBound - 1)
        if let wide = wideRun, wide.count >= 2 || adjectiveBefore,
           wide.contains(where: { lex.orgHeads.contains(tokens[$0].lower) }),
           !(wide.count == run.count && lex.forcesNouns.match(tokens, at: run.lowerBound, limit: run.upperBound)?.length == run.count) {
            // A region's name opens many organizations' names: "Sahel Peace Observatory".
            var start = wide.lowerBound
            // "Tigray People’s | Liberation Front", "Sudan’s Doctors’ | Union": over a group's possessive.
            if start >= 2, tokens[start - 1].kind == .possessive, tokens[start - 2].isCapitalized,
               Self.possessiveGroupWords.contains(tokens[start - 2].lower), set.owner[start - 2] < 0 {
                start -= 2
                while start > 0, tokens[start - 1].isCapitalized, tokens[start - 1].kind == .word, set.owner[start - 1] < 0,
                      !tokens[start].newlineBefore, !doc.ignored[start - 1], roleAt[start - 1] < 0,
                      !Self.functionWords.contains(tokens[start - 1].lower) {
                    start -= 1
                }
            }
            while start > 0, set.place[start - 1], set.owner[start - 1] < 0, tokens[start - 1].isCapitalized,
                  !tokens[start].newlineBefore, !doc.ignored[start - 1] {
                start -= 1
            }
            // "Central Bank", "National Assembly": a capitalized adjective opens the name.
            while start > 0, isNameAdjective(start - 1), !tokens[start].newlineBefore, !doc.ignored[start - 1] {
                start -= 1
            }
            // "Minister of State at the Foreign Ministry Mohammed Al-Khulaifi": a given name after the
            // organization's last word opens the name of the person who follows.
            var end = wide.upperBound
            if let head = (start..<end).last(where: { lex.orgHeads.contains(tokens[$0].lower) }), head + 2 < end,
               head + 1 > start, isGivenName(head + 1), !lex.orgHeads.contains(tokens[head + 1].lower) {
                end = head + 1
            }
            return make(start..<end, .organization)
        }
        let before = run.lowerBound - 1
        // A title right before: "Defense Minister Christine Lambrecht", "Captain Ibrahim Traore".
        if before >= 0, roleAt[before] >= 0, !set.roles[roleAt[before]].title.anonymous || run.count >= 2 {
            return make(run, .person)
        }
        // A name right after a closing quote, then who they are and the verb: "“…,” Ahmat Absakine, Caritas
        // staff member said."
        // ("“…,” Abdirizak, a doctor at Mogadishu’s Banadir Hospital told Reuters": one name is enough.)
        if run.count <= 4, before >= 1, tokens[before].kind == .quote,
           run.count >= 2 || tokens[before].sentence == tokens[run.lowerBound].sentence && looksLikeName(run.lowerBound),
           [",", ".", "?", "!"].contains(tokens[before - 1].text), punct(tokens, run.upperBound, ","),
           let verb = (run.upperBound + 1..<min(tokens.count, run.upperBound + 25)).first(where: {
               set.speech(at: $0) != nil || tokens[$0].kind == .quote || tokens[$0].sentence != tokens[run.lowerBound].sentence }),
           set.speech(at: verb) != nil {
            return make(run, .person)
        }
        // A given name after an actor's possessive: "said Al Jazeera’s Ahmed Idris", "Nigeria’s Bola Tinubu".
        if run.count >= 2, run.count <= 4, before >= 1, tokens[before].kind == .possessive, set.mention(at: before - 1) != nil,
           isGivenName(run.lowerBound) {
            return make(run, .person)
        }
        // A role with its complement right before: "Ambassador to the United Nations Richard Mills", "special
        // envoy to Yemen Hans Grundberg".
        if run.count >= 2, before >= 0, let owner = set.mention(at: before), set.mentions[owner].end == run.lowerBound {
            var k = set.mentions[owner].start - 1
            if k >= 0, tokens[k].lower == "the" { k -= 1 }
            // ("Minister of State at the Foreign Ministry Mohammed Al-Khulaifi": the role's own complement first.)
            var r = k - 1
            if r >= 3, roleAt[r] < 0, tokens[r].isCapitalized, tokens[r - 1].lower == "of", roleAt[r - 2] >= 0 { r -= 2 }
            if k >= 1, ["to", "of", "for", "in", "at"].contains(tokens[k].lower), roleAt[r] >= 0,
               !set.roles[roleAt[r]].title.isRank {
                return make(run, .person)
            }
        }
        // The employer after a role: "researcher … at the Scuola Normale Superiore".
        if run.count >= 2, isEmployerSlot(run.lowerBound) { return make(run, .organization) }
        // An organization in apposition after: "Air Info, an Agadez-based media outlet that covers …".
        if run.count <= 4, organizationFollows(run.upperBound), run.count >= 2 || looksLikeName(run.lowerBound) {
            return make(run, .organization)
        }
        // Apposition after: "Delina Goxho, researcher on …", "Olivier Salgado, the spokesman for …".
        if run.count >= 2, roleFollows(run.upperBound) { return make(run, .person) }
        // "Mabinty Kalabane, a 23-year-old baker, voted …": a person noun in apposition.
        if run.count >= 2, personNounFollows(run.upperBound) { return make(run, .person) }
        // Apposition before: "the head of Mali's ruling junta, Assimi Goita, posted …".
        if run.count >= 2, before >= 0, punct(tokens, before, ","), rolePrecedes(comma: before),
           run.upperBound >= tokens.count || punct(tokens, run.upperBound, ",") || verbFollows(run.upperBound)
            || punct(tokens, run.upperBound, ".") || Self.clauseVerbs.contains(tokens[run.upperBound].lower) {
            return make(run, .person)
        }
        // A described person in apposition, then a verb of saying: "Barnbé Somda, a member of the coalition,
        // said"; "Zahra, a mother of six who fled …, told AFP".
        if run.count <= 4, run.count >= 2 || looksLikeName(run.lowerBound), descriptionThenSpeech(after: run.upperBound) {
            return make(run, .person)
        }
        // A described person before: "Another survivor, Adam, said"; "A resident, Fatou Diallo, told …".
        if run.count <= 4, before >= 1, punct(tokens, before, ","), describedPersonPrecedes(comma: before),
           run.upperBound < tokens.count, punct(tokens, run.upperBound, ",") || verbFollows(run.upperBound) {
            return make(run, .person)
        }
        // A broadcaster's name before "TV" or "Radio": "Al-Arabiya TV", "Radio France Internationale".
        if run.upperBound < tokens.count, Self.mediaSuffixes.contains(tokens[run.upperBound].lower),
           !tokens[run.upperBound].newlineBefore {
            return make(run.lowerBound..<(run.upperBound + 1), .organization)
        }
        // "Djibo resident Amsatou Dicko", "activist Maikoul Zodi": a lower-case noun for a person right before a
        // name of two words or more.
        if run.count >= 2, run.count <= 4, before >= 0, tokens[before].kind == .word, !tokens[before].isCapitalized,
           SpeechAnalyzer.singularPersonNouns.contains(tokens[before].lower) {
            return make(run, .person)
        }
        // "Pascal Affi N’Guessan of the Ivorian Popular Front": a given name, then what the person belongs to.
        if run.count >= 2, run.count <= 4, isGivenName(run.lowerBound), run.upperBound + 1 < tokens.count,
           tokens[run.upperBound].lower == "of", !tokens[run.upperBound].newlineBefore {
            return make(run, .person)
        }
        // "Russian national Valery Zakharov": a citizen of a country, named.
        // (In lower case: a title-case headline's "Togolese National Taken Hostage" names nobody.)
        if run.count >= 2, before >= 1, ["national", "citizen", "nationals", "citizens"].contains(tokens[before].lower),
           !tokens[before].isCapitalized,
           let m = set.mention(at: before - 1), set.mentions[m].kind == .demonym {
            return make(run, .person)
        }
        // A media or group noun right before: "broadcaster France24", "the newspaper Le Monde".
        if before >= 0, run.count <= 4, tokens[before].kind == .word, !tokens[before].isCapitalized,
           Self.mediaNouns.contains(tokens[before].lower), !tokens[run.lowerBound].newlineBefore {
            // ("the head of the … opposition party Jean Pierre Fabre": a given name opens a person's name.)
            if run.count >= 2, isGivenName(run.lowerBound) { return make(run, .person) }
            return make(run, .organization)
        }
        // "who it named as Gwenaelle Habouzit, Herve Fournier and Guillaume Reisacher": people, named.
        if run.count >= 2, run.count <= 4, isInNamedList(run.lowerBound) { return make(run, .person) }
        // A headline speaker: "Kagame: Rwanda will not 'bow to pressure'".
        if isColonSpeaker(run) { return make(run, .person) }
        // Next to a verb of saying: "Kirby said", "said Kirby".
        if run.count <= 4, verbFollows(run.upperBound) || saidPrecedes(run.lowerBound) {
            if run.count == 1 && !looksLikeName(run.lowerBound) { return nil }
            return make(run, .person)
        }
        return nil
    }

    /// Words that make a name a treaty's, not an organization's.
    static let treatyWords: Set<String> = ["convention", "treaty", "accord", "accords", "agreement", "charter", "protocol", "code"]
    /// Words of a ministry's portfolio ("Foreign Affairs", "Defence", "Territorial Administration").
    static let portfolioWords: Set<String> = [
        "foreign", "affairs", "defence", "defense", "interior", "justice", "finance", "security", "cooperation",
        "territorial", "administration", "decentralisation", "decentralization", "veterans", "reconciliation",
        "integration", "abroad", "malians", "communication", "digital", "economy", "relations", "national", "trade",
        "development", "humanitarian", "action", "international",
    ]

    /// Whether the run at `k` belongs to a list of names after "named as" or "identified as" (the run
    /// right after the phrase, or after a comma or "and" that continues the list).
    private func isInNamedList(_ k: Int) -> Bool {
        var m = k - 1
        var hops = 0
        while m >= 1, hops < 12 {
            if tokens[m].lower == "as", ["named", "identified", "name", "names"].contains(tokens[m - 1].lower) { return true }
            // Back over the previous name of the list and the comma or "and" before this one.
            guard punct(tokens, m, ",") || tokens[m].lower == "and" || (tokens[m].isCapitalized && tokens[m].kind == .word)
                    || tokens[m].kind == .possessive || punct(tokens, m, "-")
            else { return false }
            m -= 1
            hops += 1
        }
        return false
    }

    /// Whether a lone capitalized word is a name rather than a capitalized common word.
    mutating func looksLikeName(_ k: Int) -> Bool {
        if k > sentenceStart(k) { return true }
        let lower = tokens[k].lower
        if let known = lowerCaseAnswers[lower] { return !known }
        let answer = doc.writesInLowerCase(lower)
        lowerCaseAnswers[lower] = answer
        return !answer
    }

    /// Whether a role phrase starts right after `k` (", the spokesman for …").
    private func roleFollows(_ k: Int) -> Bool {
        guard k < tokens.count, punct(tokens, k, ",") else { return false }
        var m = k + 1
        while m < tokens.count, m - k <= 5, !punct(tokens, m, ","), tokens[m].sentence == tokens[k].sentence {
            if roleAt[m] >= 0 { return !set.roles[roleAt[m]].title.isRank || m - k <= 2 }
            if !(tokens[m].kind == .word && (isFunctionWord(tokens[m]) || !tokens[m].isCapitalized || set.owner[m] >= 0))
                && tokens[m].kind != .possessive { return false }
            m += 1
        }
        return false
    }

    /// Whether an organization's description follows at `k` (", an Agadez-based media outlet", ", a local
    /// news website"): a determiner, lower-case modifiers, and a media or company noun that ends the phrase.
    private func organizationFollows(_ k: Int) -> Bool {
        guard k + 2 < tokens.count, punct(tokens, k, ","), ["a", "an", "the"].contains(tokens[k + 1].lower) else { return false }
        var m = k + 2
        while m < tokens.count, m - k <= 7 {
            // "Agadez-based", "South Africa-based": a hyphenated modifier, whatever its first words.
            var e = m + 1
            if let owner = set.mention(at: m), set.mentions[owner].start == m { e = set.mentions[owner].end }
            if e + 1 < tokens.count, tokens[e].isPunct("-"), !tokens[e].spaceBefore, !tokens[e + 1].spaceBefore {
                m = e + 2
                continue
            }
            guard tokens[m].kind == .word, !tokens[m].isCapitalized || set.place[m] else { return false }
            if Self.mediaNouns.contains(tokens[m].lower) {
                return m + 1 >= tokens.count || tokens[m + 1].kind != .word || !isNameWord(m + 1) && tokens[m + 1].lower != "of"
            }
            if isFunctionWord(tokens[m]) || roleAt[m] >= 0 || set.owner[m] >= 0 && !set.place[m] { return false }
            m += 1
        }
        return false
    }

    /// Whether ", a/an [modifiers] PERSON-NOUN," follows at `k`: an apposition that says who a singular
    /// person is ("a 23-year-old baker", "a mother of six"), closed by a comma or "who".
    private func personNounFollows(_ k: Int) -> Bool {
        guard k + 2 < tokens.count, punct(tokens, k, ","), ["a", "an"].contains(tokens[k + 1].lower) else { return false }
        var m = k + 2
        while m < tokens.count, m - k <= 9, tokens[m].sentence == tokens[k].sentence {
            let t = tokens[m]
            if t.kind == .word, !t.isCapitalized, SpeechAnalyzer.singularPersonNouns.contains(t.lower) {
                return m + 1 < tokens.count && (punct(tokens, m + 1, ",") || ["who", "of"].contains(tokens[m + 1].lower))
            }
            // Modifiers: lower-case words, numbers and hyphens ("23-year-old", "local").
            guard (t.kind == .word && !t.isCapitalized && !["and", "or", "who", "that", "which", "the"].contains(t.lower))
                    || t.kind == .number || t.isPunct("-") else { return false }
            m += 1
        }
        return false
    }

    /// Whether a description in commas follows at `k` and a verb of saying after it
    /// (", a member of the citizen watch coalition, said").
    private func descriptionThenSpeech(after k: Int) -> Bool {
        guard k + 2 < tokens.count, punct(tokens, k, ","), tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized
        else { return false }
        // Opened by a determiner or "who", or holding a person's noun ("mobilization officer for …").
        var described = Self.descriptionOpeners.contains(tokens[k + 1].lower) || tokens[k + 1].lower == "who"
        // ", from the Norwegian Refugee Council (NRC),": the organization the person speaks for.
        let affiliated = ["from", "of", "with", "at"].contains(tokens[k + 1].lower)
        var m = k + 1
        let sentence = tokens[k].sentence
        while m < tokens.count, m - k <= 24, tokens[m].sentence == sentence, tokens[m].kind != .quote {
            if punct(tokens, m, ",") {
                guard described, m + 1 < tokens.count else { return false }
                // Any verb of saying after a description ("described the city as …"), not only clause verbs.
                var v = m + 1
                if v < tokens.count, Self.adverbs.contains(tokens[v].lower) { v += 1 }
                return v < tokens.count && set.speech(at: v)?.range.lowerBound == v
            }
            if affiliated, let owner = set.mention(at: m), set.mentions[owner].kind == .organization || set.mentions[owner].kind == .named {
                described = true
            }
            if roleAt[m] >= 0 || SpeechAnalyzer.describedHeads.contains(tokens[m].lower) { described = true }
            m += 1
        }
        return false
    }

    /// Whether the sentence opens with a described person and a comma ends it ("Another survivor,").
    private func describedPersonPrecedes(comma: Int) -> Bool {
        let start = sentenceStart(comma)
        guard comma - start >= 2, comma - start <= 5, Self.descriptionOpeners.contains(tokens[start].lower),
              SpeechAnalyzer.describedHeads.contains(tokens[comma - 1].lower) else { return false }
        return (start + 1..<comma).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized }
    }

    /// Words that open a description of a person in apposition ("a member of …", "another spokesperson").
    static let descriptionOpeners: Set<String> = ["a", "an", "another", "the", "one", "his", "her", "their", "its"]

    /// Whether the comma segment ending at `comma` holds a role phrase ("the head of …, Name").
    private func rolePrecedes(comma: Int) -> Bool {
        var m = comma - 1
        let start = sentenceStart(comma)
        while m >= start, comma - m <= 10, !punct(tokens, m, ","), tokens[m].kind != .quote {
            if roleAt[m] >= 0 { return !set.roles[roleAt[m]].title.anonymous }
            m -= 1
        }
        return false
    }

    /// Whether a verb of saying follows at `k` (allowing one adverb: "Macron also said").
    func verbFollows(_ k: Int) -> Bool {
        var m = k
        if m < tokens.count, Self.adverbs.contains(tokens[m].lower) { m += 1 }
        guard m < tokens.count else { return false }
        guard let span = set.speech(at: m) else { return false }
        return span.range.lowerBound == m && span.verb.mode != .object
    }

    /// Whether "said"/"wrote" stands right before `k` ("…," said AIB), or a verb of saying and a noun for a
    /// person ("…," said resident Jean Kamfuti).
    private func saidPrecedes(_ k: Int) -> Bool {
        var v = k - 1
        if v > 0, tokens[v].kind == .word, !tokens[v].isCapitalized, SpeechAnalyzer.describedHeads.contains(tokens[v].lower),
           !SpeechAnalyzer.pluralHeads.contains(tokens[v].lower) {
            v -= 1
            // "said civil servant Boulan Barro": one modifier before the noun.
            if v > 0, set.speech(at: v) == nil, tokens[v].kind == .word, !tokens[v].isCapitalized, !isFunctionWord(tokens[v]) {
                v -= 1
            }
        }
        guard v >= 0, let span = set.speech(at: v), span.range.upperBound == v + 1 else { return false }
        return span.verb.mode == .clause && !span.verb.listener
    }

    /// Whether `k` follows a role and a preposition naming its employer ("at the …").
    private func isEmployerSlot(_ k: Int) -> Bool {
        var m = k - 1
        if m >= 0, tokens[m].lower == "the" { m -= 1 }
        guard m >= 0, ["at", "of", "for", "with"].contains(tokens[m].lower) else { return false }
        var r = m - 1
        let start = sentenceStart(k)
        while r >= start, m - r <= 8, !punct(tokens, r, ","), tokens[r].kind != .quote {
            if roleAt[r] >= 0 { return !set.roles[roleAt[r]].title.isRank }
            r -= 1
        }
        return false
    }

    /// Acronyms the lexicon does not know, named as organizations by their context:
    /// a definition "Full Name (ACRO)" (later uses of ACRO join it), a media or
    /// group noun before ("news agency AIB"), or a verb of saying next to them.
    private mutating func findAcronyms() {
        var defined: [String: (name: String, kind: MentionKind, lexicon: Int?)] = [:]
        for k in tokens.indices where isFree(k) && isAcronym(k) {
            guard k >= 2, punct(tokens, k - 1, "("), k + 1 < tokens.count, punct(tokens, k + 1, ")") else { continue }
            let sentence = tokens[k].sentence
            let acronym = tokens[k].key
            // "the Front for Change and Concord in Chad (FACT)": the organization before "in"/"of" and a country.
            if let place = set.mention(at: k - 2), set.mentions[place].range.upperBound == k - 1,
               let entry = set.mentions[place].lexicon, lex.entities[entry].kind == .country,
               set.mentions[place].start >= 2, ["in", "of"].contains(tokens[set.mentions[place].start - 1].lower),
               let owner = set.mention(at: set.mentions[place].start - 2),
               set.mentions[owner].range.upperBound == set.mentions[place].start - 1, set.mentions[owner].kind == .organization {
                let named = set.mentions[owner]
                defined[acronym] = (named.name, named.kind, named.lexicon)
                add(Mention(range: k..<(k + 1), kind: named.kind, lexicon: named.lexicon, name: named.name,
                            detail: acronym, sentence: sentence))
                continue
            }
            if let owner = set.mention(at: k - 2), set.mentions[owner].range.upperBound == k - 1,
               [.named, .organization, .mission].contains(set.mentions[owner].kind) {
                // "the Sahel Peace Observatory (SPO)" after the name was found.
                let named = set.mentions[owner]
                // "KIGALI, Rwanda (AA) –": an agency after a country in a dateline, no name for the country.
                if let entry = named.lexicon, lex.entities[entry].kind == .country { continue }
                defined[acronym] = (named.name, named.kind, named.lexicon)
                add(Mention(range: k..<(k + 1), kind: named.kind, lexicon: named.lexicon, name: named.name,
                            detail: acronym, sentence: sentence))
                continue
            }
            var m = k - 2
            var startRun = k - 1
            // Before a defined acronym even common words are the name's: "National Alliance for Change (ANC)".
            func inName(_ j: Int) -> Bool {
                isNameWord(j) || (tokens[j].isCapitalized && tokens[j].kind == .word && isFree(j) && roleAt[j] < 0
                                  && !Self.functionWords.contains(tokens[j].lower) && !tokens[j + 1].newlineBefore)
            }
            while m >= 0, inName(m) || (Self.connectors.contains(tokens[m].lower) && m > 0 && inName(m - 1)) {
                startRun = m; m -= 1
            }
            guard startRun < k - 1 else { continue }
            let range = startRun..<(k - 1)
            let name = doc.text(tokens: range)
            defined[acronym] = (name, .organization, nil)
            add(Mention(range: range, kind: .organization, name: name, detail: acronym, sentence: sentence))
            add(Mention(range: k..<(k + 1), kind: .organization, name: name, detail: acronym, sentence: sentence))
        }
        for k in tokens.indices where isFree(k) && isAcronym(k) {
            let t = tokens[k]
            if let known = defined[t.key] {
                add(Mention(range: k..<(k + 1), kind: known.kind, lexicon: known.lexicon, name: known.name, detail: t.key,
                            sentence: t.sentence))
                continue
            }
            let mediaBefore = k > 0 && Self.mediaNouns.contains(tokens[k - 1].lower)
            // "Bazoum's PNDS party", "the MNLA movement".
            let groupAfter = k + 1 < tokens.count && !tokens[k + 1].isCapitalized && Self.groupNouns.contains(tokens[k + 1].lower)
            // "the ruling military council – known as the CNSP".
            var knownAs = false
            if k >= 2 {
                var m = k - 1
                if tokens[m].lower == "the" { m -= 1 }
                knownAs = m >= 1 && tokens[m].lower == "as" && ["known", "called", "named", "dubbed"].contains(tokens[m - 1].lower)
            }
            if mediaBefore || groupAfter || knownAs || verbFollows(k + 1) || saidPrecedes(k) {
                add(Mention(range: k..<(k + 1), kind: .organization, name: t.key, sentence: t.sentence))
            }
        }
    }

    private func isAcronym(_ k: Int) -> Bool {
        guard tokens[k].kind == .word, tokens[k].isAllCaps else { return false }
        let length = tokens[k].key.unicodeScalars.count
        return length >= 2 && length <= 6 && !lex.commonWords.contains(tokens[k].lower) && !Self.nounAcronyms.contains(tokens[k].lower)
    }

    /// Acronyms that are common nouns, not names ("the NGO said" points back to an organization).
    static let nounAcronyms: Set<String> = ["ngo", "ngos"]

    /// A name that opens a headline and a colon before quoted words: "Kagame: Rwanda will not 'bow …'".
    private func isColonSpeaker(_ run: Range<Int>) -> Bool {
        guard run.count <= 3, run.lowerBound == 0 || tokens[run.lowerBound].newlineBefore,
              run.upperBound < tokens.count, punct(tokens, run.upperBound, ":") else { return false }
        let end = sentenceEnd(run.lowerBound)
        return (run.upperBound..<end).contains { tokens[$0].kind == .quote }
    }

    /// Plural nouns whose possessive stays inside an organization's name ("Workers’ Party").
    static let possessiveGroupWords: Set<String> = [
        "people", "peoples", "doctors", "workers", "women", "farmers", "teachers", "journalists", "lawyers",
        "students", "patriots", "herders", "traders", "youth", "veterans", "citizens", "nations", "mothers",
    ]
    static let particles: Set<String> = [
        "de", "da", "du", "del", "della", "van", "von", "der", "den", "bin", "ben", "ibn", "al", "el", "ag",
        "ould", "dos", "das", "di", "le", "la", "ter", "abu", "bint",
    ]
    /// Nouns after an acronym that make it an organization's name ("the PNDS party").
    static let groupNouns: Set<String> = [
        "party", "movement", "group", "coalition", "alliance", "militia", "agency", "platform", "union", "front",
        "council", "committee", "rebels", "junta",
    ]
    /// Words that can follow a name in apposition to a role and open its clause
    /// ("the elected president, Mohamed Bazoum was overthrown").
    static let clauseVerbs: Set<String> = ["was", "is", "has", "had", "who", "will", "would", "remains", "remained"]
    static let connectors: Set<String> = ["of", "for", "and", "on", "the", "de", "du", "des", "la", "le", "in", "&"]
    static let adverbs: Set<String> = ["also", "later", "earlier", "then", "previously", "separately", "further", "has", "had", "have"]
    static let mediaNouns: Set<String> = [
        "agency", "broadcaster", "newspaper", "daily", "channel", "television", "radio", "outlet", "group",
        "movement", "coalition", "party", "website", "network", "tv", "station", "organisation", "organization",
        "company", "firm", "operator", "contractor", "militia", "conglomerate", "airline", "bank",
        "miner", "producer", "giant", "maker", "manufacturer", "supplier", "lender", "insurer", "exporter",
    ]
    /// Words after a name that make it a broadcaster's ("Al-Arabiya TV").
    static let mediaSuffixes: Set<String> = ["tv", "television", "radio"]
}
