import ActorGraph

/// "Blocs": the alliance partition (members and the missions they run), and
/// the ties that cut across it, each with the sentences behind it.
enum AllianceSection {
    /// The section's HTML.
    static func html(_ context: ReportContext) -> String {
        let report = context.alliances
        var out = "<section id=\"blocs\">\n<h2>Blocs and the ties that cut across them</h2>\n"
        out += "<p class=\"note\">\(explanation(report))</p>\n"
        guard !report.blocs.isEmpty else {
            return out + "<p class=\"muted\">No actor has a cooperative or hostile tie, so there are no blocs.</p>\n</section>\n"
        }
        out += "<div class=\"blocs\">\n"
        for bloc in report.blocs {
            out += "<div class=\"bloc\" id=\"bloc-\(bloc.id)\"><h3>Bloc \(bloc.id) "
                + "<span class=\"muted\">· \(HTMLText.count(bloc.members.count, "actor"))</span></h3>\n<ul>"
            out += bloc.members.map { "<li>\(context.chip($0))</li>" }.joined()
            out += "</ul>\n"
            if !bloc.missions.isEmpty {
                out += "<div class=\"missions\">Missions: \(bloc.missions.map(context.chip).joined(separator: ", "))</div>\n"
            }
            out += "</div>\n"
        }
        out += "</div>\n"
        out += "<h3 id=\"cross-ties\">Ties that cut across the blocs</h3>\n"
        guard !report.violations.isEmpty else {
            return out + "<p class=\"muted\">None: every hostile tie runs between blocs and every cooperative tie inside one.</p>\n</section>\n"
        }
        out += "<div class=\"table-wrap\"><table class=\"violations\">\n"
            + "<colgroup><col class=\"tie\"><col class=\"why\"><col class=\"weight\"><col class=\"evidence\"></colgroup>\n"
            + "<thead><tr><th>Tie</th><th>Why it cuts across</th>"
            + "<th class=\"num\">Weight</th><th>Evidence</th></tr></thead>\n<tbody>\n"
        for violation in report.violations {
            let style = SignStyle.of(sign: violation.sign)
            out += "<tr class=\"sign-\(style.name)\"><td>\(context.chip(violation.source))<br>\(context.chip(violation.target))</td>"
                + "<td>\(context.sign(violation.sign)) \(reason(violation, context))</td>"
                + "<td class=\"num\">\(HTMLText.weight(violation.weight))</td>"
                + "<td>\(evidence(violation.evidence, context))</td></tr>\n"
        }
        out += "</tbody>\n</table></div>\n</section>\n"
        return out
    }

    /// "structural-balance partition (exact)" or "Louvain partition".
    static func methodName(_ report: AllianceReport) -> String {
        switch report.method {
        case AllianceMethod.balance.rawValue:
            return "structural-balance partition" + (report.exact ? " (exact)" : " (heuristic)")
        case AllianceMethod.louvain.rawValue:
            return "Louvain partition of the cooperative ties"
        default:
            return "\(report.method) partition"
        }
    }

    private static func explanation(_ report: AllianceReport) -> String {
        "Actors are tied by their direct relations, the missions they share (cooperative) and the stances of their statements. "
            + "The \(methodName(report)) groups them so that cooperative ties fall inside blocs and hostile ties between them. "
            + "Frustration, the weight of the ties that break this, is \(HTMLText.weight(report.frustration)); "
            + "balance is \(HTMLText.number(report.balance, digits: 2)) (1 is a perfect split)."
    }

    /// "hostile, inside Bloc 1" or "cooperative, between Bloc 1 and Bloc 2".
    private static func reason(_ violation: AllianceReport.Violation, _ context: ReportContext) -> String {
        let a = context.blocOf[violation.source], b = context.blocOf[violation.target]
        let name = { (bloc: Int?) in bloc.map { "<a href=\"#bloc-\($0)\">Bloc \($0)</a>" } ?? "no bloc" }
        if violation.sign < 0 { return "inside \(name(a))" }
        return "between \(name(a)) and \(name(b))"
    }

    private static func evidence(_ items: [Evidence], _ context: ReportContext) -> String {
        items.isEmpty ? "<span class=\"muted\">(derived; no sentence recorded)</span>" : items.map(context.evidence).joined()
    }
}
