/// Splits a document's scalars into tokens.
///
/// Words keep inner apostrophes ("doesn't", "d'Ivoire") and the dots of
/// initialisms ("U.S."); a possessive "'s" is its own token; hyphens and other
/// punctuation are single tokens; numbers keep their separators ("1,300").
/// A line break starts a new paragraph unless the line ran on (the next line
/// starts in lower case after a line that did not end a sentence).
/// - Complexity: O(n) in the number of scalars.
enum Tokenizer {
    /// Tokenizes a string (for lexicon phrases and tests).
    static func tokenize(_ text: String) -> [Token] {
        let prepared = ScalarText(text)
        return tokenize(prepared.scalars, prepared)
    }

    /// Tokenizes a document's scalars; `source` gives the UTF-8 bytes for fast token text.
    static func tokenize(_ s: [Unicode.Scalar], _ source: ScalarText) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5)
        var i = 0
        var newlines = 0
        var space = false
        var paragraph = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if isNewline(c) {
                newlines += 1; space = true; i += 1; continue
            }
            if isSpace(c) || isInvisible(c) {
                space = true; i += 1; continue
            }
            let start = i
            var kind: TokenKind
            var dotted = false
            if isLetter(c) {
                kind = .word
                i += 1
                while i < n {
                    let d = s[i]
                    if isLetter(d) || isDigit(d) || isMark(d) { i += 1; continue }
                    if isApostrophe(d), i + 1 < n, isLetter(s[i + 1]) {
                        // "Mali's" → "Mali" + "'s"; "doesn't" stays one word.
                        let sFollows = (s[i + 1] == "s" || s[i + 1] == "S") && (i + 2 >= n || !isLetter(s[i + 2]))
                        if sFollows { break }
                        i += 1; continue
                    }
                    if d == ".", i - start == 1 || isInitialism(s, start, i), i + 1 < n, isLetter(s[i + 1]),
                       i + 2 >= n || !isLetter(s[i + 2]) {
                        i += 2; dotted = true; continue
                    }
                    break
                }
                // A caption glued to its credit ("BarkhaneImage: …"): split before the credit word.
                if i < n, s[i] == ":", let cut = gluedCredit(s, start, i) { i = cut }
                // Keep the final dot of an initialism such as "U.S." or "D.C.".
                if i < n, s[i] == ".", i - start >= 3, isInitialism(s, start, i) { i += 1; dotted = true }
            } else if isDigit(c) {
                kind = .number
                i += 1
                while i < n {
                    if isDigit(s[i]) || isLetter(s[i]) { i += 1; continue }
                    if (s[i] == "," || s[i] == "." || s[i] == ":"), i + 1 < n, isDigit(s[i + 1]) { i += 2; continue }
                    break
                }
            } else if isApostrophe(c), i + 1 < n, s[i + 1] == "s" || s[i + 1] == "S", i > 0, isLetter(s[i - 1]),
                      i + 2 >= n || !isLetter(s[i + 2]) {
                kind = .possessive
                i += 2
            } else if isApostrophe(c), i > 0, s[i - 1] == "s", i + 2 < n, isSpace(s[i + 1]), isUpper(s[i + 2]),
                      let last = tokens.indices.last, tokens[last].kind == .word, tokens[last].end == i,
                      tokens[last].isCapitalized {
                // A plural possessive inside a name: "Doctors’ Union", "Workers' Party".
                kind = .possessive
                i += 1
            } else if isQuote(c) {
                kind = .quote
                i += 1
            } else {
                kind = .punct
                i += 1
            }
            let surface = source.text(start, i)
            let key = dotted ? surface.replacingDots() : surface
            let lower = kind == .word || kind == .possessive ? NameFold.lower(key) : key
            var capitalized = false, allCaps = false
            if kind == .word {
                capitalized = isUpper(s[start])
                var letters = 0, upper = 0
                for scalar in s[start..<i] where isLetter(scalar) {
                    letters += 1
                    if isUpper(scalar) { upper += 1 }
                }
                allCaps = letters >= 2 && upper == letters
            }
            if newlines > 0, let prev = tokens.last {
                let runOn = newlines == 1 && !endsSentence(prev) && (kind == .word && !capitalized && !allCaps)
                if !runOn { paragraph += 1 }
            }
            tokens.append(Token(start: start, end: i, kind: kind, text: surface, key: key, lower: lower,
                                isCapitalized: capitalized, isAllCaps: allCaps, newlineBefore: newlines > 0,
                                spaceBefore: space, paragraph: paragraph, first: s[start]))
            newlines = 0
            space = false
        }
        return tokens
    }

    /// Where a credit word ("Image", "Photo") glued to the end of a word starts.
    private static func gluedCredit(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int? {
        for word in ["Image", "Photo", "Picture", "Credit"] {
            let w = Array(word.unicodeScalars)
            let cut = end - w.count
            guard cut > start, Array(s[cut..<end]) == w, s[cut - 1].properties.isLowercase else { continue }
            return cut
        }
        return nil
    }

    private static func endsSentence(_ t: Token) -> Bool {
        t.kind == .quote || (t.kind == .punct && (t.text == "." || t.text == "!" || t.text == "?" || t.text == ":"))
    }

    /// Whether s[start..<end] is a run of single letters separated by dots ("U.S", "U.N", "D.C").
    private static func isInitialism(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        var k = start
        var letters = 0
        while k < end {
            guard isLetter(s[k]) else { return false }
            letters += 1
            k += 1
            if k < end {
                guard s[k] == "." else { return false }
                k += 1
            }
        }
        return letters >= 1
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return (c.value | 0x20) >= 97 && (c.value | 0x20) <= 122 }
        return c.properties.isAlphabetic
    }
    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c.value >= 65 && c.value <= 90 }
        return c.properties.isUppercase
    }
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c == " " || c == "\t" || c == "\u{0B}" || c == "\u{0C}" }
        return c.properties.isWhitespace
    }
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    @inline(__always) static func isMark(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x300 && c.properties.generalCategory == .nonspacingMark
    }
    @inline(__always) static func isNewline(_ c: Unicode.Scalar) -> Bool {
        c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" || c == "\u{0085}"
    }
    @inline(__always) static func isInvisible(_ c: Unicode.Scalar) -> Bool {
        c == "\u{200B}" || c == "\u{200C}" || c == "\u{200D}" || c == "\u{FEFF}" || c == "\u{00AD}"
    }
    @inline(__always) static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }
    @inline(__always) static func isQuote(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2018}", "\u{2019}", "\u{201A}",
             "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}", "`":
            return true
        default:
            return false
        }
    }
}

extension String {
    /// The string without "." characters ("U.S." → "US").
    func replacingDots() -> String {
        String(decoding: utf8.filter { $0 != UInt8(ascii: ".") }, as: UTF8.self)
    }
}
