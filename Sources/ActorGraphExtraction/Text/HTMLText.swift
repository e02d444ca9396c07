/// Turns an HTML page into plain text: tags removed, block elements as line
/// breaks, scripts, styles and comments dropped, character references decoded.
public enum HTMLText {
    /// Whether `text` looks like HTML (a tag such as `<p>`, `<html>` or `<div` near the start).
    public static func looksLikeHTML(_ text: String) -> Bool {
        let head = String(text.prefix(2048)).lowercased()
        return ["<html", "<!doctype html", "<body", "<p>", "<p ", "<div", "<article", "<br"].contains { head.contains($0) }
    }

    /// The text of an HTML document, one line per block element.
    /// - Complexity: O(n) in the length of `html`.
    public static func strip(_ html: String) -> String {
        let s = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var pendingSpace = false
        func emitNewline() {
            while let last = out.last, last == " " { out.removeLast() }
            if !out.isEmpty && out.last != "\n" { out.append("\n") }
            pendingSpace = false
        }
        while i < s.count {
            let c = s[i]
            if c == "<" {
                if starts(s, i, "<!--") {
                    i = find(s, from: i + 4, "-->").map { $0 + 3 } ?? s.count
                    continue
                }
                var j = i + 1
                var closing = false
                if j < s.count && s[j] == "/" { closing = true; j += 1 }
                var name = ""
                while j < s.count, s[j].properties.isAlphabetic || (s[j].value >= 48 && s[j].value <= 57) {
                    name.unicodeScalars.append(s[j]); j += 1
                }
                name = name.lowercased()
                guard !name.isEmpty || (j < s.count && (s[j] == "!" || s[j] == "?")) else {
                    // A lone "<" in text.
                    out.append(c); i += 1; continue
                }
                let end = findTagEnd(s, from: j) ?? s.count
                if !closing && rawTextElements.contains(name) {
                    i = find(s, from: end, "</\(name)", caseInsensitive: true).flatMap { findTagEnd(s, from: $0) } ?? s.count
                    i = min(i + 1, s.count)
                    continue
                }
                if blockElements.contains(name) { emitNewline() } else if !out.isEmpty { pendingSpace = true }
                i = min(end + 1, s.count)
                continue
            }
            if c == "&", let (decoded, next) = entity(s, at: i) {
                if pendingSpace && out.last != " " && out.last != "\n" && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                if decoded == " " || decoded == "\u{00A0}" {
                    if out.last != " " && out.last != "\n" && !out.isEmpty { out.append(" ") }
                } else {
                    out.append(decoded)
                }
                i = next
                continue
            }
            if c.properties.isWhitespace {
                if !out.isEmpty && out.last != "\n" { pendingSpace = true }
                i += 1
                continue
            }
            if pendingSpace && out.last != " " && out.last != "\n" && !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(c)
            i += 1
        }
        while let last = out.last, last == " " || last == "\n" { out.removeLast() }
        return String(out)
    }

    /// The contents of the page's `<title>` element, if any.
    public static func title(_ html: String) -> String? {
        let lower = html.lowercased()
        guard let open = lower.range(of: "<title"), let gt = lower[open.upperBound...].firstIndex(of: ">"),
              let close = lower[gt...].range(of: "</title>") else { return nil }
        let start = html.index(html.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: gt) + 1)
        let end = html.index(html.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: close.lowerBound))
        guard start <= end else { return nil }
        let text = strip(String(html[start..<end])).trimmedWhitespace()
        return text.isEmpty ? nil : text
    }

    private static let rawTextElements: Set<String> = ["script", "style", "noscript", "template", "svg", "head"]
    private static let blockElements: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
        "section", "article", "header", "footer", "blockquote", "figure", "figcaption", "aside", "nav",
        "main", "dd", "dt", "dl", "pre", "hr", "title", "form", "address",
    ]

    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "\u{2019}",
        "lsquo": "\u{2018}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "mdash": "\u{2014}", "ndash": "\u{2013}",
        "hellip": "\u{2026}", "laquo": "\u{00AB}", "raquo": "\u{00BB}", "eacute": "é", "egrave": "è",
        "ecirc": "ê", "agrave": "à", "acirc": "â", "ccedil": "ç", "ocirc": "ô", "uuml": "ü", "ouml": "ö",
        "auml": "ä", "iuml": "ï", "euml": "ë", "Eacute": "É", "aacute": "á", "iacute": "í", "oacute": "ó",
        "uacute": "ú", "ntilde": "ñ", "szlig": "ß", "copy": "©", "reg": "®", "deg": "°", "middot": "·",
        "bull": "•", "euro": "€", "pound": "£", "shy": "\u{00AD}", "zwnj": "\u{200C}", "thinsp": " ",
        "ensp": " ", "emsp": " ",
    ]

    private static func entity(_ s: [Unicode.Scalar], at i: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        var body = ""
        while j < s.count, j - i <= 10, s[j] != ";" {
            body.unicodeScalars.append(s[j]); j += 1
        }
        guard j < s.count, s[j] == ";", !body.isEmpty else { return nil }
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, j + 1)
        }
        guard let scalar = named[body] else { return nil }
        return (scalar, j + 1)
    }

    private static func starts(_ s: [Unicode.Scalar], _ i: Int, _ prefix: String) -> Bool {
        var k = i
        for p in prefix.unicodeScalars {
            guard k < s.count, s[k] == p else { return false }
            k += 1
        }
        return true
    }

    private static func find(_ s: [Unicode.Scalar], from: Int, _ needle: String, caseInsensitive: Bool = false) -> Int? {
        let n = Array((caseInsensitive ? needle.lowercased() : needle).unicodeScalars)
        guard !n.isEmpty, from <= s.count - n.count else { return nil }
        var i = from
        while i <= s.count - n.count {
            var k = 0
            while k < n.count {
                var c = s[i + k]
                if caseInsensitive, c.value >= 65, c.value <= 90 { c = Unicode.Scalar(c.value + 32)! }
                if c != n[k] { break }
                k += 1
            }
            if k == n.count { return i }
            i += 1
        }
        return nil
    }

    private static func findTagEnd(_ s: [Unicode.Scalar], from: Int) -> Int? {
        var quote: Unicode.Scalar?
        var i = from
        while i < s.count {
            let c = s[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                return i
            }
            i += 1
        }
        return nil
    }
}
