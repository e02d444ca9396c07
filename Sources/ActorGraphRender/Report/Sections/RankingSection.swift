import ActorGraph

/// "Top actors": one row per actor that is in the top N of any measure, one
/// column per measure with the score, a bar scaled to the measure's highest
/// score, and the actor's rank by that measure.
enum RankingSection {
    /// The section's HTML.
    static func html(_ context: ReportContext, table: RankingTable) -> String {
        var out = "<section id=\"rankings\">\n<h2>Top actors</h2>\n"
        out += "<p class=\"note\">The \(context.options.top) most central actors by each measure, ordered by "
            + "\(RankingTable.title(of: table.primary)); the small number is the actor's rank by that measure, "
            + "the bar its score against the highest.</p>\n"
        guard !table.rows.isEmpty else {
            return out + "<p class=\"muted\">The graph has no actors.</p>\n</section>\n"
        }
        out += "<div class=\"table-wrap\"><table class=\"rankings\">\n<thead><tr><th class=\"num\">#</th><th>Actor</th><th>Kind</th>"
        for measure in table.measures { out += "<th class=\"num\">\(RankingTable.title(of: measure))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for (index, id) in table.rows.enumerated() {
            let kind = context.graph.nodes[id]?.kind.rawValue ?? ""
            out += "<tr><td class=\"num\">\(index + 1)</td><td>\(context.chip(id))</td><td class=\"muted\">\(kind)</td>"
            for measure in table.measures {
                out += cell(table.entry(id, measure), maximum: table.maximum(measure))
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table></div>\n"
        out += "<dl class=\"measures\">"
        for measure in table.measures {
            out += "<dt>\(RankingTable.title(of: measure))</dt><dd>\(RankingTable.meaning(of: measure)) "
                + "(<code>\(HTMLText.escape(measure.networkXFunction))</code>)</dd>"
        }
        out += "</dl>\n</section>\n"
        return out
    }

    /// One score: bold in the top three, a bar for its share of the highest score, the rank.
    private static func cell(_ entry: RankedNode?, maximum: Double) -> String {
        guard let entry else { return "<td class=\"num muted\">–</td>" }
        let share = maximum > 0 && entry.score.isFinite ? max(0, min(1, entry.score / maximum)) : 0
        let percent = Int((share * 100).rounded())
        let highlight = entry.rank <= 3 && entry.score > 0 ? " top" : ""
        return "<td class=\"num\(highlight)\"><span class=\"score\">\(HTMLText.number(entry.score))"
            + " <span class=\"rank\">#\(entry.rank)</span></span>"
            + "<span class=\"bar\" style=\"width:\(percent)%\"></span></td>"
    }
}
