import ActorGraph

/// The texts drawn in nodes and on edges: wrapped names, shortened statements,
/// readable relation names.
enum LabelText {
    /// Names wrap at this many characters per line.
    static let nameWidth = 18
    /// Statements are cut to this many characters, "…" included.
    static let statementLimit = 60
    /// Statements wrap at this many characters per line.
    static let statementWidth = 24
    /// Labels of bundled relations ("rejects, obstructs, expels") wrap at this many characters.
    static let relationWidth = 22

    /// The label of a node: its wrapped name; for a statement, its (shortened,
    /// quoted when direct) text.
    static func label(for node: ActorGraph.Node) -> String {
        guard node.kind == .statement else { return wrap(node.name, width: nameWidth) }
        let text = shorten(node.attributes["text"] ?? node.name, limit: statementLimit)
        let quoted = node.attributes["quote"] == "indirect" ? text : "“\(text)”"
        return wrap(quoted, width: statementWidth)
    }

    /// `text` with whitespace collapsed, cut at a word boundary to at most
    /// `limit` characters including a final "…" when anything was cut.
    static func shorten(_ text: String, limit: Int) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        let collapsed = words.joined(separator: " ")
        guard collapsed.count > limit, limit > 1 else { return collapsed }
        var kept = ""
        for word in words {
            let candidate = kept.isEmpty ? String(word) : kept + " " + word
            guard candidate.count <= limit - 1 else { break }
            kept = candidate
        }
        // A first word longer than the limit is cut inside the word.
        if kept.isEmpty { kept = String(collapsed.prefix(limit - 1)) }
        while let last = kept.last, ",;:.-–—".contains(last) { kept.removeLast() }
        return kept + "…"
    }

    /// Greedy word wrap: lines of at most `width` characters where words allow;
    /// a word longer than `width` gets a line of its own (names are not hyphenated).
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    /// A relation type as words: `participatesIn` → "participates in".
    static func relation(_ type: RelationType) -> String {
        var out = ""
        for character in type.rawValue {
            if character.isUppercase {
                out += " " + character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }
}
