/// Pass 3b: collective actors the text names only by a common noun —
/// "Islamist insurgents", "jihadists", "Tuareg rebels", "its European
/// partners", "some 14 European nations" (the lexicon's `group` families).
/// A one-word noun ("partners", "militants") needs a modifier (`groupmod`) or
/// an owner ("its", "France's"); a name right before makes the noun its
/// description ("M23 rebels" are M23), and so does "linked to" a named
/// group after it (Coreference/); "the Sahel states"
/// and "West African nations" are places and regions, not groups, and are left alone.
extension MentionFinder {
    mutating func findGroupNouns() {
        let n = tokens.count
        var i = 0
        while i < n {
            guard isFree(i), tokens[i].kind == .word, let hit = lex.groupNouns.match(tokens, at: i, limit: sentenceEnd(i)),
                  (i..<(i + hit.length)).allSatisfy({ isFree($0) && !verbAt[$0] })
            else { i += 1; continue }
            let end = i + hit.length
            // Modifiers before the noun ("Islamist", "Tuareg", "some 14 European").
            var start = i
            var modified = false
            while start > 0, isFree(start - 1), !tokens[start].newlineBefore {
                let k = start - 1
                if let m = lex.groupModifiers.match(tokens, at: k, limit: start), m.length == 1 {
                    modified = true
                    start = k
                    continue
                }
                if lex.groupModifiers.match(tokens, at: max(0, k - 1), limit: start)?.length == 2 {
                    modified = true
                    start = k - 1
                    continue
                }
                if tokens[k].kind == .number || tokens[k].lower == "some" || tokens[k].lower == "other" { start = k; continue }
                break
            }
            // The owner: "its"/"their" or a possessive name right before.
            var ownerToken: Int?
            if start > 0 {
                let before = tokens[start - 1]
                if ["its", "their"].contains(before.lower) {
                    ownerToken = start - 1
                } else if before.kind == .possessive, start >= 2, set.owner[start - 2] >= 0 {
                    ownerToken = start - 2
                }
            }
            // A capitalized word right after makes this part of a name ("Rebels Front"); a name right
            // before makes the noun its description ("M23 rebels", "JNIM jihadists"): no group of its own.
            let glued = end < n && tokens[end].isCapitalized && !tokens[end].newlineBefore && tokens[end].kind == .word
            let described = start > 0 && set.owner[start - 1] >= 0
                && [.named, .organization].contains(set.mentions[set.owner[start - 1]].kind) && ownerToken == nil
            // A one-word noun needs a modifier or an owner ("Islamist insurgents", "its partners"); "terrorist groups" stands alone.
            let linked = end + 1 < n && Self.linkWords.contains(tokens[end].lower) && ["to", "with"].contains(tokens[end + 1].lower)
            let named = hit.length >= 2 || hit.payload.bare || modified || ownerToken != nil || linked
            guard named, !glued, !described else { i = end; continue }
            // The name: the words from the first modifier on, without quantities ("14 European nations").
            var nameStart = start
            while nameStart < i, tokens[nameStart].kind == .number || ["some", "other"].contains(tokens[nameStart].lower) {
                nameStart += 1
            }
            var mention = Mention(range: start..<end, kind: .group, name: doc.text(tokens: nameStart..<end),
                                  detail: hit.payload.name, sentence: tokens[i].sentence)
            mention.ownerToken = ownerToken
            add(mention)
            i = end
        }
    }

    /// Words before "to"/"with" that tie a group to a named one ("militants linked to al-Qaeda").
    static let linkWords: Set<String> = ["linked", "affiliated", "allied", "loyal", "tied", "belonging"]
}
