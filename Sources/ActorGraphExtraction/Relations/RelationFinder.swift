import ActorGraph

/// Finds relations from the lexicon's patterns: a trigger word (withdraw,
/// expel, sanction, support, alongside, led …), its subject (the nearest actor
/// on the left that is not inside a prepositional phrase; the antecedent of
/// ", which"), its object (directly after it or after one of the pattern's
/// prepositions), a passive agent ("led by X"), "between X and Y" for
/// symmetric patterns, and lists ("Chad, Niger, Burkina Faso and Mauritania").
/// A negation right before the trigger ("not", "no longer") drops the relation.
struct RelationFinder {
    let doc: DocumentText
    let set: MentionSet
    let table: EntityTable
    private(set) var facts: [RelationFact] = []

    init(doc: DocumentText, mentions: MentionSet, table: EntityTable) {
        self.doc = doc
        self.set = mentions
        self.table = table
    }

    static func find(doc: DocumentText, mentions: MentionSet, table: EntityTable) -> [RelationFact] {
        var finder = RelationFinder(doc: doc, mentions: mentions, table: table)
        for trigger in mentions.triggers where !doc.ignored[trigger.range.lowerBound] { finder.apply(trigger) }
        return finder.facts
    }

    private mutating func apply(_ trigger: TriggerSpan) {
        let t = trigger.range
        let sentence = doc.sentences[doc.tokens[t.lowerBound].sentence].tokens
        let pattern = trigger.pattern
        if isNegated(t.lowerBound, sentence) { return }
        if pattern.symmetric {
            if let (a, b) = between(near: t, in: sentence) { add(a, b, pattern, t) }
            return
        }
        var objects: [Int] = []
        for prep in pattern.objectPreps {
            objects = prep == "direct" ? directObject(after: t.upperBound, in: sentence)
                : objectAfter(preposition: prep, from: t.upperBound, in: sentence, window: pattern.window)
            if !objects.isEmpty { break }
        }
        if pattern.missionsOnly { objects = objects.filter { kind(of: $0) == .mission } }
        var agents: [Int] = []
        for prep in pattern.agentPreps {
            agents = objectAfter(preposition: prep, from: t.upperBound, in: sentence, window: pattern.window + 4)
                .filter { !objects.contains($0) }
            if agents.isEmpty, let last = objects.last {
                agents = objectAfter(preposition: prep, from: set.mentions[last].end, in: sentence, window: pattern.window + 4)
            }
            if !agents.isEmpty { break }
        }
        if !agents.isEmpty {
            var targets = objects.isEmpty
                ? subject(before: t.lowerBound, in: sentence, type: pattern.type, allowMissions: true, passive: true) : objects
            if targets.isEmpty, let last = agents.last {
                // "Due to obstructions by A, B …": the clause after the comma suffers it.
                targets = mainClauseSubject(after: set.mentions[last].end, in: sentence)
            }
            for a in agents { for o in targets { add(a, o, pattern, t) } }
            return
        }
        guard !objects.isEmpty else { return }
        let allowMissions = [.deployedIn, .withdrawsFrom, .attacks].contains(pattern.type)
        var subjects = subject(before: t.lowerBound, in: sentence, type: pattern.type, allowMissions: allowMissions)
        if subjects.isEmpty { subjects = carriedSubject(before: t.lowerBound, in: sentence, allowMissions: allowMissions) }
        for s in subjects {
            for o in objects {
                if pattern.reverse { add(o, s, pattern, t) } else { add(s, o, pattern, t) }
            }
        }
    }

    private mutating func add(_ sourceMention: Int, _ targetMention: Int, _ pattern: RelationPattern, _ trigger: Range<Int>) {
        guard let source = set.mentions[sourceMention].entity, let target = set.mentions[targetMention].entity,
              source != target else { return }
        let sourceKind = table[source].kind
        let targetKind = table[target].kind
        guard sourceKind != .statement, targetKind != .statement else { return }
        var type = pattern.type
        switch type {
        case .cooperatesWith, .alliedWith:
            if targetKind == .mission { type = .participatesIn }
        case .participatesIn, .memberOf:
            guard targetKind == .mission || targetKind == .organization else { return }
            if targetKind == .mission { type = .participatesIn }
        case .deployedIn:
            guard targetKind == .country else { return }
        case .withdrawsFrom:
            guard targetKind != .person else { return }
        default:
            break
        }
        let a = set.mentions[sourceMention], b = set.mentions[targetMention]
        let start = min(a.start, b.start, trigger.lowerBound)
        let end = max(a.end, b.end, trigger.upperBound)
        facts.append(RelationFact(source: source, target: target, type: type, sign: type.polarity.rawValue, range: start..<end))
    }

    private func kind(of mention: Int) -> NodeKind? {
        set.mentions[mention].entity.map { table[$0].kind }
    }

    // MARK: the ends of a relation

    /// The actor mention the trigger's clause is about, searching left.
    private func subject(before k: Int, in sentence: Range<Int>, type: RelationType, allowMissions: Bool,
                         passive: Bool = false) -> [Int] {
        var m = k - 1
        while m >= sentence.lowerBound, k - m <= 30 {
            let t = doc.tokens[m]
            if t.kind == .quote || t.isPunct(";") || t.isPunct(":") { return [] }
            if set.speech(at: m) != nil || t.lower == "that" { return [] }
            // ", which …": the antecedent before the comma.
            if t.isPunct(","), m + 1 < k, ["which", "who"].contains(doc.tokens[m + 1].lower) {
                var a = m - 1
                while a >= sentence.lowerBound, m - a <= 8 {
                    if let owner = set.mention(at: a), eligible(owner, allowMissions: true) { return [owner] }
                    if punct(doc.tokens, a, ",") { break }
                    a -= 1
                }
                return []
            }
            // "X, which includes Y, is involved in …": skip the relative clause back to X.
            if t.isPunct(","), let open = relativeClauseStart(endingAt: m, in: sentence) {
                m = open - 1
                continue
            }
            if let owner = set.mention(at: m) {
                let mention = set.mentions[owner]
                if eligible(owner, allowMissions: allowMissions), passive || !governed(mention.start, from: sentence.lowerBound) {
                    return coordinatedBefore(owner, allowMissions: allowMissions) + [owner]
                }
                m = mention.start - 1
                continue
            }
            m -= 1
        }
        return []
    }

    /// The subject of the sentence before, for a sentence that continues it
    /// without naming its subject again: "France has 4,000 troops in the region.
    /// Of those, 2,000 are stationed in Chad." / "… They are based in Niger."
    /// Only when nothing before the trigger names an actor, and the sentence
    /// opens with "of those/them/these", "they", "it" or a number of troops.
    private func carriedSubject(before k: Int, in sentence: Range<Int>, allowMissions: Bool) -> [Int] {
        let first = doc.tokens[sentence.lowerBound]
        let opener = first.lower == "of" && sentence.lowerBound + 1 < k
            && ["those", "them", "these"].contains(doc.tokens[sentence.lowerBound + 1].lower)
        guard opener || ["they", "it"].contains(first.lower) || first.kind == .number
                || (first.lower == "some" && sentence.lowerBound + 1 < k && doc.tokens[sentence.lowerBound + 1].kind == .number)
        else { return [] }
        for m in sentence.lowerBound..<k where set.mention(at: m).flatMap({ set.mentions[$0].entity }) != nil {
            guard let owner = set.mention(at: m), set.mentions[owner].kind == .pronoun else { return [] }
        }
        let index = first.sentence
        guard index > 0 else { return [] }
        let previous = doc.sentences[index - 1].tokens
        guard doc.tokens[previous.lowerBound].paragraph == first.paragraph || opener else { return [] }
        var m = previous.lowerBound
        while m < previous.upperBound {
            if doc.tokens[m].kind == .quote || set.speech(at: m) != nil { return [] }
            if let owner = set.mention(at: m) {
                if eligible(owner, allowMissions: allowMissions), !governed(set.mentions[owner].start, from: previous.lowerBound) {
                    return coordinatedAfter(owner, in: previous).filter { eligible($0, allowMissions: allowMissions) }
                }
                m = set.mentions[owner].end
                continue
            }
            m += 1
        }
        return []
    }

    /// The comma that opens a relative clause closed by the comma at `close` (", which …,").
    private func relativeClauseStart(endingAt close: Int, in sentence: Range<Int>) -> Int? {
        var p = close - 1
        while p > sentence.lowerBound, close - p <= 15 {
            if punct(doc.tokens, p, ",") {
                return p + 1 < close && ["which", "who", "whose", "where"].contains(doc.tokens[p + 1].lower) ? p : nil
            }
            p -= 1
        }
        return nil
    }

    private func eligible(_ mention: Int, allowMissions: Bool) -> Bool {
        guard let e = set.mentions[mention].entity else { return false }
        let kind = table[e].kind
        return kind.isActor || (allowMissions && kind == .mission)
    }

    /// Actors listed before one: "Mali, Burkina Faso and Niger". The list must
    /// end in "and" (a bare comma before the last actor ends a clause instead).
    private func coordinatedBefore(_ mention: Int, allowMissions: Bool) -> [Int] {
        var out: [Int] = []
        var current = set.mentions[mention].start
        while current >= 2 {
            // "France and its European partners": the owner is listed too.
            if ["its", "their"].contains(doc.tokens[current - 1].lower), current >= 3, doc.tokens[current - 2].lower == "and" {
                current -= 1
            }
            let sep = doc.tokens[current - 1]
            guard sep.lower == "and" || (sep.isPunct(",") && !out.isEmpty) else { break }
            var p = current - 2
            if sep.lower == "and", p >= 0, punct(doc.tokens, p, ",") { p -= 1 }
            guard p >= 0, let owner = set.mention(at: p), set.mentions[owner].end == p + 1,
                  eligible(owner, allowMissions: allowMissions),
                  !governed(set.mentions[owner].start, from: doc.sentences[doc.tokens[p].sentence].tokens.lowerBound)
            else { break }
            out.insert(owner, at: 0)
            current = set.mentions[owner].start
        }
        return out
    }

    /// Actors listed after one: "in Chad, Niger, Burkina Faso and Mauritania"; a
    /// possessive names its head instead ("the UN's MINUSMA mission" → MINUSMA).
    private func coordinatedAfter(_ first: Int, in sentence: Range<Int>) -> [Int] {
        let mention = head(first, in: sentence)
        let isMission = kind(of: mention) == .mission
        var out = [mention]
        var current = set.mentions[mention].end
        var joinedByAnd = false
        var joinedByComma = false
        // A comma and an "and" followed by no actor: the list was a clause break after all.
        var dangling = false
        while current < sentence.upperBound {
            var p = current
            if punct(doc.tokens, p, ",") { p += 1; joinedByComma = true }
            if p < sentence.upperBound, doc.tokens[p].lower == "and" { p += 1; joinedByAnd = true }
            if p + 2 < sentence.upperBound, doc.tokens[p].lower == "as", doc.tokens[p + 1].lower == "well", doc.tokens[p + 2].lower == "as" { p += 3 }
            guard p > current else { break }
            if p < sentence.upperBound, doc.tokens[p].lower == "the" { p += 1 }
            guard p < sentence.upperBound, let found = set.mention(at: p), set.mentions[found].start >= p - 1,
                  set.mentions[found].entity != nil else { dangling = true; break }
            let owner = head(found, in: sentence)
            guard (kind(of: owner) == .mission) == isMission else { break }
            out.append(owner)
            current = set.mentions[owner].end
        }
        // "in Mali, Germany's …" is no list: without an "and" only the first counts; and
        // "by A, B and C left …" is a clause break, not a list, when a verb follows.
        if !joinedByAnd { return [mention] }
        // "by A, B and the European states deem …": B opens the next clause.
        if joinedByComma && dangling { return [mention] }
        if joinedByComma, current < sentence.upperBound {
            let next = doc.tokens[current]
            if next.kind == .word, !next.isCapitalized, !SpeakerResolver.prepositions.contains(next.lower),
               !["and", "or", "as", "which", "who", "that", "were", "are", "is", "was"].contains(next.lower) {
                return [mention]
            }
        }
        return out
    }

    /// The actors that open the clause after the next comma ("…, Canada and the European States deem").
    private func mainClauseSubject(after k: Int, in sentence: Range<Int>) -> [Int] {
        var m = k
        while m < sentence.upperBound, !punct(doc.tokens, m, ",") {
            if doc.tokens[m].kind == .quote || set.speech(at: m) != nil { return [] }
            m += 1
        }
        m += 1
        if m < sentence.upperBound, doc.tokens[m].lower == "the" { m += 1 }
        guard m < sentence.upperBound, let owner = set.mention(at: m), eligible(owner, allowMissions: false) else { return [] }
        return coordinatedAfter(owner, in: sentence).filter { eligible($0, allowMissions: false) }
    }

    /// The mention a possessive points to: "the UN's MINUSMA" → MINUSMA.
    private func head(_ mention: Int, in sentence: Range<Int>) -> Int {
        let end = set.mentions[mention].end
        guard end + 1 < sentence.upperBound, doc.tokens[end].kind == .possessive,
              let next = set.mention(at: end + 1), set.mentions[next].entity != nil else { return mention }
        return next
    }

    /// The mention right after the trigger, past determiners and a few modifiers.
    private func directObject(after k: Int, in sentence: Range<Int>) -> [Int] {
        var m = k
        var skipped = 0
        while m < sentence.upperBound, skipped <= 3 {
            if let owner = set.mention(at: m) {
                return set.mentions[owner].entity == nil ? [] : coordinatedAfter(owner, in: sentence)
            }
            let t = doc.tokens[m]
            guard t.kind == .word || t.kind == .number || t.kind == .possessive, !SpeakerResolver.prepositions.contains(t.lower),
                  !["that", "and", "or", "which", "who", "to"].contains(t.lower), !t.isCapitalized || skipped == 0 && t.lower == "the"
            else { return [] }
            if set.speech(at: m) != nil { return [] }
            skipped += 1
            m += 1
        }
        return []
    }

    /// The mention after `preposition`, which must come within `window` tokens.
    private func objectAfter(preposition: String, from k: Int, in sentence: Range<Int>, window: Int) -> [Int] {
        var m = k
        while m < sentence.upperBound, m - k <= window {
            let t = doc.tokens[m]
            if t.isPunct(",") || t.isPunct(";") || t.kind == .quote { return [] }
            if t.lower == preposition {
                var q = m + 1
                while q < sentence.upperBound, q - m <= 5 {
                    if let owner = set.mention(at: q) {
                        return set.mentions[owner].entity == nil ? [] : coordinatedAfter(owner, in: sentence)
                    }
                    let w = doc.tokens[q]
                    if w.isPunct(",") || SpeakerResolver.prepositions.contains(w.lower) || set.place[q] { return [] }
                    q += 1
                }
                return []
            }
            m += 1
        }
        return []
    }

    /// "between X and Y" near the trigger.
    private func between(near t: Range<Int>, in sentence: Range<Int>) -> (Int, Int)? {
        let from = max(sentence.lowerBound, t.lowerBound - 12)
        let to = min(sentence.upperBound, t.upperBound + 12)
        for k in from..<to where doc.tokens[k].lower == "between" {
            var p = k + 1
            if p < to, doc.tokens[p].lower == "the" { p += 1 }
            guard p < to, let a = set.mention(at: p), set.mentions[a].entity != nil else { continue }
            var q = set.mentions[a].end
            guard q < to, doc.tokens[q].lower == "and" else { continue }
            q += 1
            if q < to, doc.tokens[q].lower == "the" { q += 1 }
            guard q < to, let b = set.mention(at: q), set.mentions[b].entity != nil else { continue }
            return (a, b)
        }
        return nil
    }

    /// Whether a preposition governs the mention starting at `k`.
    private func governed(_ k: Int, from start: Int) -> Bool {
        var m = k - 1
        while m >= start {
            let t = doc.tokens[m]
            if t.kind == .word && SpeakerResolver.prepositions.contains(t.lower) { return true }
            if t.kind == .word && (SpeakerResolver.determinerLike.contains(t.lower) || SpeakerResolver.adjectives.contains(t.lower)) {
                m -= 1; continue
            }
            if t.kind == .number { m -= 1; continue }
            return false
        }
        return false
    }

    private func isNegated(_ k: Int, _ sentence: Range<Int>) -> Bool {
        var m = k - 1
        while m >= sentence.lowerBound, k - m <= 3 {
            let w = doc.tokens[m].lower
            if ["not", "never", "no", "n't", "cannot", "nor", "without"].contains(w) || w.hasSuffix("n't") { return true }
            if punct(doc.tokens, m, ",") { break }
            m -= 1
        }
        return false
    }
}
