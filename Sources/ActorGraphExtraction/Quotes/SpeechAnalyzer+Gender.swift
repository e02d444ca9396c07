/// The gender of the people a document names, for "he" and "she".
extension SpeechAnalyzer {
    /// Each person's gender as the text shows it: an honorific or gendered noun
    /// right before a mention ("Ms Petronin", "spokeswoman Jane Doe"), or in
    /// apposition after it ("Zahra, a mother of six"); else the given name the
    /// lexicon knows ("Stephanie Williams"). People with neither are absent.
    static func personGenders(doc: DocumentText, lexicon lex: LexiconIndex, mentions set: MentionSet,
                              table: EntityTable) -> [Int: Gender] {
        var fromText: [Int: Gender] = [:]
        var fromName: [Int: Gender] = [:]
        let tokens = doc.tokens
        for mention in set.mentions where mention.kind == .person {
            guard let e = mention.entity, table[e].kind == .person else { continue }
            if fromName[e] == nil, let first = table[e].name.split(separator: " ").first,
               let gender = lex.firstNameGender[NameFold.lower(String(first))] {
                fromName[e] = gender
            }
            // Before: "Ms Petronin", "Mrs. Doe", "spokeswoman Jane Doe".
            var k = mention.start - 1
            if k >= 0, punct(tokens, k, ".") { k -= 1 }
            if k >= 0, tokens[k].kind == .word, let gender = lex.genderWords[tokens[k].lower] {
                fromText[e] = gender
                continue
            }
            // After: "Zahra, a mother of six", "Jane Doe, the spokeswoman for …".
            k = mention.end
            guard k < tokens.count, punct(tokens, k, ",") else { continue }
            var m = k + 1
            while m < tokens.count, m - k <= 4, tokens[m].kind == .word, !tokens[m].isCapitalized {
                if let gender = lex.genderWords[tokens[m].lower] { fromText[e] = gender; break }
                m += 1
            }
        }
        return fromName.merging(fromText) { _, text in text }
    }

    /// Whether entity `e` may be what a pronoun of `gender` stands for: not a person
    /// the text shows to be of the other gender.
    func fits(_ e: Int, _ gender: Gender) -> Bool {
        genders[e].map { $0 == gender } ?? true
    }
}
