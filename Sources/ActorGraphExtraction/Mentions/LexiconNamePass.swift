/// Pass 1: names from the lexicon, longest match first ("Gulf of Guinea" is a
/// place, not Guinea; "Islamic State group" is one name).
extension MentionFinder {
    mutating func findLexiconNames() {
        var i = 0
        let n = tokens.count
        while i < n {
            guard !doc.ignored[i], tokens[i].kind == .word || tokens[i].kind == .number else { i += 1; continue }
            let limit = sentenceEnd(i)
            let hit = lex.entityMatcher.match(tokens, at: i, limit: limit) { payload, range in
                let entity = lex.entities[payload.0]
                if !entity.context.isEmpty {
                    guard range.lowerBound > 0, entity.context.contains(tokens[range.lowerBound - 1].lower) else { return false }
                }
                // A name glued to a following capitalized word is part of a longer unknown name
                // ("Mali Airlines"), unless it is a demonym or the word is a title.
                if payload.1 == .name, range.upperBound < n {
                    let next = tokens[range.upperBound]
                    if next.kind == .word, next.isCapitalized, !next.newlineBefore, !next.isAllCaps,
                       entity.kind == .country || entity.isNewsOutlet, lex.orgHeads.contains(next.lower) { return false }
                }
                // "Ivory Coast’s National Security Council" is not the UN's: a capitalized modifier before an
                // organization's name makes another body's name.
                if payload.1 == .name, entity.kind == .organization, range.lowerBound > 0,
                   tokens[range.lowerBound - 1].isCapitalized, Self.bodyModifiers.contains(tokens[range.lowerBound - 1].lower) {
                    return false
                }
                return true
            }
            guard let hit else { i += 1; continue }
            let range = i..<(i + hit.length)
            let entity = lex.entities[hit.payload.0]
            let locative = hit.payload.1 == .capital && i > 0 && Self.locatives.contains(tokens[i - 1].lower)
            if entity.kind == .place || locative {
                for k in range { set.place[k] = true }
            } else {
                let kind: MentionKind
                switch hit.payload.1 {
                case .name: kind = .named
                case .demonym: kind = .demonym
                case .capital: kind = .capital
                }
                add(Mention(range: range, kind: kind, lexicon: hit.payload.0, name: doc.text(tokens: range),
                            sentence: tokens[i].sentence))
            }
            i += hit.length
        }
        redefineAcronyms()
    }

    /// "Reporters Without Borders (RSF)": an acronym the text defines after another lexicon name is that
    /// name's in this document, not the body the lexicon gives it (the Rapid Support Forces).
    private mutating func redefineAcronyms() {
        var redefined: [String: Int] = [:]
        for (index, mention) in set.mentions.enumerated() where mention.kind == .named && mention.range.count == 1 {
            let k = mention.start
            guard k >= 2, k + 1 < tokens.count, tokens[k].isAllCaps, punct(tokens, k - 1, "("), punct(tokens, k + 1, ")"),
                  index > 0, let full = set.mentions[index - 1].lexicon, set.mentions[index - 1].end == k - 1,
                  set.mentions[index - 1].kind == .named, full != mention.lexicon,
                  // (A dateline's agency after a country, "NIAMEY, Niger (AA)", names the agency.)
                  [.organization, .mission].contains(lex.entities[full].kind) else { continue }
            redefined[mention.name] = full
        }
        guard !redefined.isEmpty else { return }
        for index in set.mentions.indices where set.mentions[index].kind == .named {
            if let full = redefined[set.mentions[index].name] { set.mentions[index].lexicon = full }
        }
    }

    /// Capitalized modifiers that make a lexicon organization's name another body's ("National Security
    /// Council", "Supreme Security Council", "Transitional Military Council").
    static let bodyModifiers: Set<String> = ["national", "supreme", "transitional", "federal", "regional", "provisional", "interim"]

    /// Words before a capital that make it a place ("in Bamako", "capital Accra"), not a government.
    static let locatives: Set<String> = [
        "in", "at", "to", "from", "near", "capital", "outside", "into", "across", "around", "via", "through",
        "toward", "towards", "inside",
    ]
}
