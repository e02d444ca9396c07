/// The portfolio a ministry's name stands for, so that one article's "Foreign Ministry", "Ministry of
/// Foreign Affairs" and "Foreign Affairs Ministry" make one organization. Reporters use the forms
/// interchangeably, often within three sentences.
enum MinistryName {
    /// The portfolio of a ministry's name, normalized ("foreign", "defence", "interior"), or nil when
    /// the name is no ministry's. Only the first portfolio counts: "Ministry of Foreign Affairs and
    /// International Cooperation" is the foreign ministry.
    static func portfolio(of name: String) -> String? {
        let words = name.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard let at = words.firstIndex(of: "ministry") else { return nil }
        var portfolio: [String]
        if at == 0 {
            // "Ministry of (the) Interior and Security".
            guard words.count >= 3, words[1] == "of" || words[1] == "for" else { return nil }
            portfolio = Array(words[2...])
        } else {
            // "Foreign Ministry", "Foreign Affairs Ministry": nothing may follow the head.
            guard at == words.count - 1 else { return nil }
            portfolio = Array(words[..<at])
        }
        if let and = portfolio.firstIndex(of: "and") { portfolio = Array(portfolio[..<and]) }
        portfolio.removeAll { $0 == "the" || $0 == "affairs" }
        guard !portfolio.isEmpty else { return nil }
        return portfolio.map { synonyms[$0] ?? $0 }.joined(separator: " ")
    }

    /// Spellings of one portfolio word.
    private static let synonyms: [String: String] = ["defense": "defence", "external": "foreign"]
}
