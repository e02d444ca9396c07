/// Recognizes page furniture that news pages leave in their text: navigation
/// ("Skip to content"), photo credits ("Image: Name/AGENCY"), and the closing
/// initials-and-agencies line ("rc/rt (AFP, AP, dpa, Reuters)"). Its tokens
/// are kept (offsets stay true) but name no actor.
enum Boilerplate {
    static func mask(_ tokens: [Token]) -> [Bool] {
        var ignored = [Bool](repeating: false, count: tokens.count)
        var p = 0
        while p < tokens.count {
            var q = p
            while q < tokens.count && tokens[q].paragraph == tokens[p].paragraph { q += 1 }
            let line = p..<q
            if isNavigation(tokens, line) || isByline(tokens, line) {
                for k in line { ignored[k] = true }
            } else {
                // A credit runs from "Image:"/"Photo:" to the end of the line.
                for k in line where k + 1 < q && punct(tokens, k + 1, ":") && creditWords.contains(tokens[k].lower) {
                    for m in k..<q { ignored[m] = true }
                    break
                }
            }
            p = q
        }
        return ignored
    }

    /// The first paragraph that is not furniture, when it reads like a headline
    /// (no sentence-final dot, at most 30 tokens).
    static func titleParagraph(_ tokens: [Token], ignored: [Bool]) -> Int? {
        guard let first = tokens.indices.first(where: { !ignored[$0] }) else { return nil }
        let paragraph = tokens[first].paragraph
        var last = first
        while last + 1 < tokens.count && tokens[last + 1].paragraph == paragraph { last += 1 }
        guard last - first < 30, !punct(tokens, last, ".") else { return nil }
        return paragraph
    }

    private static let creditWords: Set<String> = ["image", "photo", "picture", "credit", "credits", "photograph", "source"]

    private static func isNavigation(_ tokens: [Token], _ line: Range<Int>) -> Bool {
        var k = line.lowerBound
        // "1. Skip to content", "Skip to main menu"
        if k < line.upperBound, tokens[k].kind == .number { k += 1 }
        if k < line.upperBound, punct(tokens, k, ".") { k += 1 }
        guard k + 1 < line.upperBound else { return false }
        return tokens[k].lower == "skip" && tokens[k + 1].lower == "to"
            || (line.count <= 3 && ["advertisement", "share", "menu"].contains(tokens[k].lower))
            || (tokens[k].lower == "read" && tokens[k + 1].lower == "more")
    }

    /// "rc/rt (AFP, AP, dpa, Reuters)": short lower-case initials joined by slashes.
    private static func isByline(_ tokens: [Token], _ line: Range<Int>) -> Bool {
        var k = line.lowerBound
        var initials = 0
        while k < line.upperBound, tokens[k].kind == .word, tokens[k].text.count <= 4,
              tokens[k].text == tokens[k].lower {
            initials += 1
            k += 1
            guard k < line.upperBound, punct(tokens, k, "/") else { break }
            k += 1
        }
        guard initials >= 2 else { return false }
        return k == line.upperBound || punct(tokens, k, "(")
    }
}
