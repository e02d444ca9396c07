/// A passage in quotation marks.
struct QuoteSpan: Sendable {
    /// The token of the opening mark.
    var open: Int
    /// The token of the closing mark (or the last token of the quote when the
    /// paragraph ended without one).
    var close: Int
    /// Whether `close` is a quotation mark.
    var closed: Bool
    /// The first and one-past-last token of the quoted words.
    var inner: Range<Int>
    /// Extra token ranges when the quote runs over several paragraphs, each
    /// reopened with a quotation mark.
    var continuations: [Range<Int>] = []

    /// The last token that belongs to the quote, marks included.
    var lastToken: Int { close }
}

/// Pairs quotation marks: curly marks by their direction, straight marks by
/// alternation within a paragraph; single quotes only where they cannot be
/// apostrophes. A quote left open at the end of a paragraph continues when the
/// next paragraph opens with a quotation mark (the newspaper convention for
/// quotes over several paragraphs). A paragraph that has closing curly marks
/// but no opening one (a typesetter's slip: ”The toll is heavier” ) pairs
/// them by alternation, as straight marks.
/// - Complexity: O(n) in the number of tokens.
enum QuoteFinder {
    static func find(_ tokens: [Token]) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var openDouble: Int?
        var openSingle: Int?
        var carried: QuoteSpan?
        var i = 0
        let n = tokens.count
        let mangled = paragraphsWithOnlyClosingMarks(tokens)
        func finishParagraph(at last: Int) {
            if let o = openDouble {
                let span = QuoteSpan(open: o, close: last, closed: false, inner: (o + 1)..<(last + 1))
                carried = merge(carried, span)
            } else if let c = carried {
                spans.append(c)
                carried = nil
            }
            openDouble = nil
            openSingle = nil
        }
        while i < n {
            // Fields, not `let t = tokens[i]`: copying a token per step is a measurable share of the run.
            let kind = tokens[i].kind
            if i > 0, tokens[i].paragraph != tokens[i - 1].paragraph {
                finishParagraph(at: i - 1)
                // A carried quote continues only if this paragraph opens with a mark.
                if carried != nil && !(kind == .quote && isDoubleOpen(tokens, i, tokens[i].first)) {
                    spans.append(carried!)
                    carried = nil
                }
            }
            guard kind == .quote else { i += 1; continue }
            var c = tokens[i].first
            if (c == "\u{201D}" || c == "\u{00BB}") && mangled.contains(tokens[i].paragraph) { c = "\"" }
            if isDouble(c) {
                if let o = openDouble, !isOpeningOnly(c), carried == nil, isNickname(tokens, o, i) {
                    // Jimmy “Barbecue” Cherizier: a nickname inside a name says nothing.
                    openDouble = nil
                } else if let o = openDouble, !isOpeningOnly(c) {
                    var span = QuoteSpan(open: o, close: i, closed: true, inner: (o + 1)..<i)
                    if let prior = carried {
                        span = merge(prior, span)!
                        carried = nil
                    }
                    spans.append(span)
                    openDouble = nil
                    openSingle = nil
                } else if isDoubleOpen(tokens, i, c) || isOpeningOnly(c) {
                    openDouble = i
                }
            } else {
                if let o = openSingle, isSingleClose(tokens, i) {
                    if openDouble == nil && !isQuotedName(tokens, (o + 1)..<i) {
                        spans.append(QuoteSpan(open: o, close: i, closed: true, inner: (o + 1)..<i))
                    }
                    openSingle = nil
                } else if isSingleOpen(tokens, i) {
                    openSingle = i
                }
            }
            i += 1
        }
        if n > 0 { finishParagraph(at: n - 1) }
        if let c = carried { spans.append(c) }
        return spans.sorted { $0.open < $1.open }
    }

    /// Joins a quote continued from earlier paragraphs with its next part.
    private static func merge(_ prior: QuoteSpan?, _ next: QuoteSpan) -> QuoteSpan? {
        guard var span = prior else { return next }
        span.continuations.append(next.inner)
        span.close = next.close
        span.closed = next.closed
        return span
    }

    private static func isDouble(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "\u{201C}" || c == "\u{201D}" || c == "\u{201E}" || c == "\u{201F}" || c == "\u{00AB}" || c == "\u{00BB}"
    }

    private static func isOpeningOnly(_ c: Unicode.Scalar) -> Bool {
        c == "\u{201C}" || c == "\u{201E}" || c == "\u{00AB}"
    }

    /// The paragraphs with a closing double mark (” or ») and no opening-only one.
    private static func paragraphsWithOnlyClosingMarks(_ tokens: [Token]) -> Set<Int> {
        var closing = Set<Int>()
        var opening = Set<Int>()
        for t in tokens where t.kind == .quote {
            let c = t.first
            if c == "\u{201D}" || c == "\u{00BB}" { closing.insert(t.paragraph) }
            else if isOpeningOnly(c) { opening.insert(t.paragraph) }
        }
        return closing.subtracting(opening)
    }

    /// A straight or opening double mark (`c`, the mark as read) that opens: at the
    /// start, after space or "("; one standing free opens only after a sentence's end.
    private static func isDoubleOpen(_ tokens: [Token], _ i: Int, _ c: Unicode.Scalar) -> Bool {
        if c == "\u{201D}" || c == "\u{00BB}" { return false }
        if isOpeningOnly(c) { return true }
        if i + 1 < tokens.count, tokens[i + 1].spaceBefore, tokens[i].spaceBefore || i == 0 {
            return i == 0 || tokens[i].newlineBefore || punct(tokens, i - 1, ".") || punct(tokens, i - 1, "?")
                || punct(tokens, i - 1, "!")
        }
        return i == 0 || tokens[i].spaceBefore || tokens[i].newlineBefore || punct(tokens, i - 1, "(")
            || punct(tokens, i - 1, "\u{2014}") || punct(tokens, i - 1, ":")
    }

    /// Words in single marks that are a title or name (‘Le Monde’, ‘Libération’):
    /// one to four words, each capitalized, nothing else. They name; they say nothing.
    private static func isQuotedName(_ tokens: [Token], _ inner: Range<Int>) -> Bool {
        guard (1...4).contains(inner.count) else { return false }
        return inner.allSatisfy { tokens[$0].kind == .word && tokens[$0].isCapitalized }
    }

    /// One or two capitalized words in marks between two capitalized words (Jimmy “Barbecue” Cherizier).
    static func isNickname(_ tokens: [Token], _ open: Int, _ close: Int) -> Bool {
        guard (1...2).contains(close - open - 1), open > 0, close + 1 < tokens.count,
              tokens[open - 1].kind == .word, tokens[open - 1].isCapitalized, !tokens[open - 1].isAllCaps,
              tokens[close + 1].kind == .word, tokens[close + 1].isCapitalized, tokens[close + 1].spaceBefore,
              tokens[open - 1].sentence == tokens[close + 1].sentence,
              tokens[open - 1].start > 0, tokens[open].spaceBefore
        else { return false }
        return (open + 1..<close).allSatisfy { tokens[$0].kind == .word && tokens[$0].isCapitalized }
    }

    private static func isSingleOpen(_ tokens: [Token], _ i: Int) -> Bool {
        let c = tokens[i].text.unicodeScalars.first!
        guard c == "'" || c == "\u{2018}" || c == "\u{2039}" || c == "`" else { return false }
        guard i + 1 < tokens.count, !tokens[i + 1].spaceBefore, tokens[i + 1].kind == .word || tokens[i + 1].kind == .number
        else { return false }
        return i == 0 || tokens[i].spaceBefore || punct(tokens, i - 1, "(")
    }

    private static func isSingleClose(_ tokens: [Token], _ i: Int) -> Bool {
        let c = tokens[i].text.unicodeScalars.first!
        guard c == "'" || c == "\u{2019}" || c == "\u{203A}" else { return false }
        guard i > 0, !tokens[i].spaceBefore else { return false }
        return i + 1 >= tokens.count || tokens[i + 1].spaceBefore || tokens[i + 1].kind == .punct || tokens[i + 1].newlineBefore
    }
}
