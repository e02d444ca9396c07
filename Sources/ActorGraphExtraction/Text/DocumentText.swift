/// A document's text prepared for the rules: scalars, tokens, sentences, and
/// which tokens are page furniture (menus, photo credits, bylines) to skip.
struct DocumentText: Sendable {
    /// The text as Unicode scalars (evidence offsets index this array) and UTF-8 bytes.
    let source: ScalarText
    /// The text as Unicode scalars; evidence offsets index this array.
    var scalars: [Unicode.Scalar] { source.scalars }
    /// The tokens, in order.
    let tokens: [Token]
    /// The sentences, in order.
    let sentences: [Sentence]
    /// Per token: whether it is page furniture that names nobody in the story.
    let ignored: [Bool]
    /// The paragraph that holds the headline, if the text starts with one.
    let titleParagraph: Int?

    /// Prepares a text; `vocabulary` numbers the words the lexicon's phrases use.
    init(_ text: String, vocabulary: Vocabulary = Vocabulary()) {
        source = ScalarText(text)
        var tokens = Tokenizer.tokenize(source.scalars, source)
        if vocabulary.count > 0 {
            for k in tokens.indices { tokens[k].word = vocabulary.lookup(tokens[k].lower) }
        }
        sentences = SentenceSplitter.split(&tokens)
        self.tokens = tokens
        ignored = Boilerplate.mask(tokens)
        titleParagraph = Boilerplate.titleParagraph(tokens, ignored: ignored)
    }

    /// Whether the text writes this lower-cased word in lower case somewhere (so a
    /// capital at the start of a sentence is not enough to make it a name).
    /// - Complexity: O(n); asked only for lone capitalized words at sentence starts.
    func writesInLowerCase(_ lower: String) -> Bool {
        for k in tokens.indices where tokens[k].kind == .word && !tokens[k].isCapitalized && tokens[k].lower == lower {
            return true
        }
        return false
    }

    /// The text of a scalar span.
    func text(_ start: Int, _ end: Int) -> String { source.text(start, end) }

    /// The text of a token range (from the first token's start to the last one's end).
    func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    /// The text of a sentence.
    func text(sentence index: Int) -> String {
        let s = sentences[index]
        return text(s.start, s.end)
    }
}
