import ActorGraph

/// Quotations that no verb of saying introduces, attributed after every sentence was read: the clause's
/// subject, the speaker of the quote before, the one who spoke last, a described group.
extension SpeechAnalyzer {

    /// Quotes no verb claimed: whole sentences continue the last speaker; a
    /// phrase quoted inside a sentence ("… cut ties “with immediate effect”",
    /// "certified the withdrawal with a “solemn ceremony”") is the words of the
    /// clause's subject, as a reader takes them.
    /// - Parameter recentAfter: who spoke last after each sentence, so that a pronoun in a quote's
    ///   sentence stands for whom it stood for there, not for the document's last speaker.
    mutating func attributeOrphanQuotes(recentAfter: [RecentSpeakers]) {
        let atEnd = recent
        defer { recent = atEnd }
        for q in quotes {
            recent = recentAfter[doc.tokens[q.open].sentence]
            // "a move welcomed by Niger's military leaders as a “step towards sovereignty”": the agent's words,
            // even inside someone else's reported speech.
            if let agent = agentBefore(quoteAt: q.open) {
                let start = q.parts.first?.lowerBound ?? q.open
                statements.append(StatementFact(speakers: [agent.entity], speakerMentions: [agent.mention], content: q.parts,
                                                direct: true, anchor: start..<start))
                continue
            }
            let start = q.parts.first?.lowerBound ?? q.open
            if doc.ignored[q.open] { continue }
            // A crosshead in marks ('Kremlin remains in control') echoes a quote of the article: its speaker's words.
            if isCrosshead(q), let echoed = statementEchoed(by: q) {
                statements.append(StatementFact(speakers: echoed.speakers, speakerMentions: [], content: q.parts,
                                                direct: true, anchor: start..<start))
                continue
            }
            if (q.open...q.close).contains(where: { covered[$0] }) {
                // “instructors” inside what unnamed sources report ("X notified the council it intends to welcome
                // 600 “instructors,” diplomatic sources said"): the words are those of the clause's named subject.
                let sentence = doc.tokens[q.open].sentence
                // (Not a quote that continues another in the same report: “The camp is occupied” by the army
                // “without incident”, a source said.)
                guard let covering = statements.first(where: { s in s.content.contains { $0.contains(q.open) || $0.contains(start) } }),
                      !covering.direct, covering.speakers.allSatisfy({ table[$0].attributes["unnamed"] == "yes" }),
                      let firstOfReport = covering.content.first?.lowerBound,
                      firstOfReport >= q.open || !(firstOfReport..<q.open).contains(where: { inQuote[$0] >= 0 }),
                      // (Someone in the report says something: "X notified the council it intends …". Not "analysts
                      // say IS has grown …, becoming the group's “nerve centre”": the analysts' words.)
                      covering.anchor.lowerBound > q.close || (firstOfReport..<q.open).contains(where: { set.speech(at: $0) != nil }),
                      case let .entities(entities, mentions) = clauseSubject(before: q.open, in: doc.sentences[sentence].tokens),
                      !entities.isEmpty, entities.allSatisfy({ table[$0].attributes["unnamed"] == nil }),
                      // (The subject inside the report, not a listener before it: "One of the soldiers … told
                      // Reuters that … “rained bullets everywhere.”")
                      mentions.allSatisfy({ m in covering.content.contains { $0.contains(set.mentions[m].start) } })
                else { continue }
                statements.append(StatementFact(speakers: entities, speakerMentions: mentions, content: q.parts, direct: true,
                                                anchor: start..<start))
                continue
            }
            guard q.parts.contains(where: { part in part.contains { doc.tokens[$0].kind == .word || doc.tokens[$0].kind == .number } })
            else { continue }
            let sentence = doc.tokens[q.open].sentence
            let fillsSentence = doc.sentences[sentence].tokens.lowerBound == q.open
            if fillsSentence {
                // In the paragraph of a sentence about one person that quoted nobody ("Likewise, Klaus Iohannis,
                // Romania's President, expressed his delight … “I welcome the release …!”"): that person's words.
                // Also a paragraph that is all quote after a paragraph about one person ("President X has
                // expressed grief over …, describing the killings as insane. ¶ “I condemn …”").
                if sentence > 0, q.parts.reduce(0, { $0 + $1.count }) >= 4,
                   doc.tokens[doc.sentences[sentence - 1].tokens.lowerBound].paragraph == doc.tokens[q.open].paragraph
                       || (q.open == 0 || doc.tokens[q.open - 1].paragraph != doc.tokens[q.open].paragraph)
                           && doc.tokens[doc.sentences[sentence - 1].tokens.lowerBound].paragraph + 1 == doc.tokens[q.open].paragraph,
                   !statements.contains(where: { !$0.anchor.isEmpty && doc.tokens[$0.anchor.lowerBound].sentence == sentence - 1 }),
                   let person = personOpening(sentence: sentence - 1) {
                    statements.append(StatementFact(speakers: [person], speakerMentions: [], content: q.parts, direct: true,
                                                    anchor: start..<start))
                    continue
                }
                guard q.parts.reduce(0, { $0 + $1.count }) >= 4,
                      let last = lastSpeakers(before: sentence), sentence - last.sentence <= 3 else { continue }
                statements.append(StatementFact(speakers: last.entities, speakerMentions: [], content: q.parts, direct: true,
                                                anchor: start..<start))
                continue
            }
            // “A” … “B,” he added: a quote before another that a verb attributes is the same speaker's.
            if let later = statements.first(where: { $0.direct && !$0.speakers.isEmpty && $0.anchor.lowerBound > q.close
                && doc.tokens[$0.anchor.lowerBound].sentence == sentence && !$0.anchor.isEmpty
                && ($0.content.first?.lowerBound ?? 0) > q.close }) {
                statements.append(StatementFact(speakers: later.speakers, speakerMentions: later.speakerMentions,
                                                content: q.parts, direct: true, anchor: start..<start))
                continue
            }
            // A group described where the clause opens is its subject, before any actor named later in it
            // ("…, council members condemned the RSF attack and its “devastating impact”").
            var subject = describedClauseOpening(before: q.open, in: doc.sentences[sentence].tokens)
                ?? clauseSubject(before: q.open, in: doc.sentences[sentence].tokens)
            // "Uniformed soldiers announced …, pledging to “…”": a group described where the sentence opens.
            let sentenceStart = doc.sentences[sentence].tokens.lowerBound
            if case .unknown = subject, q.open > sentenceStart + 1 {
                let stop = openingPhraseEnd(from: sentenceStart, limit: q.open)
                if stop > sentenceStart, stop < q.open, let described = describedSpeaker(sentenceStart..<stop, bareEnough: true) {
                    subject = described
                }
            }
            // “A” and to “B”: with no actor between them, a quote continues the one before it in the sentence.
            if case .unknown = subject, let earlier = statementOfQuote(before: q.open, inSentence: sentence) {
                subject = .entities(earlier.speakers, mentions: earlier.speakerMentions)
            }
            guard case let .entities(entities, mentions) = subject, !entities.isEmpty else { continue }
            statements.append(StatementFact(speakers: entities, speakerMentions: mentions, content: q.parts, direct: true,
                                            anchor: start..<start))
        }
    }

    /// Whether a quote is a crosshead: a short paragraph of its own, not the article's first, with no
    /// punctuation to end it ('Kremlin remains in control').
    func isCrosshead(_ q: QuoteSpan) -> Bool {
        let paragraph = doc.tokens[q.open].paragraph
        guard q.closed, q.continuations.isEmpty, paragraph > 0, q.open == 0 || doc.tokens[q.open - 1].paragraph != paragraph,
              q.inner.count <= 8, let last = q.inner.last, doc.tokens[last].kind != .punct
        else { return false }
        return q.close + 1 == doc.tokens.count || doc.tokens[q.close + 1].paragraph != paragraph
    }

    /// The one direct statement, other than the quote itself, whose words contain the quote's words
    /// (two words or more, compared case-blind), when all such statements have the same speakers.
    func statementEchoed(by q: QuoteSpan) -> StatementFact? {
        let words = q.inner.filter { doc.tokens[$0].kind == .word || doc.tokens[$0].kind == .number }.map { doc.tokens[$0].lower }
        guard words.count >= 2 else { return nil }
        var found: StatementFact?
        for s in statements where s.direct && !s.speakers.isEmpty && !s.content.contains(where: { $0.overlaps(q.inner) }) {
            let said = s.content.flatMap { $0.filter { doc.tokens[$0].kind == .word || doc.tokens[$0].kind == .number } }
                .map { doc.tokens[$0].lower }
            guard said.count >= words.count,
                  (0...(said.count - words.count)).contains(where: { said[$0..<($0 + words.count)].elementsEqual(words) }) else { continue }
            if let earlier = found, earlier.speakers != s.speakers { return nil }
            found = s
        }
        return found
    }

    /// The statement of the quote that closes last before `open` in the same sentence, when only
    /// connecting words ("and to", ", or") and no actor stand between them.
    func statementOfQuote(before open: Int, inSentence sentence: Int) -> StatementFact? {
        var k = open - 1
        while k >= 0, inQuote[k] < 0 {
            if doc.tokens[k].sentence != sentence || set.mention(at: k) != nil || set.speech(at: k) != nil { return nil }
            k -= 1
        }
        guard k >= 0, open - k <= 6 else { return nil }
        let previous = quotes[inQuote[k]]
        guard let first = previous.parts.first?.lowerBound else { return nil }
        return statements.last { $0.content.first?.lowerBound == first && !$0.speakers.isEmpty }
    }

    /// The agent of "… by X as (a) “…”" right before a quote.
    func agentBefore(quoteAt open: Int) -> (entity: Int, mention: Int)? {
        var k = open - 1
        if k >= 0, ["a", "an", "the"].contains(doc.tokens[k].lower) { k -= 1 }
        guard k >= 2, doc.tokens[k].lower == "as", let m = set.mention(at: k - 1), set.mentions[m].end == k,
              let e = set.mentions[m].entity, table[e].kind.isActor else { return nil }
        let start = set.mentions[m].start
        guard start >= 1, doc.tokens[start - 1].lower == "by" else { return nil }
        return (e, m)
    }

    func lastSpeakers(before sentence: Int) -> (entities: [Int], sentence: Int)? {
        // The statement anchored latest before `sentence` (quotes attributed after the pass come last in the list).
        var best: (entities: [Int], sentence: Int)?
        // (A crosshead echoing a quote further down is not who spoke last.)
        for s in statements where !(s.content.first.map { inQuote[$0.lowerBound] >= 0 && isCrosshead(quotes[inQuote[$0.lowerBound]]) } ?? false) {
            let at = doc.tokens[s.anchor.lowerBound].sentence
            if at < sentence, best.map({ at >= $0.sentence }) ?? true { best = (s.speakers, at) }
        }
        return best
    }
}
