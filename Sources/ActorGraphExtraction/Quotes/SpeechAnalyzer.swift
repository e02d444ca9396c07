import ActorGraph

/// Finds statements: every verb of saying with its speaker and what was said.
///
/// Patterns, for a verb V (and for "according to", and a colon after a name):
/// - `"Q," SPEAKER V` and `"Q," V SPEAKER` — a direct quote before the verb;
/// - `CLAUSE, SPEAKER V [on Thursday].` — reported speech before the verb;
/// - `SPEAKER V [LISTENER] [that] CLAUSE` and `SPEAKER V: "Q"` — after the verb,
///   up to the end of the sentence or a participle of saying (", adding …");
/// - `SPEAKER V OBJECT` for verbs such as "demanded", "cited" when the object
///   holds a quote ("demands French troop withdrawal 'within a month'");
/// - a quote that fills whole sentences with no verb continues the last speaker.
/// Pronouns speak for the last speaker of their kind (he/she: a person; it: an
/// organization or a document); a participle ("adding that") keeps the subject.
struct SpeechAnalyzer {
    let doc: DocumentText
    let lex: LexiconIndex
    let set: MentionSet
    var table: EntityTable
    let quotes: [QuoteSpan]
    /// Per token: the quote span it is inside (marks included), or -1.
    var inQuote: [Int]
    var statements: [StatementFact] = []
    var lastPersonSpeaker: (entity: Int, sentence: Int)?
    /// The organization an official or source last spoke for ("The official of the VDP … He said"): a
    /// "he" or "she" right after stands for it.
    var lastVoice: (entity: Int, sentence: Int)?
    /// Who issued the document a statement was made in ("In a statement, ECOWAS said …"), for "the
    /// statement said" later.
    var documentAuthors: (entities: [Int], sentence: Int)?
    /// Described speakers by their head noun ("source", "official"), for "the source added" later.
    var describedByHead: [String: (entities: [Int], mentions: [Int])] = [:]
    var lastOtherSpeaker: (entity: Int, sentence: Int)?
    var lastSpeakers: (entities: [Int], sentence: Int)?
    var documentEntity: Int?
    let documentKey: String
    /// Verbs of saying per sentence, outside quotes.
    var verbsBySentence: [[SpeechSpan]]
    /// Content starts already recorded, and the tokens statements cover.
    var recordedStarts: Set<Int> = []
    var covered: [Bool]
    /// The gender the text shows for its people (absent when it shows none).
    let genders: [Int: Gender]

    init(doc: DocumentText, lexicon: LexiconIndex, mentions: MentionSet, table: EntityTable, quotes: [QuoteSpan],
         documentKey: String) {
        self.doc = doc
        self.lex = lexicon
        self.set = mentions
        self.table = table
        self.quotes = quotes
        self.documentKey = documentKey
        var inQuote = [Int](repeating: -1, count: doc.tokens.count)
        for (index, q) in quotes.enumerated() {
            for k in q.open...q.close where inQuote[k] < 0 { inQuote[k] = index }
            for part in q.continuations {
                for k in max(0, part.lowerBound - 1)..<part.upperBound where inQuote[k] < 0 { inQuote[k] = index }
            }
        }
        self.inQuote = inQuote
        var bySentence = [[SpeechSpan]](repeating: [], count: doc.sentences.count)
        for span in mentions.speech where inQuote[span.range.lowerBound] < 0 {
            bySentence[doc.tokens[span.range.lowerBound].sentence].append(span)
        }
        verbsBySentence = bySentence
        covered = [Bool](repeating: false, count: doc.tokens.count)
        genders = Self.personGenders(doc: doc, lexicon: lexicon, mentions: mentions, table: table)
    }

    /// Runs over the document and returns the statements and the (extended) entity table.
    static func analyze(doc: DocumentText, lexicon: LexiconIndex, mentions: MentionSet, table: EntityTable,
                        quotes: [QuoteSpan], documentKey: String) -> (statements: [StatementFact], table: EntityTable, signatories: [Int: [Int]]) {
        var analyzer = SpeechAnalyzer(doc: doc, lexicon: lexicon, mentions: mentions, table: table, quotes: quotes,
                                      documentKey: documentKey)
        var recentAfter: [RecentSpeakers] = []
        recentAfter.reserveCapacity(doc.sentences.count)
        for sentence in doc.sentences {
            analyzer.analyze(sentence)
            recentAfter.append(analyzer.recent)
        }
        analyzer.attributeOrphanQuotes(recentAfter: recentAfter)
        let signatories = analyzer.signatories()
        return (analyzer.statements, analyzer.table, signatories)
    }

    /// Who spoke last, as "he", "she" and "it" see it at one point of the text.
    struct RecentSpeakers {
        var person: (entity: Int, sentence: Int)?
        var other: (entity: Int, sentence: Int)?
        var voice: (entity: Int, sentence: Int)?
        var speakers: (entities: [Int], sentence: Int)?
    }

    /// The speakers pronouns point to now.
    var recent: RecentSpeakers {
        get { RecentSpeakers(person: lastPersonSpeaker, other: lastOtherSpeaker, voice: lastVoice, speakers: lastSpeakers) }
        set {
            lastPersonSpeaker = newValue.person
            lastOtherSpeaker = newValue.other
            lastVoice = newValue.voice
            lastSpeakers = newValue.speakers
        }
    }

    // MARK: one sentence

    mutating func analyze(_ sentence: Sentence) {
        let range = sentence.tokens
        guard !range.isEmpty, !doc.ignored[range.lowerBound] else { return }
        var verbs = verbsBySentence[sentence.index]
        // "Macron: France doesn't share …" — a name and a colon open the sentence.
        if let colon = colonAttribution(range) { verbs.insert(colon, at: 0) }
        // "For political scientist Madi Djabakate, the silence stems from …": the view of the person named.
        if let opinion = forAttribution(range) { verbs.insert(opinion, at: 0) }
        guard !verbs.isEmpty else { return }
        let trailing = verbs.map { isTrailing($0, in: range) }
        var previousSpeakers: [Int] = []
        var previousMentions: [Int] = []
        var previousEnd = range.lowerBound
        // What the verbs so far reported: a verb inside it ("X said that Sudan had declared …, and said …") is
        // part of the report and does not become the subject a later "and said" keeps.
        var reported: [Range<Int>] = []
        for (index, verb) in verbs.enumerated() {
            let v = verb.range
            let embedded = reported.contains { $0.contains(v.lowerBound) }
            var speakers: SpeakerResult = .unknown
            var content: [Range<Int>] = []
            var direct = false
            // The words that name the speaker, for a speaker the text describes without a name.
            var subjectWords: Range<Int>?
            // A participle or "and added" keeps the subject of the verb before it.
            let inherits = isContinuation(v, after: previousEnd) && !previousSpeakers.isEmpty
            if verb.verb.mode == .according {
                let (who, what, words) = according(v, in: range)
                speakers = who
                subjectWords = words
                content = what.map { [$0] } ?? []
            } else if verb.verb.mode == .clause || (verb.verb.mode == .object && takesNoObject(v, in: range)),
                      !isContinuation(v, after: previousEnd), let q = quoteBefore(v, in: range) {
                direct = true
                content = quotes[q].parts
                var gap = (quotes[q].close + 1)..<v.lowerBound
                // “…,” 100 kilometres from Bobo-Dioulasso, the security source said: the subject is after the apposition.
                // (Not "“…,” Ahmat Absakine, Caritas staff member said": a name, then who they are.)
                let namedFirst = set.mention(at: gap.lowerBound).map {
                    set.mentions[$0].kind == .person && set.mentions[$0].start == gap.lowerBound
                } ?? false
                if let comma = gap.last(where: { punct(doc.tokens, $0, ",") }), comma + 1 < gap.upperBound, !namedFirst,
                   gap[..<comma].contains(where: { doc.tokens[$0].kind == .word }) {
                    gap = (comma + 1)..<gap.upperBound
                }
                // "“…” on coming to the talks, said X": the phrase completes the quote; the subject follows the verb.
                if gap.count > 1, punct(doc.tokens, gap.upperBound - 1, ","),
                   SpeakerResolver.prepositions.contains(doc.tokens[gap.lowerBound].lower) {
                    gap = gap.upperBound..<gap.upperBound
                }
                let subject = gap.filter { !punct(doc.tokens, $0, ",") }
                if let first = subject.first, let last = subject.last {
                    subjectWords = first..<(last + 1)
                } else {
                    subjectWords = phrase(after: v, in: range)
                }
                speakers = resolve(subjectWords!)
            } else if !inherits, let words = invertedSpeakerAtEnd(verb, in: range) {
                // "… by General Eric Ozanne, said Lieutenant Salim Ibrahim.": the speaker after the verb ends
                // the sentence; what was said is the clause before it.
                subjectWords = words
                speakers = resolve(words)
                let start = max(previousEnd, range.lowerBound)
                if v.lowerBound - 1 > start { content = [start..<(v.lowerBound - 1)] }
            } else if trailing[index] {
                let (subject, segmentStart) = subjectSegment(v, in: range, from: previousEnd)
                speakers = inherits ? .entities(previousSpeakers, mentions: previousMentions) : resolve(subject)
                subjectWords = inherits ? nil : subject
                let clauseStart = clauseStart(before: segmentStart, in: range)
                if segmentStart > clauseStart + 1 { content = [clauseStart..<(segmentStart - 1)] }
                // “MINUSMA has left Ber. The camp is occupied” by the army, a source said: the quote's words
                // in the sentences before belong to what was said.
                if clauseStart == range.lowerBound, inQuote[clauseStart] >= 0, let opened = quotes[inQuote[clauseStart]].parts.first,
                   opened.lowerBound < range.lowerBound, !content.isEmpty {
                    content.insert(opened.lowerBound..<range.lowerBound, at: 0)
                }
                // "Ukraine, he stated, was “ready to …”": the verb in commas inside the clause it reports.
                if segmentStart > clauseStart + 1, punct(doc.tokens, segmentStart - 1, ","), v.upperBound + 1 < range.upperBound,
                   punct(doc.tokens, v.upperBound, ","), v.lowerBound - segmentStart <= 4 {
                    var end = range.upperBound
                    if let next = verbs.dropFirst(index + 1).first(where: { $0.range.lowerBound > v.upperBound }) {
                        end = next.range.lowerBound
                        while end > v.upperBound + 1, punct(doc.tokens, end - 1, ",") || doc.tokens[end - 1].lower == "and" { end -= 1 }
                    }
                    while end > v.upperBound + 1, punct(doc.tokens, end - 1, ".") { end -= 1 }
                    if end > v.upperBound + 1 { content.append((v.upperBound + 1)..<end) }
                }
            } else if v.lowerBound > range.lowerBound, ["was", "were", "been", "being", "is", "are"].contains(doc.tokens[v.lowerBound - 1].lower),
                      doc.tokens[v.lowerBound].lower.hasSuffix("ed") || doc.tokens[v.lowerBound].lower == "told",
                      !(v.upperBound + 1 < range.upperBound && doc.tokens[v.upperBound].lower == "as") {
                // "The company was warned of a “security event”": the subject of a passive is told, it does not speak.
                previousEnd = v.upperBound
                continue
            } else {
                var (subject, _) = subjectSegment(v, in: range, from: previousEnd)
                // "… in what he called": a pronoun right before the verb is its subject.
                if v.lowerBound > subject.lowerBound, let p = set.mention(at: v.lowerBound - 1), set.mentions[p].kind == .pronoun {
                    subject = set.mentions[p].range
                }
                // "…, with authorities in Benin accusing them of …": the actor after "with" is the participle's subject.
                if doc.tokens[v.lowerBound].lower.hasSuffix("ing"), let p = set.mention(at: v.lowerBound - 1),
                   set.mentions[p].start > range.lowerBound, doc.tokens[set.mentions[p].start - 1].lower == "with",
                   set.mentions[p].entity.map({ table[$0].kind.isActor }) == true {
                    subject = set.mentions[p].range
                }
                speakers = inherits ? .entities(previousSpeakers, mentions: previousMentions) : resolve(subject)
                subjectWords = inherits ? nil : subject
                // "X dismissed the claims as “lies,” arguing that …", "X voiced concern, warning that …",
                // "Disgruntled soldiers attempted …, citing …": a participle after a comma.
                if !inherits, let subject = participleSubject(v, in: range, resolved: speakers) { speakers = subject }
                if let (what, isDirect) = contentAfter(verb, in: range, verbs: verbs, trailing: trailing, index: index) {
                    content = what
                    direct = isDirect
                }
            }
            previousEnd = v.upperBound
            let hasContent = content.contains(where: { !$0.isEmpty })
            // "a serviceman of the corps said", "the leaders of the three nations said": a described speaker.
            if hasContent, let words = subjectWords {
                switch speakers {
                case .anonymous, .unknown:
                    // "sources told AFP", "witnesses said": the anonymous voices of wire copy speak even bare
                    // (a bare "officials said" stays no node: too vague to be an actor).
                    let isAnonymousVoice = words.count <= 5 && (words.last.map { Self.anonymousVoices.contains(doc.tokens[$0].lower) } == true
                        || words.first.map { Self.anonymousVoices.contains(doc.tokens[$0].lower) } == true)
                    if let described = describedSpeaker(words, bareEnough: isAnonymousVoice) {
                        speakers = described
                    } else if let group = theyOfPreviousSentence(words, sentence: sentence.index) {
                        speakers = group
                    } else if let holder = unnamedRoleHolder(words) {
                        speakers = holder
                    }
                case .entities:
                    break
                }
            }
            reported.append(contentsOf: content)
            // A verb that reports no quote here still passes its subject on (", saying …").
            if embedded {
                // (An embedded verb passes nothing on.)
            } else if case let .entities(entities, mentions) = speakers, !entities.isEmpty {
                previousSpeakers = entities
                previousMentions = mentions
            } else if case .anonymous = speakers {
                previousSpeakers = []
                previousMentions = []
            }
            if verb.verb.mode == .object && !direct && !content.contains(where: { r in r.contains { doc.tokens[$0].kind == .quote } }) {
                continue
            }
            guard case let .entities(entities, mentions) = speakers, !entities.isEmpty, hasContent else { continue }
            record(StatementFact(speakers: entities, speakerMentions: mentions, content: content, direct: direct,
                                 anchor: v, speakerWords: mentions.isEmpty ? subjectWords : nil), sentence: sentence.index)
        }
    }

    mutating func record(_ given: StatementFact, sentence: Int) {
        guard let start = given.content.first?.lowerBound else { return }
        guard recordedStarts.insert(start).inserted else { return }
        var fact = given
        // "The statement said", "it added" about a document whose issuer just spoke ("…, the office of the
        // spokesperson for the State Department said. … the statement said"): the issuer's words.
        // Not "a statement said" nor "a summary of the meeting said": a new document, maybe another issuer's.
        let definite = fact.speakerMentions.first.map { m in
            set.mentions[m].kind == .pronoun || (set.mentions[m].kind == .document && !["a", "an"].contains(set.mentions[m].detail))
        } ?? true
        // (A statement or communiqué; a decree, a letter or a report speaks as itself.)
        if fact.speakers.count == 1, table[fact.speakers[0]].isDocument, definite,
           Self.issuedDocuments.contains(table[fact.speakers[0]].name.lowercased()), let authors = issuers(at: sentence) {
            fact.speakers = authors
            fact.speakerMentions = []
        }
        statements.append(fact)
        for range in fact.content { for k in range { covered[k] = true } }
        // An unnamed speaker ("a security source") is never what a later "he" or "it" stands for.
        for e in fact.speakers where table[e].attributes["unnamed"] == nil {
            if table[e].kind == .person { lastPersonSpeaker = (e, sentence) } else { lastOtherSpeaker = (e, sentence) }
        }

        lastSpeakers = (fact.speakers, sentence)
        if fact.speakers.allSatisfy({ table[$0].kind.isActor && !table[$0].isDocument }),
           doc.sentences[sentence].tokens.contains(where: { set.mention(at: $0).map { set.mentions[$0].kind == .document } ?? false }) {
            documentAuthors = (fact.speakers, sentence)
        }
        if let voice = lastVoice, fact.speakers == [voice.entity] { lastVoice = (voice.entity, sentence) }
    }

    // MARK: patterns

    /// A quote that ends right before the verb, with at most a short subject between.
    func quoteBefore(_ v: Range<Int>, in range: Range<Int>) -> Int? {
        var k = v.lowerBound - 1
        var words = 0
        // Words since the last comma: the subject before the verb is short, but an apposition between the
        // quote and it ("“…,” 100 kilometres from Bobo-Dioulasso, the security source said") may be longer.
        var segmentWords = 0
        while k >= 0, k >= range.lowerBound - 40 {
            let t = doc.tokens[k]
            if inQuote[k] >= 0 {
                let q = quotes[inQuote[k]]
                guard q.close == k, q.closed, doc.tokens[k].sentence == doc.tokens[v.lowerBound].sentence else { return nil }
                // The quote must close its clause: “…,” X said / “…” , X said — not “neutralize” the attackers, X said.
                // (Over a nested quote's closing mark: "… the 'Alliance of Sahel States' Confederation,’”".)
                let lastInner = q.parts.last.flatMap { part in part.last(where: { doc.tokens[$0].kind != .quote }) }
                let closesInside = lastInner.map { [",", ".", "?", "!"].contains(doc.tokens[$0].text) } ?? false
                let commaAfter = q.close + 1 < v.lowerBound && punct(doc.tokens, q.close + 1, ",")
                // "“…” on coming to the planned talks, said Tom Perriello": a short phrase completes the quote.
                let completes = q.close + 2 < v.lowerBound && punct(doc.tokens, v.lowerBound - 1, ",") && words <= 9
                    && SpeakerResolver.prepositions.contains(doc.tokens[q.close + 1].lower)
                guard closesInside || commaAfter || q.close + 1 == v.lowerBound || words <= 3 || completes else { return nil }
                // A word or two quoted inside a clause ("to welcome 600 Russian “instructors,” sources said")
                // is a fragment of the reported clause, not the speaker's whole utterance.
                let before = q.open - 1
                let opensClause = before < doc.sentences[doc.tokens[q.open].sentence].tokens.lowerBound
                    || [",", ":", ";", "\u{2014}", "\u{2013}", "("].contains(doc.tokens[before].text) || doc.tokens[before].lower == "that"
                let quotedWords = q.parts.reduce(0) { n, part in n + part.filter { doc.tokens[$0].kind == .word }.count }
                guard opensClause || quotedWords > 3 else { return nil }
                return inQuote[k]
            }
            // A comma, or the full stop of an abbreviation inside the sentence ("Col. Assimi Goita"), is no boundary.
            if t.isPunct(",") || (t.isPunct(".") && k + 1 < doc.tokens.count && doc.tokens[k + 1].sentence == t.sentence) {
                if t.isPunct(",") { segmentWords = 0 }
                k -= 1
                continue
            }
            if t.kind == .quote || t.isPunct(".") || t.isPunct(";") { return nil }
            if t.kind == .word || t.kind == .number {
                words += 1
                segmentWords += 1
            }
            if segmentWords > 18 || words > 24 { return nil }
            if set.speech(at: k) != nil { return nil }
            k -= 1
        }
        return nil
    }

    /// The speaker words after a verb that follows a comma and ends the sentence with them (", said
    /// Lieutenant Salim Ibrahim."), when they name or describe someone.
    func invertedSpeakerAtEnd(_ verb: SpeechSpan, in range: Range<Int>) -> Range<Int>? {
        let v = verb.range
        guard verb.verb.mode == .clause, !verb.verb.listener, v.lowerBound > range.lowerBound + 3,
              punct(doc.tokens, v.lowerBound - 1, ","), v.upperBound < range.upperBound
        else { return nil }
        // (A quote closing right before the comma is the verb's only when it is a fragment of the clause: "The
        // convoy was “heading for Chad”, said the military regime"; a whole quote is `quoteBefore`'s.)
        if inQuote[v.lowerBound - 2] >= 0 {
            let q = quotes[inQuote[v.lowerBound - 2]]
            guard q.close == v.lowerBound - 2, q.open > range.lowerBound + 1 else { return nil }
        }
        let words = phrase(after: v, in: range)
        var end = words.upperBound
        // ", said Rida Lyammouri, a Sahel specialist with the Policy Center.": a person, then who they are.
        if end + 1 < range.upperBound, punct(doc.tokens, end, ","), hasPerson(words), describesToEnd((end + 1)..<range.upperBound) {
            end = range.upperBound
        }
        while end < range.upperBound, doc.tokens[end].kind == .punct, !punct(doc.tokens, end, ",") { end += 1 }
        guard end == range.upperBound, !words.isEmpty,
              !words.contains(where: { doc.tokens[$0].lower == "that" || doc.tokens[$0].kind == .quote }) else { return nil }
        // A name (after a rank or title) or a described person ("a senior official"), not a clause.
        let named = words.prefix(4).contains { k in
            set.mention(at: k).map { set.mentions[$0].kind != .pronoun && set.mentions[$0].kind != .demonym
                && set.mentions[$0].entity != nil } ?? false
        }
        let described = words.count <= 6 && Self.describedOpeners.contains(doc.tokens[words.lowerBound].lower)
            && words.contains { Self.describedHeads.contains(doc.tokens[$0].lower) }
        // Not a clause: ", said the junta must rescind the summons" reports what the junta must do.
        if words.contains(where: { Self.clauseVerbWords.contains(doc.tokens[$0].lower) }) { return nil }
        return named || described ? words : nil
    }

    /// The subject of a participle after a comma (", warning that", "“lies,” arguing that") that has none of
    /// its own: the group the sentence opens with ("Disgruntled soldiers attempted to oust President X …,
    /// citing …"), else, when `resolved` found nobody, the sentence's first actor before any verb ("In remarks
    /// to the congress on Friday, Sanogo criticised …"; not "The court … in the trial of X, warning").
    mutating func participleSubject(_ v: Range<Int>, in range: Range<Int>, resolved: SpeakerResult) -> SpeakerResult? {
        guard v.lowerBound > range.lowerBound + 2, doc.tokens[v.lowerBound].lower.hasSuffix("ing"),
              punct(doc.tokens, v.lowerBound - 1, ",")
                || doc.tokens[v.lowerBound - 1].kind == .quote && punct(doc.tokens, v.lowerBound - 2, ",")
        else { return nil }
        let opening = afterCircumstances(from: range.lowerBound, in: range)
        let stop = openingPhraseEnd(from: opening, limit: v.lowerBound)
        if stop > opening, stop < v.lowerBound, doc.tokens[stop].lower.hasSuffix("ed"),
           !(opening..<stop).contains(where: { set.mention(at: $0) != nil }),
           let described = describedSpeaker(opening..<stop, bareEnough: true) {
            return described
        }
        guard case .unknown = resolved else { return nil }
        let found = firstActor(from: range.lowerBound, to: v.lowerBound - 1, allowWith: false)
        guard case let .entities(_, mentions) = found, let first = mentions.first,
              !(range.lowerBound..<set.mentions[first].start).contains(where: { k in
                  doc.tokens[k].kind == .word && !doc.tokens[k].isCapitalized
                      && (doc.tokens[k].lower.hasSuffix("ed") || Self.auxiliaries.contains(doc.tokens[k].lower))
              })
        else { return nil }
        return found
    }

    /// Whether the words up to the sentence's end describe someone named just before (", a Sahel specialist
    /// with …", ", head of the Sahel program at …"): they open in lower case or with a title, and hold no quote
    /// and no verb of saying.
    func describesToEnd(_ r: Range<Int>) -> Bool {
        guard let first = r.first, doc.tokens[first].kind == .word,
              !doc.tokens[first].isCapitalized || lex.titles.match(doc.tokens, at: first, limit: r.upperBound) != nil
        else { return false }
        return !r.contains { doc.tokens[$0].kind == .quote || set.speech(at: $0) != nil || doc.tokens[$0].lower == "that" }
    }

    /// Whether a verb that usually takes an object ends its clause instead ("“…,” Mr Zodi urged on Facebook."):
    /// punctuation or a time or place phrase follows.
    func takesNoObject(_ v: Range<Int>, in range: Range<Int>) -> Bool {
        let k = v.upperBound
        guard k < range.upperBound else { return true }
        let t = doc.tokens[k]
        return t.isPunct(".") || t.isPunct(",") || t.isPunct(";") || (Self.tailWords.contains(t.lower) && t.lower != "to")
    }

    /// Whether the verb closes its sentence ("…, the statement said on Thursday.").
    func isTrailing(_ verb: SpeechSpan, in range: Range<Int>) -> Bool {
        guard verb.verb.mode == .clause else { return false }
        var k = verb.range.upperBound
        if verb.verb.listener {
            var skipped = 0
            while k < range.upperBound, skipped < 3 {
                // A named listener counts as one word ("told Agence France-Presse").
                if let m = set.mention(at: k), set.mentions[m].start == k, set.mentions[m].end <= range.upperBound {
                    k = set.mentions[m].end; skipped += 1
                    continue
                }
                guard doc.tokens[k].kind == .word, doc.tokens[k].lower != "that", !Self.tailWords.contains(doc.tokens[k].lower)
                else { break }
                k += 1; skipped += 1
            }
        }
        guard k < range.upperBound else { return true }
        let t = doc.tokens[k]
        // "said, “Nine bodies were buried …”": a comma, then the quote the verb introduces.
        if t.isPunct(","), k + 1 < range.upperBound, doc.tokens[k + 1].kind == .quote, inQuote[k + 1] >= 0,
           quotes[inQuote[k + 1]].open == k + 1, quotes[inQuote[k + 1]].parts.reduce(0, { $0 + $1.count }) >= 4 {
            return false
        }
        if t.isPunct(".") || t.isPunct(",") || t.isPunct(";") || t.isPunct("!") || t.isPunct("?") {
            return true
        }
        guard Self.tailWords.contains(t.lower) else { return false }
        // A time or place phrase up to the end or a comma, with no clause in it.
        var m = k
        while m < range.upperBound, !punct(doc.tokens, m, ",") && !punct(doc.tokens, m, ".") {
            // ("on Wednesday in an interview with France's RFI and France 24 broadcasters": up to 14 words)
            if doc.tokens[m].lower == "that" || doc.tokens[m].kind == .quote || m - k > 14 { return false }
            // ("said on Sunday (August 18, 2024) it was …": over a parenthesis.)
            if punct(doc.tokens, m, "("), let close = (m + 1..<min(range.upperBound, m + 12)).first(where: { punct(doc.tokens, $0, ")") }) {
                m = close + 1
                continue
            }
            m += 1
        }
        // "stated in a televised address, “Our ambition …”": the phrase leads to the quote the verb introduces.
        if m + 1 < range.upperBound, punct(doc.tokens, m, ","), inQuote[m + 1] >= 0, quotes[inQuote[m + 1]].open == m + 1 {
            return false
        }
        return true
    }

    /// Whether every person a segment names owns what follows ("President Zelenskyy's Chief of Staff").
    func namesPersonOnlyAsOwner(_ segment: Range<Int>) -> Bool {
        var any = false
        for k in segment {
            guard let m = set.mention(at: k), set.mentions[m].start == k, set.mentions[m].kind == .person else { continue }
            let end = set.mentions[m].end
            guard end < segment.upperBound, doc.tokens[end].kind == .possessive else { return false }
            any = true
        }
        return any
    }

    /// Whether token `k` is a dash that sets off a segment like a comma (an apposition, or the end of a
    /// dateline): an em dash, or an en dash or hyphen with a space before it (not "anti-jihadist").
    func isDash(_ k: Int) -> Bool {
        let t = doc.tokens[k]
        guard t.kind == .punct else { return false }
        return t.text == "\u{2014}" || (["\u{2013}", "-", "--"].contains(t.text) && t.spaceBefore)
    }

    /// The subject words left of the verb, and where their segment starts.
    ///
    /// Commas split the words before the verb; the last segment is the subject,
    /// except right after a comma (an apposition: "Name, the spokesman for …, told")
    /// where the segment with a person (or the one before the apposition) is.
    func subjectSegment(_ v: Range<Int>, in range: Range<Int>, from previousEnd: Int) -> (Range<Int>, Int) {
        var start = range.lowerBound
        var k = v.lowerBound - 1
        var comma = false
        while k >= range.lowerBound {
            let t = doc.tokens[k]
            if t.kind == .quote || t.isPunct(":") || t.isPunct(";") || k < previousEnd || t.lower == "that" {
                start = k + 1
                break
            }
            // "The force's departure comes after the Malian army on Saturday said …": the clause after the
            // conjunction has its own subject (not past a comma: "X, who spoke after the talks, said").
            if !comma, k > range.lowerBound, k + 1 < v.lowerBound, Self.subordinators.contains(t.lower) {
                start = k + 1
                break
            }
            if t.isPunct(",") { comma = true }
            k -= 1
        }
        var segments: [Range<Int>] = []
        var segStart = start
        // Commas and dashes ("—", "–", "-", "--": also the one closing a dateline "DAKAR, Senegal (AP) —") end segments.
        for m in start..<v.lowerBound where punct(doc.tokens, m, ",") || isDash(m) {
            segments.append(segStart..<m)
            segStart = m + 1
        }
        segments.append(segStart..<v.lowerBound)
        // "Name, a specialist for the Foundation, which promotes democracy, told": a
        // relative clause before the verb names no speaker; the words before it do.
        // "Mali and Burkina Faso, also ruled by juntas, have said": a last segment of
        // auxiliaries and adverbs is no subject; the one before the apposition is.
        if !segments[segments.count - 1].isEmpty, segments.count >= 2, segments[segments.count - 1].count <= 3,
           segments[segments.count - 1].allSatisfy({ Self.auxiliaries.contains(doc.tokens[$0].lower) }) {
            segments[segments.count - 1] = v.lowerBound..<v.lowerBound
        }
        // Parenthetical segments between the subject and the verb name no speaker: a relative
        // clause ("…, which promotes democracy, told"), a participle ("…, speaking alongside …, has
        // said") or a prepositional phrase ("Koulamallah, at a briefing after a meeting between A and B,
        // called …"). The words before them do.
        if segments.count >= 2, isParenthetical(segments[segments.count - 1]) {
            segments[segments.count - 1] = v.lowerBound..<v.lowerBound
        }
        while segments.count >= 3, segments[segments.count - 1].isEmpty, isParenthetical(segments[segments.count - 2]) {
            segments.remove(at: segments.count - 2)
        }
        var last = segments.count - 1
        if segments[last].isEmpty && segments.count >= 2 {
            // Apposition: prefer the segment that names a person.
            let candidates = [last - 1, last - 2].filter { $0 >= 0 }
            // ("Andriy Yermak, President Zelenskyy's Chief of Staff, said": the person before whose role it is.)
            for c in candidates where hasPerson(segments[c]) {
                if c == last - 1, candidates.count == 2, namesPersonOnlyAsOwner(segments[c]), hasPerson(segments[last - 2]) { continue }
                return (segments[c], segments[c].lowerBound)
            }
            if candidates.count == 2, startsWithRole(segments[last - 1]) || startsWithCoordination(segments[last - 1]) {
                let merged = segments[last - 2].lowerBound..<segments[last - 1].upperBound
                return (merged, merged.lowerBound)
            }
            // ", also ruled by juntas," names nobody, and ", a civilian auxiliary engaged alongside the
            // security forces," or ", parent company of RFI and France 24," (lower case, no name first)
            // describes the actor before it: the subject is before it.
            if candidates.count == 2, !segments[last - 1].contains(where: { set.mention(at: $0) != nil })
                || (describesBefore(segments[last - 1]) && segments[last - 2].contains(where: { set.mention(at: $0) != nil })) {
                return (segments[last - 2], segments[last - 2].lowerBound)
            }
            last -= 1
            return (segments[last], segments[last].lowerBound)
        }
        // "…, Bola Ahmed Tinubu, who declared …": the relative pronoun's antecedent is the subject.
        if last >= 1, let first = segments[last].first, ["who", "which"].contains(doc.tokens[first].lower),
           segments[last].dropFirst().allSatisfy({ Self.auxiliaries.contains(doc.tokens[$0].lower) }),
           !segments[last - 1].isEmpty {
            return (segments[last - 1], segments[last - 1].lowerBound)
        }
        if startsWithCoordination(segments[last]), last >= 1 {
            let merged = segments[last - 1].lowerBound..<segments[last].upperBound
            return (merged, merged.lowerBound)
        }
        // "Colonel Jean Dupont, Commander of French Forces in the Sahel said:": an apposition left unclosed
        // before the verb; the role names no one, the person before it speaks.
        if last >= 1, isPersonName(segments[last - 1]), !hasPerson(segments[last]), startsWithRole(segments[last]) {
            return (segments[last - 1], segments[last - 1].lowerBound)
        }
        return (segments[last], segments[last].lowerBound)
    }

    /// Whether a comma segment reads as an apposition describing what is before it: it opens with a
    /// lower-case word that is no name, role or mention ("a civilian auxiliary …", "parent company of …").
    func describesBefore(_ r: Range<Int>) -> Bool {
        guard let first = r.first, doc.tokens[first].kind == .word, !doc.tokens[first].isCapitalized,
              set.mention(at: first) == nil else { return false }
        var k = first
        if ["a", "an", "the"].contains(doc.tokens[k].lower) { k += 1 }
        return k < r.upperBound && set.mention(at: k) == nil && lex.titles.match(doc.tokens, at: k, limit: r.upperBound) == nil
            && doc.tokens[first].lower != "the"
    }

    /// Whether a comma segment opens with a relative pronoun, a participle or a preposition.
    func isParenthetical(_ r: Range<Int>) -> Bool {
        guard let first = r.first, doc.tokens[first].kind == .word else { return false }
        let w = doc.tokens[first].lower
        if ["which", "who", "whose", "where"].contains(w) { return true }
        if SpeakerResolver.prepositions.contains(w) && w != "of" { return true }
        // "Haki Djiddi, while confirming the incident said": a participle after a conjunction.
        if ["while", "when", "after", "before", "upon"].contains(w), first + 1 < r.upperBound,
           doc.tokens[first + 1].lower.hasSuffix("ing") { return true }
        return w.hasSuffix("ing") && w.count > 5 && !doc.tokens[first].isCapitalized && set.mention(at: first) == nil
    }

    /// Whether a segment is one person's name and nothing else (a rank or title before it allowed).
    func isPersonName(_ r: Range<Int>) -> Bool {
        guard let last = r.last, let m = set.mention(at: last), set.mentions[m].kind == .person,
              set.mentions[m].range.upperBound == r.upperBound else { return false }
        return (r.lowerBound..<set.mentions[m].start).allSatisfy { doc.tokens[$0].isCapitalized || doc.tokens[$0].isPunct(".") }
    }

    func hasPerson(_ r: Range<Int>) -> Bool {
        r.contains { set.mention(at: $0).map { set.mentions[$0].kind == .person } ?? false }
    }

    func startsWithRole(_ r: Range<Int>) -> Bool {
        guard let first = r.first else { return false }
        var k = first
        if ["the", "a", "an"].contains(doc.tokens[k].lower) { k += 1 }
        return k < r.upperBound && (lex.titles.match(doc.tokens, at: k, limit: r.upperBound) != nil
            || r.contains(where: { lex.titles.match(doc.tokens, at: $0, limit: r.upperBound) != nil }))
    }

    func startsWithCoordination(_ r: Range<Int>) -> Bool {
        guard let first = r.first else { return false }
        let t = doc.tokens[first].lower
        if t == "and" || t == "or" { return true }
        return t == "as" && first + 2 < r.upperBound && doc.tokens[first + 1].lower == "well" && doc.tokens[first + 2].lower == "as"
    }

    /// Where the reported clause before a trailing attribution starts.
    func clauseStart(before segmentStart: Int, in range: Range<Int>) -> Int {
        var k = segmentStart - 2
        while k >= range.lowerBound {
            let t = doc.tokens[k]
            if t.isPunct(":") || t.isPunct(";") { return k + 1 }
            k -= 1
        }
        return range.lowerBound
    }

    /// What follows a verb of saying: the clause after "that" (and after a listener),
    /// or the quote that opens right after it.
    func contentAfter(_ verb: SpeechSpan, in range: Range<Int>, verbs: [SpeechSpan], trailing: [Bool],
                              index: Int) -> ([Range<Int>], Bool)? {
        var k = verb.range.upperBound
        guard k < range.upperBound else { return nil }
        // "writing on X: “…”", "said in a statement on Monday: “…”": a short phrase, a colon, the quote.
        // "stated in a televised address broadcast by Tele Sahel, “…”": a circumstance, a comma, the quote.
        if let colon = (k..<min(range.upperBound, k + 11)).first(where: { punct(doc.tokens, $0, ":") || punct(doc.tokens, $0, ",")
                || punct(doc.tokens, $0, ".") || doc.tokens[$0].kind == .quote }),
           colon > k, punct(doc.tokens, colon, ":") && colon - k <= 8
               || punct(doc.tokens, colon, ",") && SpeakerResolver.prepositions.contains(doc.tokens[k].lower),
           colon + 1 < range.upperBound, inQuote[colon + 1] >= 0,
           !(k..<colon).contains(where: { set.speech(at: $0) != nil }),
           quotes[inQuote[colon + 1]].open == colon + 1 {
            return (quotes[inQuote[colon + 1]].parts, true)
        }
        if verb.verb.listener {
            // "told DW that", "told a press conference that", "told France it wants …".
            var m = k
            var found: Int?
            while m < range.upperBound, m - k <= 10, doc.tokens[m].kind != .quote, !punct(doc.tokens, m, ".") {
                if doc.tokens[m].lower == "that" { found = m; break }
                if punct(doc.tokens, m, ",") { break }
                m += 1
            }
            if let found {
                k = found
            } else if let owner = set.mention(at: k) {
                k = set.mentions[owner].end
            } else {
                var skipped = 0
                while k < range.upperBound, skipped < 2, doc.tokens[k].kind == .word, !SpeakerResolver.prepositions.contains(doc.tokens[k].lower) {
                    k += 1; skipped += 1
                }
            }
        }
        if !verb.verb.listener {
            // "said on Thursday that …": skip a short time or place phrase before "that".
            var m = k
            while m < range.upperBound, m - k <= 6, doc.tokens[m].kind == .word || doc.tokens[m].kind == .number,
                  doc.tokens[m].lower != "that", set.mention(at: m) == nil {
                m += 1
            }
            if m < range.upperBound, m > k, doc.tokens[m].lower == "that", Self.tailWords.contains(doc.tokens[k].lower) { k = m }
        }
        while k < range.upperBound, doc.tokens[k].lower == "that" || punct(doc.tokens, k, ":") || punct(doc.tokens, k, ",") {
            k += 1
        }
        guard k < range.upperBound else { return nil }
        if inQuote[k] >= 0, quotes[inQuote[k]].open == k {
            return (quotes[inQuote[k]].parts, true)
        }
        var end = range.upperBound
        // Stop before a participle of saying or "and added", and before a trailing attribution.
        for (j, other) in verbs.enumerated() where j > index && other.range.lowerBound > k {
            let s = other.range.lowerBound
            if isContinuation(other.range, after: k) {
                end = min(end, s - 1); break
            }
            if trailing[j] {
                var c = s - 1
                while c > k, !punct(doc.tokens, c, ",") { c -= 1 }
                if c > k { end = min(end, c) }
                break
            }
        }
        if verb.verb.mode == .object {
            var m = k
            while m < end, !(punct(doc.tokens, m, ",") && inQuote[m] < 0) { m += 1 }
            // "called on the bloc, the UN and the community to “combine their efforts”": over the list of
            // addressees to the quote of what they are asked.
            var q = m
            while q < end, inQuote[q] < 0, set.speech(at: q) == nil { q += 1 }
            if q < end, q > m, inQuote[q] >= 0, quotes[inQuote[q]].open == q, doc.tokens[q - 1].lower == "to" {
                m = min(end, quotes[inQuote[q]].close + 1)
            }
            end = m
        }
        while end > k, punct(doc.tokens, end - 1, ".") || punct(doc.tokens, end - 1, ",") { end -= 1 }
        guard end > k else { return nil }
        return ([k..<end], false)
    }

    /// Whether a verb continues the one before: ", adding that", "and added that".
    func isContinuation(_ v: Range<Int>, after previousEnd: Int) -> Bool {
        guard v.lowerBound > previousEnd, v.lowerBound > 0 else { return false }
        let before = doc.tokens[v.lowerBound - 1]
        let verbWord = doc.tokens[v.lowerBound].lower
        if before.isPunct(","), verbWord.hasSuffix("ing") { return true }
        // "He denounced “…” while urging the mutineers to …".
        if ["while", "when", "before", "after", "by"].contains(before.lower), verbWord.hasSuffix("ing") { return true }
        // "was “ready to start talking,” adding that …": the comma inside the closing mark.
        if before.kind == .quote, v.lowerBound >= 2, punct(doc.tokens, v.lowerBound - 2, ","), verbWord.hasSuffix("ing"),
           inQuote[v.lowerBound - 1] >= 0, quotes[inQuote[v.lowerBound - 1]].close == v.lowerBound - 1,
           covered[v.lowerBound - 2] || previousEnd <= quotes[inQuote[v.lowerBound - 1]].open { return true }
        if before.lower == "and" { return true }
        if v.lowerBound >= 2, doc.tokens[v.lowerBound - 2].lower == "and", Self.adverbs.contains(before.lower) { return true }
        return false
    }

    /// "according to X, CLAUSE" and "CLAUSE, according to X".
    mutating func according(_ v: Range<Int>, in range: Range<Int>) -> (SpeakerResult, Range<Int>?, Range<Int>) {
        var end = v.upperBound
        while end < range.upperBound, !punct(doc.tokens, end, ","), !punct(doc.tokens, end, "."), end - v.upperBound < 12 {
            end += 1
        }
        let words = v.upperBound..<end
        let who = resolve(words)
        if v.lowerBound == range.lowerBound || (v.lowerBound > range.lowerBound && doc.tokens[v.lowerBound - 1].kind == .quote
            && v.lowerBound - 1 == range.lowerBound) {
            var stop = range.upperBound
            while stop > end + 1, punct(doc.tokens, stop - 1, ".") { stop -= 1 }
            let start = appositionEnd(after: end, before: stop).map { $0 + 1 } ?? end + 1
            return (who, start < stop ? start..<stop : nil, words)
        }
        var stop = v.lowerBound
        while stop > range.lowerBound, punct(doc.tokens, stop - 1, ",") { stop -= 1 }
        return (who, stop > range.lowerBound ? range.lowerBound..<stop : nil, words)
    }

    /// The comma that closes a description of the source after "according to X" (", an Agadez-based media
    /// outlet that covers the north,"): an indefinite phrase holding a role or an organization noun.
    private func appositionEnd(after comma: Int, before stop: Int) -> Int? {
        guard comma + 1 < stop, ["a", "an"].contains(doc.tokens[comma + 1].lower) else { return nil }
        var described = false
        var k = comma + 2
        while k < stop, k - comma <= 20, doc.tokens[k].kind != .quote {
            if punct(doc.tokens, k, ",") { return described && k + 1 < stop ? k : nil }
            if MentionFinder.mediaNouns.contains(doc.tokens[k].lower) || set.roles.contains(where: { $0.range.contains(k) }) {
                described = true
            }
            k += 1
        }
        return nil
    }

    /// A sentence that opens with a name and a colon ("Macron: France doesn't share …").
    func colonAttribution(_ range: Range<Int>) -> SpeechSpan? {
        guard let m = set.mention(at: range.lowerBound) else { return nil }
        let mention = set.mentions[m]
        guard mention.start == range.lowerBound, mention.end < range.upperBound, punct(doc.tokens, mention.end, ":"),
              mention.kind == .person || mention.kind == .named || mention.kind == .government || mention.kind == .organization
        else { return nil }
        return SpeechSpan(range: mention.end..<(mention.end + 1), verb: SpeechVerb(lemma: ":", mode: .clause, listener: false))
    }

    /// A sentence that opens with "For" and a person named in a role phrase, then a comma ("For Togolese
    /// political scientist Madi Djabakate, the lack of coverage stems from …"): the rest is that person's view,
    /// read like "according to".
    func forAttribution(_ range: Range<Int>) -> SpeechSpan? {
        let k = range.lowerBound
        guard doc.tokens[k].lower == "for", k + 2 < range.upperBound,
              let comma = (k + 1..<min(range.upperBound, k + 12)).first(where: { doc.tokens[$0].kind == .punct }),
              punct(doc.tokens, comma, ","), let m = set.mention(at: comma - 1), set.mentions[m].kind == .person,
              set.mentions[m].entity != nil
        else { return nil }
        return SpeechSpan(range: k..<(k + 1), verb: SpeechVerb(lemma: "for", mode: .according, listener: false))
    }

    // MARK: speakers

    mutating func resolve(_ range: Range<Int>) -> SpeakerResult {
        // (No words: "“…,” said" where the text was cut after the verb.)
        guard !range.isEmpty else { return .unknown }
        if let described = describedReference(range) {
            noteVoice(described, head: range.upperBound - 1)
            return described
        }
        // "the statement said" after "In a statement, ECOWAS said …": its authors speak.
        if let authors = documentAuthors, doc.tokens[range.lowerBound].sentence - authors.sentence <= 4,
           let m = set.mention(at: range.upperBound - 1), set.mentions[m].kind == .document,
           (range.lowerBound..<set.mentions[m].start).allSatisfy({ ["the", "this", "that", ","].contains(doc.tokens[$0].lower) }) {
            return .entities(authors.entities, mentions: [])
        }
        // "The official of the VDP": a person who speaks for what follows the preposition (not "the
        // official" the last speaker was).
        var lo = range.lowerBound
        while lo < range.upperBound, doc.tokens[lo].kind == .punct { lo += 1 }
        // (Unless a name follows in apposition: "the Minister of Territorial Affairs, Emile Zerbo".)
        let comma = (lo..<range.upperBound).first { punct(doc.tokens, $0, ",") }
        let namedAfter = comma.map { c in
            set.mention(at: c + 1).map { set.mentions[$0].kind == .person && set.mentions[$0].entity != nil } ?? false
        } ?? false
        if lo + 2 < range.upperBound, !namedAfter, ["the", "a", "an"].contains(doc.tokens[lo].lower),
           Self.describedHeads.contains(doc.tokens[lo + 1].lower), ["of", "for", "from"].contains(doc.tokens[lo + 2].lower),
           let described = describedSpeaker(lo..<(comma ?? range.upperBound)) {
            return described
        }
        if range.contains(where: { set.mention(at: $0).map { set.mentions[$0].kind == .document } ?? false }) {
            _ = makeDocumentEntity()
        }
        let speaking = documentEntity
        return speakerResolver.resolve(range, pronoun: { pronounEntity($0) }, document: { _ in speaking })
    }

    /// Reads speakers out of subject phrases over the current entity table.
    var speakerResolver: SpeakerResolver { SpeakerResolver(doc: doc, lex: lex, set: set, table: table) }

    /// The words after a verb up to a comma or the end ("…," said a US official on Monday).
    func phrase(after v: Range<Int>, in range: Range<Int>) -> Range<Int> {
        var end = v.upperBound
        // (The full stop of an abbreviation inside the sentence goes on: "said Brig. Gen. Bradford Gering".)
        while end < range.upperBound, !punct(doc.tokens, end, ","), end - v.upperBound < 12,
              !punct(doc.tokens, end, ".") || end + 1 < range.upperBound && end > v.upperBound && doc.tokens[end - 1].kind == .word
                && doc.tokens[end + 1].isCapitalized && !doc.tokens[end].spaceBefore {
            end += 1
        }
        // "… said the Head of UNSOS, Dr Aisa Kacyira": the name in apposition belongs to the phrase.
        var k = end + 1
        if end < range.upperBound, punct(doc.tokens, end, ",") {
            while k < range.upperBound, set.roles.contains(where: { $0.range.contains(k) && $0.title.isRank }) { k += 1 }
            if let p = set.mention(at: k), set.mentions[p].kind == .person { end = set.mentions[p].end }
        }
        return v.upperBound..<end
    }

    /// The actor a clause is about: its first actor that no preposition governs,
    /// with the actors coordinated with it ("In response, Mali has decided …"),
    /// skipping a possessive's owner ("Mali's army" → the army).
    func clauseSubject(before end: Int, in sentence: Range<Int>) -> SpeakerResult {
        var start = sentence.lowerBound
        var k = end - 1
        while k >= sentence.lowerBound {
            if doc.tokens[k].isPunct(";") || doc.tokens[k].isPunct(":") || (doc.tokens[k].kind == .quote && inQuote[k] >= 0) {
                start = k + 1
                break
            }
            k -= 1
        }
        // The clause the quote is in first ("…, with authorities in Benin accusing them of being “agents”"),
        // then the sentence from its start.
        var comma = end - 1
        while comma > start, !punct(doc.tokens, comma, ",") { comma -= 1 }
        // (Not a clause that opens with its verb, whose actor is the object: "The AES, a confederation of
        // three nations, accused Algeria of an “irresponsible act”".)
        let opensWithVerb = comma > start && comma + 1 < end && doc.tokens[comma + 1].kind == .word
            && !doc.tokens[comma + 1].isCapitalized && set.mention(at: comma + 1) == nil
            && doc.tokens[comma + 1].lower.hasSuffix("ed") && !set.roles.contains(where: { $0.range.contains(comma + 1) })
        if comma > start, !opensWithVerb, case let .entities(entities, mentions) = firstActor(from: comma + 1, to: end, allowWith: true),
           !entities.isEmpty {
            return .entities(entities, mentions: mentions)
        }
        return firstActor(from: start, to: end, allowWith: false)
    }

    /// The person named in apposition to a role that follows within a few words:
    /// "[Guinea's] junta-appointed prime minister, Bernard Gomou,".
    /// The person named after a comma that ends a role at `k` ("…'s prime minister, Bernard Gomou"); with
    /// `roleInside`, the role is the mention ending at `k` and may take a complement first ("the Minister
    /// of Territorial Affairs, Emile Zerbo").
    func appositionHolder(after k: Int, before end: Int, roleInside: Bool = false) -> Int? {
        var m = k
        // Up to four words, or a longer role phrase whose complement names only places and countries ("United
        // States deputy assistant secretary of state in charge of West Africa, Michael Heath").
        while m < end, m - k <= 12, !punct(doc.tokens, m, ",") {
            if let inner = set.mention(at: m) {
                guard m - k > 0, let e = set.mentions[inner].entity, table[e].kind == .country,
                      set.roles.contains(where: { !$0.title.isRank && $0.range.lowerBound >= k && $0.range.upperBound <= m })
                else { return nil }
            }
            if doc.tokens[m].kind == .quote { return nil }
            m += 1
        }
        // The role: the mention itself with a complement, a short phrase ending in a role, or a long role phrase.
        let complement = roleInside && (m == k || ["of", "for"].contains(doc.tokens[k].lower))
        let roleAtComma = m > k && m - k <= 4
            && set.roles.contains(where: { $0.range.upperBound == m && !$0.title.isRank && $0.range.lowerBound >= k })
        let longRole = m - k > 4 && set.roles.contains(where: { !$0.title.isRank && $0.range.lowerBound >= k && $0.range.upperBound <= m })
        guard m + 1 < end, punct(doc.tokens, m, ","), complement || roleAtComma || longRole,
              let person = set.mention(at: m + 1), set.mentions[person].kind == .person, set.mentions[person].entity != nil
        else { return nil }
        return person
    }

    /// The first actor from `start` that no preposition governs (with `allowWith`,
    /// "with" and a passive's "by" do not count), the head of its phrase, and the actors coordinated with it.
    func firstActor(from start: Int, to end: Int, allowWith: Bool) -> SpeakerResult {
        let resolver = speakerResolver
        var m = start
        while m < end {
            guard let owner = set.mention(at: m) else { m += 1; continue }
            let mention = set.mentions[owner]
            let governed = resolver.isInsidePhrase(mention.start, from: start)
                && !(allowWith && mention.start > start && ["with", "by"].contains(doc.tokens[mention.start - 1].lower))
            if mention.end < end, doc.tokens[mention.end].kind == .possessive || governed {
                m = mention.end
                continue
            }
            // "Residents whom AFP reached by phone confirmed …": not the subject of a relative clause.
            if mention.start > start, ["whom", "who", "which", "whose"].contains(doc.tokens[mention.start - 1].lower) {
                m = mention.end
                continue
            }
            if mention.kind == .pronoun {
                // "calling it “…”": a pronoun after a verb is its object, not the clause's subject.
                if mention.start > start, doc.tokens[mention.start - 1].kind == .word,
                   !["and", "but", "as", "while", "when", "because", "that"].contains(doc.tokens[mention.start - 1].lower) {
                    m = mention.end
                    continue
                }
                return pronounEntity(owner).map { .entities([$0], mentions: [owner]) } ?? .unknown
            }
            // "said the Minister of Territorial Affairs, Emile Zerbo": a role with no holder yet, named in apposition.
            if mention.kind == .roleDescription, mention.entity == nil,
               let holder = appositionHolder(after: mention.end, before: end, roleInside: true) {
                return .entities([set.mentions[holder].entity!], mentions: [holder])
            }
            guard mention.entity.map({ table[$0].kind.isActor || table[$0].kind == .mission }) == true else { m = mention.end; continue }
            // "Guinea's junta-appointed prime minister, Bernard Gomou, …": the person the role opening the
            // clause names in apposition.
            if let holder = appositionHolder(after: mention.end, before: end) {
                return .entities([set.mentions[holder].entity!], mentions: [holder])
            }
            // "Rwandan Government Spokesperson Yolande Makolo", "U.S. Senator James Risch": the actor modifies
            // the role of the person named right after it.
            // ("Qatari Minister of State at the Foreign Ministry Mohammed Al-Khulaifi": over the role's complement.)
            if let role = set.roles.first(where: { $0.range.lowerBound >= mention.start && $0.range.lowerBound <= mention.end
                   && $0.range.upperBound > mention.end }),
               let at = (role.range.upperBound..<min(end, role.range.upperBound + 8)).first(where: { k in
                   set.mention(at: k).map { set.mentions[$0].kind == .person && set.mentions[$0].start == k } ?? false
                       || !(doc.tokens[k].isCapitalized || ["of", "at", "the", "for", "to", "in"].contains(doc.tokens[k].lower))
                   }),
               let person = set.mention(at: at), set.mentions[person].kind == .person, set.mentions[person].start == at,
               let holder = set.mentions[person].entity {
                return .entities([holder], mentions: [person])
            }
            let headMention = resolver.head(of: owner, within: end)
            guard let e = set.mentions[headMention].entity else { m = mention.end; continue }
            var entities = [e], mentions = [headMention]
            var next = set.mentions[headMention].end
            while next < end {
                var p = next
                if punct(doc.tokens, p, ",") { p += 1 }
                if p < end, doc.tokens[p].lower == "and" { p += 1 }
                guard p > next, p < end, let other = set.mention(at: p), set.mentions[other].start == p,
                      let oe = set.mentions[other].entity, table[oe].kind.isActor else { break }
                if !entities.contains(oe) { entities.append(oe); mentions.append(other) }
                next = set.mentions[other].end
            }
            return .entities(entities, mentions: mentions)
        }
        return .unknown
    }

    func pronounEntity(_ m: Int) -> Int? {
        let mention = set.mentions[m]
        if mention.kind == .roleDescription {
            // A role without a name that no holder claims ("the former Nigerian leader", "the official"):
            // the one speaker of the last statement within three sentences.
            guard let last = lastSpeakers, last.entities.count == 1, mention.sentence - last.sentence <= 3 else { return nil }
            // A role is a person's: the person who spoke, or the body a spokesman speaks for; never a document.
            let spoke = table[last.entities[0]]
            guard spoke.kind == .person || (spoke.kind == .organization && !spoke.isDocument
                && Self.voiceHeads.contains(doc.tokens[mention.end - 1].lower))
            else { return nil }
            // "the Burkinabé leader" is not the Nigerien who spoke before.
            // "Mali's Minister …" is not the American who spoke before either, nor a speaker tied to no country.
            if let country = mention.lexicon, table[last.entities[0]].personCountry != country { return nil }
            return last.entities[0]
        }
        switch mention.name {
        case "he", "she":
            let gender = Gender(pronoun: mention.name) ?? .male
            let usual = usualPersonReferent(of: m, gender)
            // "she" after a man and a woman: the woman, when the text shows who is one.
            if gender == .female, usual.map({ genders[$0] != .female }) ?? true,
               let woman = recentMention(before: m, where: { table[$0].kind == .person && genders[$0] == .female }) {
                return woman
            }
            return usual
        case "it":
            // "Algeria further rejected what it described as “…”": the actor its own sentence opens with.
            if mention.start > 0, doc.tokens[mention.start - 1].lower == "what", let actor = actorOpening(sentence: mention.sentence) {
                return actor
            }
            // "Somalia has rejected the deal. It has also recalled its ambassador": the actor the sentence
            // before opens with, for an "it" that opens its own.
            let opensSentence = mention.start == doc.sentences[mention.sentence].tokens.lowerBound
            if opensSentence, let actor = actorOpening(sentence: mention.sentence - 1) { return actor }
            if let last = lastOtherSpeaker, mention.sentence - last.sentence <= 6 { return last.entity }
            return recentMention(before: m) { table[$0].kind == .organization || table[$0].isDocument }
        default:
            return nil
        }
    }

    /// What "he" or "she" (mention `m`) stands for, skipping people of the other gender.
    func usualPersonReferent(of m: Int, _ gender: Gender) -> Int? {
        let mention = set.mentions[m]
        // "In shocking news, President X was dead, army spokesman Y announced. “…,” he said.": the person
        // who spoke in the sentence before, not the one it opens with.
        if let last = lastPersonSpeaker, last.sentence == mention.sentence - 1, fits(last.entity, gender) { return last.entity }
        // "A Malian security source … also said …. He described …": an unnamed person the sentence right before
        // introduced as a speaker (not "the source added", which may point to another), when no named person
        // is in that sentence, this one, or the two before (not "Colonel X met the troops. A security source
        // said …. “…,” he said": the colonel).
        // Or, in a text that has named no person yet, the one unnamed person who has spoken, within three
        // sentences ("…, the source said. Five soldiers died, he said"; not when a source and an official spoke).
        if let last = lastSpeakers, last.entities.count == 1, table[last.entities[0]].kind == .person,
           table[last.entities[0]].attributes["unnamed"] != nil, fits(last.entities[0], gender) {
            let introduced = last.sentence == mention.sentence - 1
                && statements.last?.speakerWords.map({ !$0.isEmpty && ["a", "an"].contains(doc.tokens[$0.lowerBound].lower) }) == true
                && !set.mentions[..<m].reversed().prefix(while: { $0.sentence >= last.sentence - 2 }).contains(where: { $0.kind == .person })
            let onlyUnnamedVoice = !statements.contains { fact in
                fact.speakers.contains { $0 != last.entities[0] && table[$0].kind == .person && table[$0].attributes["unnamed"] != nil }
            }
            // (An official who spoke for a body counts as another voice: "The official of the VDP … said".)
            let nobodyNamed = mention.sentence - last.sentence <= 3 && onlyUnnamedVoice && lastVoice == nil
                && !set.mentions[..<m].contains(where: { $0.kind == .person })
            if introduced || nobodyNamed { return last.entities[0] }
        }
        // "Woodke thanked the authorities. “Greetings to my family,” he said.": the person the sentence
        // before is about.
        if let subject = personOpening(sentence: mention.sentence - 1), fits(subject, gender) { return subject }
        // Over a sentence that is all quote, to the one before it ("X, Romania's President, expressed his
        // delight. “I welcome …!” “Congratulations …,” he added").
        if mention.sentence >= 2, doc.tokens[doc.sentences[mention.sentence - 1].tokens.lowerBound].kind == .quote,
           let subject = personOpening(sentence: mention.sentence - 2), fits(subject, gender) { return subject }
        if let voice = lastVoice, mention.sentence - voice.sentence <= 3,
           voice.sentence >= (lastPersonSpeaker?.sentence ?? -1) { return voice.entity }
        if let last = lastPersonSpeaker, mention.sentence - last.sentence <= 6, fits(last.entity, gender) { return last.entity }
        return recentMention(before: m) { table[$0].kind == .person && fits($0, gender) }
    }

    /// The person a sentence opens with as its subject (over a rank or title and a
    /// country before the name: "Col Gomina urged …", "Woodke, a humanitarian worker, thanked …").
    func personOpening(sentence index: Int) -> Int? {
        guard index >= 0, index < doc.sentences.count else { return nil }
        let range = doc.sentences[index].tokens
        // Over opening adverbs and circumstances ("Likewise, Klaus Iohannis …"; "On Wednesday, during a press
        // briefing, government spokesman X offered …").
        var k = afterCircumstances(from: range.lowerBound, in: range)
        // "The region’s governor, Noki Charfadine, gave a toll …": a role in apposition before the name.
        if let comma = (k..<min(range.upperBound, k + 8)).first(where: { doc.tokens[$0].kind == .punct }),
           punct(doc.tokens, comma, ","), comma > k, set.roles.contains(where: { $0.range.upperBound == comma }),
           !(k..<comma).contains(where: { set.mention(at: $0).map { set.mentions[$0].kind == .person } ?? false }),
           let m = set.mention(at: comma + 1), set.mentions[m].kind == .person, let e = set.mentions[m].entity,
           set.mentions[m].end < range.upperBound, punct(doc.tokens, set.mentions[m].end, ",") {
            return e
        }
        let opening = k
        while k < range.upperBound, k - opening < 6 {
            if let m = set.mention(at: k) {
                let mention = set.mentions[m]
                if mention.kind == .person, let e = mention.entity { return e }
                // "Burkina Faso's Capt …", "French President …": over the owner or demonym.
                // "UN Humanitarian Chief Tom Fletcher": over an organization named before the title too.
                let bodyBeforeTitle = mention.kind == .named && mention.entity.map { table[$0].kind == .organization } == true
                    && mention.end < range.upperBound && doc.tokens[mention.end].isCapitalized
                if mention.kind == .demonym || bodyBeforeTitle
                    || (mention.end < range.upperBound && doc.tokens[mention.end].kind == .possessive) {
                    k = mention.end + (doc.tokens[mention.end].kind == .possessive ? 1 : 0)
                    continue
                }
                return nil
            }
            let t = doc.tokens[k]
            // ("Panel member Stephen Isaac echoed …": over a noun for a person too.)
            guard t.kind == .word, t.isCapitalized || set.roles.contains(where: { $0.range.contains(k) })
                || Self.singularPersonNouns.contains(t.lower) else { return nil }
            k += 1
        }
        return nil
    }

    /// Where a clause's subject can start after up to three opening adverbs or circumstances, each closed by
    /// a comma, from token `k`.
    func afterCircumstances(from k: Int, in range: Range<Int>) -> Int {
        var k = k
        for _ in 0..<3 {
            guard let comma = circumstanceEnd(from: k, in: range) else { break }
            k = comma + 1
        }
        return k
    }

    /// The comma closing an opening adverb or circumstance that starts at `k` ("Likewise,", "On Wednesday,",
    /// "during a press briefing,"): one word, or up to eight words opened by a preposition or a time word,
    /// without a quote or an actor in them.
    func circumstanceEnd(from k: Int, in range: Range<Int>) -> Int? {
        guard k < range.upperBound, doc.tokens[k].kind == .word else { return nil }
        if k + 1 < range.upperBound, set.mention(at: k) == nil, punct(doc.tokens, k + 1, ",") { return k + 1 }
        guard Self.circumstanceOpeners.contains(doc.tokens[k].lower) else { return nil }
        var j = k + 1
        while j < range.upperBound, j - k <= 8 {
            let t = doc.tokens[j]
            if punct(doc.tokens, j, ",") { return j }
            if t.kind == .quote { return nil }
            if let m = set.mention(at: j), let e = set.mentions[m].entity, table[e].kind == .person { return nil }
            j += 1
        }
        return nil
    }

    /// The organization, country or mission a sentence opens with as its subject, over a dateline and
    /// opening circumstances ("Addis Ababa — Somalia has rejected …", "On Monday, the army said …").
    func actorOpening(sentence index: Int) -> Int? {
        guard index >= 0, index < doc.sentences.count else { return nil }
        let range = doc.sentences[index].tokens
        var k = range.lowerBound
        if let dash = (k..<min(range.upperBound, k + 5)).first(where: { isDash($0) }) { k = dash + 1 }
        k = afterCircumstances(from: k, in: range)
        guard k < range.upperBound, let m = set.mention(at: k) ?? (doc.tokens[k].lower == "the" ? set.mention(at: k + 1) : nil),
              let e = set.mentions[m].entity, [.organization, .country, .mission].contains(table[e].kind),
              !table[e].isDocument, set.mentions[m].kind != .pronoun
        else { return nil }
        let after = set.mentions[m].end
        // The subject, with its verb next: not "Somalia's president", not "Somalia and Ethiopia".
        guard after < range.upperBound, doc.tokens[after].kind == .word, !doc.tokens[after].isCapitalized,
              doc.tokens[after].lower != "and", doc.tokens[after].lower != "or" else { return nil }
        return e
    }

    func recentMention(before m: Int, where accept: (Int) -> Bool) -> Int? {
        var k = m - 1
        while k >= 0, set.mentions[m].sentence - set.mentions[k].sentence <= 3 {
            if let e = set.mentions[k].entity, accept(e) { return e }
            k -= 1
        }
        return nil
    }

    mutating func makeDocumentEntity() -> Int {
        if let e = documentEntity { return e }
        // Named by the noun the text uses: "Joint statement", "Communiqué", "Decree".
        let first = set.mentions.first { $0.kind == .document }
        let noun = first.map { mention -> String in
            var words = doc.tokens[mention.range].filter { $0.kind == .word }.map(\.text)
            if let d = words.first, Self.determinersOfDocuments.contains(d.lowercased()) { words.removeFirst() }
            return words.joined(separator: " ").lowercased()
        } ?? "statement"
        let name = noun.isEmpty ? "Statement" : noun.prefix(1).uppercased() + noun.dropFirst()
        let id = "statement:\(documentKey)-\(NodeID.slug(name))"
        let e = table.intern(id) {
            var made = DocEntity(id: id, kind: .statement, name: name)
            made.isDocument = true
            made.attributes["quote"] = "indirect"
            made.attributes["form"] = "document"
            return made
        }
        documentEntity = e
        return e
    }

    /// The signatories of the speaking document: the speakers it reports
    /// ("France …, as well as Canada, said …, a joint statement said") and the
    /// actors after "issued by" / "signed by".
    func signatories() -> [Int: [Int]] {
        guard let doc = documentEntity else { return [:] }
        var out: [Int] = []
        for s in statements where s.speakers.contains(doc) {
            for other in statements where other.speakers != s.speakers {
                let anchor = other.anchor.lowerBound
                if s.content.contains(where: { $0.contains(anchor) }) {
                    for e in other.speakers where !out.contains(e) && table[e].kind.isActor { out.append(e) }
                }
            }
        }
        for (k, t) in self.doc.tokens.enumerated() where (t.lower == "issued" || t.lower == "signed") && k + 1 < self.doc.tokens.count
            && self.doc.tokens[k + 1].lower == "by" {
            let sentence = t.sentence
            guard set.mentions.contains(where: { $0.sentence == sentence && $0.kind == .document }) else { continue }
            for m in set.mentions where m.sentence == sentence && m.start > k {
                if let e = m.entity, table[e].kind == .country || table[e].kind == .organization, !out.contains(e) { out.append(e) }
            }
        }
        return [doc: out]
    }
}

extension QuoteSpan {
    /// The quoted words, one range per paragraph.
    var parts: [Range<Int>] { [inner] + continuations }
}
