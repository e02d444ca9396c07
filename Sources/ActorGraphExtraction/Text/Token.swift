/// What a token is, as far as the rules need to know.
enum TokenKind: UInt8, Sendable {
    /// Letters (and digits) of one word, possibly with inner apostrophes or the dots of "U.S.".
    case word
    /// Digits, possibly with inner separators ("1,300", "2.5").
    case number
    /// A quotation mark that opens or closes a quote (or an ambiguous straight quote).
    case quote
    /// A possessive ending, "'s" or "’s".
    case possessive
    /// Any other single punctuation or symbol character.
    case punct
}

/// One token of a document: its scalar span and the forms the rules compare.
struct Token: Sendable {
    /// The first scalar of the token in the document text.
    var start: Int
    /// One past the last scalar.
    var end: Int
    /// The kind of token.
    var kind: TokenKind
    /// The text as written.
    var text: String
    /// The form compared with the lexicon: dots removed ("U.S." → "US"), case kept.
    var key: String
    /// `key` lower-cased and with accents folded.
    var lower: String
    /// Whether the first letter is upper case.
    var isCapitalized: Bool
    /// Whether every letter is upper case (and there are at least two).
    var isAllCaps: Bool
    /// Whether a line break comes before the token.
    var newlineBefore: Bool
    /// Whether whitespace comes before the token.
    var spaceBefore: Bool
    /// The paragraph (line) index.
    var paragraph: Int
    /// The sentence index, set by the splitter.
    var sentence: Int = 0
    /// The lexicon vocabulary id of `lower`, or -1 (set when the document is prepared).
    var word: Int32 = -1
    /// The first scalar of the text (punctuation is one scalar), so that
    /// `isPunct` compares a number, not strings.
    var first: Unicode.Scalar = " "

    /// Whether the token is the punctuation `scalar`.
    @inline(__always) func isPunct(_ scalar: Unicode.Scalar) -> Bool { kind == .punct && first == scalar }
}

/// Whether `tokens[k]` is the punctuation `scalar`, without copying the token
/// (`tokens[k].isPunct(…)` copies it, strings and all, on every call). False past either end of the text,
/// so that a pattern probing the token after a name never traps on a text cut right after it.
@inline(__always) func punct(_ tokens: [Token], _ k: Int, _ scalar: Unicode.Scalar) -> Bool {
    tokens.indices.contains(k) && tokens[k].kind == .punct && tokens[k].first == scalar
}
