/// Pass 2b: places the lexicon does not know, recognized from the words around
/// a capitalized name — a locative before it ("in El-Fasher", "in downtown
/// Mekelle"), a settlement noun ("the town of Tawila", "the capital Mekelle"),
/// or a dateline ("EL-FASHER, Sudan –"). Every standalone use of such a name in
/// the document is then a place: it makes no node and cannot speak.
extension MentionFinder {
    mutating func findPlacesFromContext() {
        var names: Set<String> = []
        var firstWords: Set<String> = []
        let n = tokens.count
        // Only where a name can be in a place slot: after a lower-case word (a locative, a settlement noun,
        // "of") or at a paragraph's start (a dateline).
        for i in 0..<n where tokens[i].isCapitalized && tokens[i].kind == .word
            && (i == 0 || tokens[i].newlineBefore || (tokens[i - 1].kind == .word && !tokens[i - 1].isCapitalized)) {
            guard let run = nameRun(from: i), run.count <= 3, isPlaceSlot(run) else { continue }
            names.insert(doc.text(tokens: run))
            firstWords.insert(tokens[i].key)
        }
        guard !names.isEmpty else { return }
        var i = 0
        while i < n {
            // (Only where a run starts: "Zabarmari" in "Hassan Zabarmari" is part of a person's name.)
            guard firstWords.contains(tokens[i].key),
                  i == 0 || tokens[i].newlineBefore || !(tokens[i - 1].kind == .word && tokens[i - 1].isCapitalized),
                  let run = nameRun(from: i) else { i += 1; continue }
            if names.contains(doc.text(tokens: run)) {
                for k in run { set.place[k] = true }
            }
            i = run.upperBound
        }
    }

    /// Whether the words around `run` make it a place.
    private func isPlaceSlot(_ run: Range<Int>) -> Bool {
        let before = run.lowerBound - 1
        let after = run.upperBound
        // "Bazoum's government", "in Goita's speech": a possessive is a person's or a body's.
        if after < tokens.count, tokens[after].kind == .possessive { return false }
        if before >= 0, tokens[before].kind == .word, !tokens[before].isCapitalized {
            let word = tokens[before].lower
            if Self.placeLocatives.contains(word) { return true }
            // "the capital Mekelle", "the town Tawila" (not "secretary of state Marco Rubio").
            if Self.settlementsBeforeName.contains(word) { return true }
            // "the town of Tawila", "the outskirts of Bukavu".
            if word == "of", before >= 1, Self.settlementNouns.contains(tokens[before - 1].lower) { return true }
            // "a resident of Mekelle told …", "the mayor of Goma": where people live or govern.
            if word == "of", before >= 1, Self.inhabitantNouns.contains(tokens[before - 1].lower) { return true }
        }
        // A dateline: "EL-FASHER, Sudan –", "Goma, Congo (AP) —" at a paragraph's start.
        if tokens[run.lowerBound].newlineBefore || run.lowerBound == 0, after + 1 < tokens.count, punct(tokens, after, ","),
           let m = set.mention(at: after + 1), let entry = set.mentions[m].lexicon, lex.entities[entry].kind == .country {
            let next = set.mentions[m].range.upperBound
            if next < tokens.count, punct(tokens, next, "(") || punct(tokens, next, "-") || punct(tokens, next, "\u{2013}")
                || punct(tokens, next, "\u{2014}") { return true }
        }
        return false
    }

    /// Prepositions after which a bare unknown name is a place ("clashes in Mekelle").
    static let placeLocatives: Set<String> = [
        "in", "at", "near", "outside", "into", "inside", "around", "across", "downtown", "towards", "toward", "through",
    ]
    /// Settlement nouns that stand right before a place's name ("the capital Mekelle").
    static let settlementsBeforeName: Set<String> = ["capital", "city", "town", "village"]
    /// People named by the place they live in or govern, before "of" ("residents of Mekelle").
    static let inhabitantNouns: Set<String> = [
        "resident", "residents", "inhabitant", "inhabitants", "native", "natives", "villagers", "mayor",
    ]
    /// Nouns for settlements and areas before "of" ("the town of Tawila", "the outskirts of Bukavu").
    static let settlementNouns: Set<String> = [
        "city", "town", "village", "capital", "region", "province", "district", "area", "locality", "commune",
        "camp", "outskirts", "suburb", "neighbourhood", "neighborhood", "state", "county", "prefecture",
    ]
}
