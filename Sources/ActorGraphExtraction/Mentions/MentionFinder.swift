/// Finds the mentions of a document, in passes that each add one kind of
/// evidence: lexicon names, titles and verbs, names from context, actor nouns
/// (governments, armed forces, documents, pronouns), and later mentions of
/// names already found.
struct MentionFinder {
    let doc: DocumentText
    let lex: LexiconIndex
    var set = MentionSet()
    /// Per token: the index of the role span covering it, or -1.
    var roleAt: [Int] = []
    /// Per token: whether a speech verb or relation trigger covers it.
    var verbAt: [Bool] = []
    /// Whether the text writes a word in lower case, by word, as asked (each scan is O(n)).
    var lowerCaseAnswers: [String: Bool] = [:]
    /// Mention indices by the token they end before (filled for the role pass).
    var mentionsEndingAt: [Int: [Int]] = [:]

    init(doc: DocumentText, lexicon: LexiconIndex) {
        self.doc = doc
        self.tokens = doc.tokens
        self.lex = lexicon
        set.owner = [Int](repeating: -1, count: doc.tokens.count)
        set.place = [Bool](repeating: false, count: doc.tokens.count)
        set.speechAt = [Int](repeating: -1, count: doc.tokens.count)
        roleAt = [Int](repeating: -1, count: doc.tokens.count)
        verbAt = [Bool](repeating: false, count: doc.tokens.count)
    }

    /// Runs every pass and returns what they found.
    static func find(in doc: DocumentText, lexicon: LexiconIndex) -> MentionSet {
        var finder = MentionFinder(doc: doc, lexicon: lexicon)
        finder.findLexiconNames()
        finder.findTitlesAndVerbs()
        finder.findPlacesFromContext()
        finder.findNamesFromContext()
        finder.findGroupNouns()
        finder.findActorNouns()
        finder.findRepeatedNames()
        finder.set.reindex(tokenCount: doc.tokens.count)
        finder.findRoleClaims()
        return finder.set
    }

    // MARK: helpers shared by the passes

    /// The document's tokens (kept here: the passes read them constantly).
    let tokens: [Token]

    /// One past the last token of the sentence holding token `i`.
    func sentenceEnd(_ i: Int) -> Int { doc.sentences[tokens[i].sentence].tokens.upperBound }

    /// The first token of the sentence holding token `i`.
    func sentenceStart(_ i: Int) -> Int { doc.sentences[tokens[i].sentence].tokens.lowerBound }

    /// Whether token `i` is free: not furniture, not in a mention or a place.
    func isFree(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && !doc.ignored[i] && set.owner[i] < 0 && !set.place[i]
    }

    /// Adds a mention and marks its tokens.
    @discardableResult
    mutating func add(_ mention: Mention) -> Int {
        let index = set.mentions.count
        set.mentions.append(mention)
        for k in mention.range where set.owner[k] < 0 { set.owner[k] = index }
        return index
    }

    /// Whether a word is a function word or pronoun that never starts a name.
    func isFunctionWord(_ t: Token) -> Bool {
        Self.functionWords.contains(t.lower)
    }

    static let functionWords: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "his",
        "her", "its", "their", "our", "my", "your", "there", "here", "but", "and", "or", "in", "on", "at", "of",
        "for", "to", "from", "by", "with", "as", "after", "before", "when", "while", "if", "since", "some",
        "many", "most", "all", "both", "no", "not", "also", "yet", "so", "however", "meanwhile", "according",
        "despite", "although", "last", "earlier", "later", "other", "another", "why", "what", "who", "how",
        "where", "which", "currently", "recently", "today", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "several", "hundreds", "thousands",
        "dozens", "each", "every", "one", "two", "three", "four", "five", "then", "now", "instead", "even",
        "only", "just", "once", "still", "already", "again", "under", "over", "between", "into", "during",
        "through", "about", "against", "without", "within", "among", "toward", "towards", "upon", "such",
        "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
        "can", "could", "should", "must", "might", "more", "less", "further", "image", "photo", "video",
        "read", "watch", "listen", "click", "follow", "share", "live", "update", "updated", "breaking",
        "exclusive", "opinion", "analysis", "editorial", "advertisement", "infografik", "skip", "whose",
        "western", "eastern", "northern", "southern", "central", "islamic", "islamist", "european", "african",
        "arab", "asian", "international", "national", "military", "new", "old", "former",
    ]
}
