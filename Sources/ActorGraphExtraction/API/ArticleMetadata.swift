/// The headline and date that an article's first lines give, when they do.
public struct ArticleMetadata: Sendable, Equatable {
    /// The headline: the first line that is not page furniture, when it reads like one.
    public var title: String?
    /// The publication date in ISO 8601 (`2022-02-17`), from a date line near the top.
    public var date: String?

    /// Reads the headline and date from the start of an article's text.
    public static func infer(_ text: String) -> ArticleMetadata { infer(DocumentText(text)) }

    static func infer(_ doc: DocumentText) -> ArticleMetadata {
        var out = ArticleMetadata()
        if let p = doc.titleParagraph, let first = doc.tokens.firstIndex(where: { $0.paragraph == p }) {
            var last = first
            while last + 1 < doc.tokens.count, doc.tokens[last + 1].paragraph == p { last += 1 }
            // A Markdown heading's marks are not part of the headline ("# Mali expels …").
            var start = first
            while start < last, doc.tokens[start].kind == .punct, doc.tokens[start].text.allSatisfy({ $0 == "#" }) { start += 1 }
            out.title = doc.text(tokens: start..<(last + 1))
        }
        var paragraphStart = 0
        var seen = 0
        while paragraphStart < doc.tokens.count, seen < 8 {
            let p = doc.tokens[paragraphStart].paragraph
            var end = paragraphStart
            while end < doc.tokens.count, doc.tokens[end].paragraph == p { end += 1 }
            if end - paragraphStart <= 8, let date = parseDate(Array(doc.tokens[paragraphStart..<end])) {
                out.date = date
                break
            }
            paragraphStart = end
            seen += 1
        }
        return out
    }

    /// "2022-01-10", "February 17, 2022", "17 February 2022".
    static func parseDate(_ tokens: [Token]) -> String? {
        let words = tokens.filter { !$0.isPunct(",") && !$0.isPunct(".") }
        if words.count == 5, words[0].kind == .number, punct(words, 1, "-"), punct(words, 3, "-"),
           let y = Int(words[0].text), let m = Int(words[2].text), let d = Int(words[4].text) {
            return iso(y, m, d)
        }
        if words.count == 3 {
            if let m = months[words[0].lower], let d = Int(words[1].text), let y = Int(words[2].text) { return iso(y, m, d) }
            if let d = Int(words[0].text), let m = months[words[1].lower], let y = Int(words[2].text) { return iso(y, m, d) }
        }
        return nil
    }

    private static func iso(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1900...2200).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        func two(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
        return "\(y)-\(two(m))-\(two(d))"
    }

    private static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
}
