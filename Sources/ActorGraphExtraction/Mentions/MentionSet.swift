/// A verb of saying found in the text.
struct SpeechSpan: Sendable {
    var range: Range<Int>
    var verb: SpeechVerb
}

/// A relation trigger found in the text.
struct TriggerSpan: Sendable {
    var range: Range<Int>
    var pattern: RelationPattern
}

/// Everything the mention stage found in a document.
struct MentionSet: Sendable {
    /// Mentions, sorted by their first token.
    var mentions: [Mention] = []
    /// Role phrases.
    var roles: [RoleSpan] = []
    /// Roles held by persons, with the affiliation the text gives.
    var claims: [RoleClaim] = []
    /// Verbs of saying.
    var speech: [SpeechSpan] = []
    /// Relation triggers.
    var triggers: [TriggerSpan] = []
    /// Per token: the index of the mention covering it, or -1.
    var owner: [Int] = []
    /// Per token: whether it belongs to a place name (which makes no node).
    var place: [Bool] = []
    /// Per token: the index of the verb of saying covering it, or -1.
    var speechAt: [Int] = []

    /// The verb of saying covering token `i`, if any.
    func speech(at i: Int) -> SpeechSpan? {
        guard i >= 0, i < speechAt.count, speechAt[i] >= 0 else { return nil }
        return speech[speechAt[i]]
    }

    /// The mention covering token `i`, if any.
    func mention(at i: Int) -> Int? {
        guard i >= 0, i < owner.count, owner[i] >= 0 else { return nil }
        return owner[i]
    }

    /// The first mention lying wholly inside `range` that `accept`s, nested ones included ("VDP" inside
    /// the role description "The VDP official", whose owner the role is). Mentions are sorted by start.
    func firstMention(inside range: Range<Int>, where accept: (Mention) -> Bool) -> Int? {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].start < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var i = lo
        while i < mentions.count, mentions[i].start < range.upperBound {
            if mentions[i].end <= range.upperBound, accept(mentions[i]) { return i }
            i += 1
        }
        return nil
    }

    /// Rebuilds `owner` after mentions were added or sorted.
    mutating func reindex(tokenCount: Int) {
        // By first token, the longer mention first, so `owner` names the widest reading.
        mentions.sort {
            $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound
                : $0.range.count > $1.range.count
        }
        owner = [Int](repeating: -1, count: tokenCount)
        for (index, mention) in mentions.enumerated() {
            for k in mention.range where owner[k] < 0 { owner[k] = index }
        }
    }
}
