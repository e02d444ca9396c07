/// A sentence: a run of tokens, with its scalar span.
struct Sentence: Sendable {
    /// The zero-based index in the document.
    var index: Int
    /// The tokens of the sentence, as indices into the document's token array.
    var tokens: Range<Int>
    /// The first scalar of the sentence.
    var start: Int
    /// One past the last scalar.
    var end: Int
    /// The paragraph (line) the sentence starts in.
    var paragraph: Int
}

/// Splits tokens into sentences.
///
/// A sentence ends at ".", "!", "?" or "…" (with any closing quotes and brackets
/// that follow) when the next token can start a sentence, and always at a
/// paragraph break. A dot does not end a sentence after an abbreviation
/// ("Gen.", "Col.", "Dr.", "Mr."), after an initial ("John F. Kennedy") or
/// inside an initialism ("U.N.", "U.S.") unless a word that usually starts
/// sentences follows.
/// - Complexity: O(n) in the number of tokens.
enum SentenceSplitter {
    static func split(_ tokens: inout [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        guard !tokens.isEmpty else { return sentences }
        var first = 0
        var i = 0
        let n = tokens.count
        func close(_ last: Int) {
            let index = sentences.count
            for k in first...last { tokens[k].sentence = index }
            sentences.append(Sentence(index: index, tokens: first..<(last + 1), start: tokens[first].start,
                                      end: tokens[last].end, paragraph: tokens[first].paragraph))
            first = last + 1
        }
        while i < n {
            // Fields, not `let t = tokens[i]`: copying a token per step is a measurable share of the run.
            let kind = tokens[i].kind, paragraph = tokens[i].paragraph
            if i + 1 < n, tokens[i + 1].paragraph != paragraph {
                close(i); i += 1; continue
            }
            var boundary = false
            if kind == .punct {
                let c = tokens[i].first
                if c == "." || c == "!" || c == "?" || c == "\u{2026}" {
                    boundary = c != "." || !protectsDot(tokens, i)
                }
            } else if kind == .word, tokens[i].text.hasSuffix("."), tokens[i].text.count >= 3 {
                // An initialism with its final dot, "U.S.": ends a sentence only before a typical opener.
                if i + 1 < n, tokens[i + 1].kind == .word, sentenceOpeners.contains(tokens[i + 1].text) { boundary = true }
            }
            guard boundary else { i += 1; continue }
            var last = i
            // Take closing quotes and brackets that belong to this sentence.
            while last + 1 < n, tokens[last + 1].paragraph == paragraph, !tokens[last + 1].spaceBefore,
                  tokens[last + 1].kind == .quote || punct(tokens, last + 1, ")") || punct(tokens, last + 1, "]") {
                last += 1
            }
            if last + 1 >= n {
                break
            }
            let next = last + 1
            let opens = tokens[next].paragraph != paragraph || tokens[next].isCapitalized || tokens[next].kind == .number
                || tokens[next].kind == .quote || punct(tokens, next, "(") || punct(tokens, next, "-")
                || punct(tokens, next, "\u{2014}")
            // (A name and a verb in the next paragraph begin a sentence of their own.)
            let attributed = last > i && tokens[last].kind == .quote && tokens[next].paragraph == paragraph
                && attributionFollows(tokens, next)
            if opens && last >= first && !attributed {
                close(last)
                i = last + 1
            } else {
                i = last + 1
            }
        }
        if first < n { close(n - 1) }
        return sentences
    }

    /// Whether a name and a verb of saying follow a closed quote ("“Shoot!” Cherizier chanted."): the
    /// attribution belongs to the quote's sentence.
    private static func attributionFollows(_ tokens: [Token], _ next: Int) -> Bool {
        var k = next
        while k < tokens.count, k - next < 3, tokens[k].kind == .word, tokens[k].isCapitalized,
              !sentenceOpeners.contains(tokens[k].text) {
            k += 1
        }
        guard k > next, k < tokens.count, tokens[k].kind == .word else { return false }
        return attributionVerbs.contains(tokens[k].lower)
    }

    /// Verbs of saying that follow a speaker's name after a quote.
    static let attributionVerbs: Set<String> = [
        "said", "says", "told", "added", "asked", "chanted", "shouted", "cried", "replied", "wrote", "tweeted",
        "declared", "exclaimed", "insisted", "warned", "stressed", "explained",
    ]

    /// Whether the dot at `i` belongs to an abbreviation or an initial rather than ending a sentence.
    private static func protectsDot(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 0, !tokens[i].spaceBefore else { return false }
        let prev = tokens[i - 1]
        guard prev.kind == .word else { return false }
        if i + 1 < tokens.count, tokens[i + 1].paragraph != tokens[i].paragraph { return false }
        if abbreviations.contains(prev.lower) { return true }
        // A single capital letter is an initial: "John F. Kennedy".
        if prev.text.unicodeScalars.count == 1 && prev.isCapitalized {
            if i + 1 < tokens.count, sentenceOpeners.contains(tokens[i + 1].text) { return false }
            return true
        }
        return false
    }

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt", "sgt", "maj", "adm", "cmdr", "brig",
        "gov", "sen", "rep", "rev", "st", "mt", "ft", "jr", "sr", "no", "nos", "vs", "etc", "inc", "ltd",
        "corp", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "approx", "est", "fig", "pres", "gens", "cpl", "pvt", "hon", "amb", "dept", "univ", "assn",
    ]

    static let sentenceOpeners: Set<String> = [
        "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At", "This", "That", "These",
        "Those", "A", "An", "His", "Her", "Its", "Their", "Our", "There", "However", "Meanwhile", "Yet", "So",
        "After", "Before", "When", "While", "If", "As", "Some", "Many", "Most", "Since", "Last", "Earlier",
        "Later", "According", "Despite", "Although", "Officials", "Analysts",
    ]
}
