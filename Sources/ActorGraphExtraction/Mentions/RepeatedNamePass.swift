/// Pass 5: later mentions of names found in context — "Macron" after
/// "French President Emmanuel Macron", "Scuola Normale Superiore" again.
extension MentionFinder {
    mutating func findRepeatedNames() {
        var fullNames: [String: MentionKind] = [:]
        var surnames: Set<String> = []
        // Given names of one full name each ("Yemane" for "Yemane Gebremeskel"): the person again.
        var givenNames: [String: String] = [:]
        var sharedGivenNames: Set<String> = []
        for mention in set.mentions where mention.kind == .person || mention.kind == .organization {
            fullNames[mention.name] = mention.kind
            if mention.kind == .person, mention.range.count >= 2 {
                let given = tokens[mention.range.lowerBound].key
                if let other = givenNames[given], other != mention.name { sharedGivenNames.insert(given) }
                givenNames[given] = mention.name
                surnames.insert(tokens[mention.range.upperBound - 1].key)
                let words = mention.range.filter { tokens[$0].kind == .word }.map { tokens[$0].key }
                surnames.formUnion(Self.middleNames(of: words, lexicon: lex))
            }
        }
        guard !fullNames.isEmpty else { return }
        var i = 0
        while i < tokens.count {
            guard let run = nameRun(from: i) else { i += 1; continue }
            let text = doc.text(tokens: run)
            if let kind = fullNames[text] {
                add(Mention(range: run, kind: kind, name: text, sentence: tokens[i].sentence))
            } else if run.count == 1, !surnames.contains(tokens[i].key), let full = givenNames[tokens[i].key],
                      !sharedGivenNames.contains(tokens[i].key), tokens[i].key.count >= 3 {
                add(Mention(range: run, kind: .person, name: full, sentence: tokens[i].sentence))
            } else if let last = run.indices.last(where: { surnames.contains(tokens[$0].key) }),
                      last == run.upperBound - 1 || run.count == 1 {
                let range = run.count == 1 ? run : run
                if run.count == 1 && !looksLikeName(run.lowerBound) && !surnames.contains(tokens[run.lowerBound].key) {
                    i = run.upperBound; continue
                }
                add(Mention(range: range, kind: .person, name: doc.text(tokens: range), sentence: tokens[i].sentence))
            }
            i = run.upperBound
        }
    }

    /// The middle words of a name of three or more that may stand alone for the person ("Faki" in "Moussa
    /// Faki Mahamat"): not a particle, not a given name the lexicon knows ("Emmanuel" in "Jean Emmanuel
    /// Ouédraogo").
    static func middleNames(of words: [String], lexicon lex: LexiconIndex) -> [String] {
        guard words.count >= 3 else { return [] }
        return words.dropFirst().dropLast().filter { word in
            let lower = NameFold.lower(word)
            return word.count >= 3 && !particles.contains(lower) && lex.firstNameGender[lower] == nil
        }
    }
}
