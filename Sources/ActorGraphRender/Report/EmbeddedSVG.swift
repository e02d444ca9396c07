/// Graphviz's SVG document made fit to sit inside an HTML page, with the
/// same bytes for the same diagram.
///
/// Graphviz writes a standalone file: an XML declaration, a DOCTYPE and
/// comments before the `<svg>` element, and a comment per node and edge.
/// Inline SVG in HTML takes none of those, so they are dropped; the drawing
/// itself is kept as Graphviz wrote it (it has already escaped every label,
/// title and id as XML, which is also safe HTML inside `<svg>`), except for
/// the order of the clusters, see ``orderingClusters(_:)``.
enum EmbeddedSVG {
    /// The `<svg>…</svg>` element of a Graphviz SVG document, comments
    /// removed and clusters in a stable order.
    ///
    /// - Complexity: O(*n* log *n*) in the document's length.
    static func element(from document: String) -> String {
        let start = document.range(of: "<svg")?.lowerBound ?? document.startIndex
        var out = ""
        out.reserveCapacity(document.utf8.count)
        var rest = document[start...]
        while let open = rest.range(of: "<!--") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else {
                rest = rest[rest.endIndex...]
                break
            }
            rest = rest[close.upperBound...]
            // A comment on a line of its own leaves no blank line behind.
            if rest.first == "\n", out.last == "\n" { rest = rest.dropFirst() }
        }
        out += rest
        while out.last?.isWhitespace == true { out.removeLast() }
        return orderingClusters(out)
    }

    /// `svg` with each run of consecutive cluster groups (`<g id="…" class="cluster…">…</g>`)
    /// sorted by id, numbers in ids compared as numbers (`bloc2` before `bloc10`).
    ///
    /// Graphviz 2.42 keeps subgraphs ordered by an internal id that, for named
    /// subgraphs, is the address of the interned name, so the clusters of one
    /// diagram come out in a different order from one render to the next. They
    /// do not overlap, so their order changes bytes, not the picture; sorting
    /// them makes the page byte-stable.
    static func orderingClusters(_ svg: String) -> String {
        var out = ""
        out.reserveCapacity(svg.utf8.count)
        var rest = svg[...]
        while let first = nextCluster(in: rest) {
            out += rest[..<first.range.lowerBound]
            var run = [first]
            rest = rest[first.range.upperBound...]
            while let next = nextCluster(in: rest), next.range.lowerBound == rest.startIndex
                || rest[..<next.range.lowerBound].allSatisfy(\.isWhitespace) {
                run.append(next)
                rest = rest[next.range.upperBound...]
            }
            let sorted = run.sorted { naturalOrder($0.id, $1.id) }
            // Each group on its own lines, as Graphviz writes them; the blank space between groups goes.
            for cluster in sorted {
                var text = String(svg[cluster.range])
                if text.last != "\n" { text += "\n" }
                out += text
            }
        }
        out += rest
        return out
    }

    /// The next cluster group in `text`: its id and its range, from `<g` to the matching `</g>\n`.
    private static func nextCluster(in text: Substring) -> (id: String, range: Range<String.Index>)? {
        var search = text
        while let open = search.range(of: "<g id=\"") {
            let tagEnd = search[open.upperBound...].firstIndex(of: ">") ?? search.endIndex
            let tag = search[open.lowerBound ..< tagEnd]
            guard tag.contains("class=\"cluster") else {
                search = search[open.upperBound...]
                continue
            }
            let id = String(search[open.upperBound...].prefix { $0 != "\"" })
            // Find the matching </g>, counting nested groups.
            var depth = 0
            var cursor = open.lowerBound
            while cursor < text.endIndex {
                let nextOpen = text[cursor...].range(of: "<g")
                guard let nextClose = text[cursor...].range(of: "</g>") else { return nil }
                if let nextOpen, nextOpen.lowerBound < nextClose.lowerBound {
                    depth += 1
                    cursor = nextOpen.upperBound
                } else {
                    depth -= 1
                    cursor = nextClose.upperBound
                    if depth == 0 {
                        var end = cursor
                        if end < text.endIndex, text[end] == "\n" { end = text.index(after: end) }
                        return (id, open.lowerBound ..< end)
                    }
                }
            }
            return nil
        }
        return nil
    }

    /// Whether `a` comes before `b`, digit runs compared by value.
    private static func naturalOrder(_ a: String, _ b: String) -> Bool {
        func parts(_ s: String) -> [(String, Int)] {
            var out: [(String, Int)] = []
            var letters = "", digits = ""
            for ch in s {
                if ch.isASCII, ch.isNumber { digits.append(ch) } else {
                    if !digits.isEmpty { out.append((letters, Int(digits) ?? 0)); letters = ""; digits = "" }
                    letters.append(ch)
                }
            }
            out.append((letters, Int(digits) ?? -1))
            return out
        }
        let pa = parts(a), pb = parts(b)
        for (x, y) in zip(pa, pb) where x != y { return x.0 != y.0 ? x.0 < y.0 : x.1 < y.1 }
        return pa.count < pb.count
    }
}
