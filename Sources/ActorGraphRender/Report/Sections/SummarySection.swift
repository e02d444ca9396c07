import ActorGraph

/// "Summary": the counts (actors, missions, statements, relations by sign,
/// documents, blocs) and two sentences that say who is central and how the
/// actors split.
enum SummarySection {
    /// The section's HTML.
    static func html(_ context: ReportContext, rankings: RankingTable) -> String {
        let graph = context.graph
        var kinds: [NodeKind: Int] = [:]
        for node in graph.nodes.values { kinds[node.kind, default: 0] += 1 }
        var signs: [Int: Int] = [:]
        for edge in graph.edges.values { signs[edge.sign.signum(), default: 0] += 1 }
        let actors = NodeKind.allCases.filter(\.isActor).reduce(0) { $0 + (kinds[$1] ?? 0) }
        let alliances = context.alliances

        let stats: [(value: Int, label: String, detail: String)] = [
            (actors, actors == 1 ? "actor" : "actors",
             "\(kinds[.country] ?? 0) countries, \(kinds[.organization] ?? 0) organizations, \(kinds[.person] ?? 0) persons"),
            (kinds[.mission] ?? 0, (kinds[.mission] ?? 0) == 1 ? "mission" : "missions", missionNames(graph)),
            (kinds[.statement] ?? 0, (kinds[.statement] ?? 0) == 1 ? "statement" : "statements", quoteCounts(graph)),
            (graph.edgeCount, graph.edgeCount == 1 ? "relation" : "relations",
             "\(signs[1] ?? 0) cooperative, \(signs[-1] ?? 0) hostile, \(signs[0] ?? 0) neutral"),
            (alliances.blocs.count, alliances.blocs.count == 1 ? "bloc" : "blocs",
             "\(HTMLText.count(alliances.violations.count, "tie")) across, balance \(HTMLText.number(alliances.balance, digits: 2))"),
            (graph.documents.count, graph.documents.count == 1 ? "document" : "documents", citedSentences(graph)),
        ]
        var out = "<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"stats\">\n"
        for stat in stats {
            out += "<div class=\"stat\"><b>\(stat.value)</b><span>\(stat.label)</span><small>\(HTMLText.escape(stat.detail))</small></div>\n"
        }
        out += "</div>\n"
        out += "<p>\(prose(context, rankings: rankings))</p>\n"
        out += "</section>\n"
        return out
    }

    /// The first three missions' names, in graph order.
    private static func missionNames(_ graph: Graph) -> String {
        let names = graph.nodes.values.filter { $0.kind == .mission }.map(\.name)
        return names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", …" : "")
    }

    /// "3 direct quotes, 2 reported".
    private static func quoteCounts(_ graph: Graph) -> String {
        let statements = graph.nodes.values.filter { $0.kind == .statement }
        let reported = statements.filter { $0.attributes["quote"] == "indirect" }.count
        return "\(HTMLText.count(statements.count - reported, "direct quote")), \(reported) reported"
    }

    /// "38 sentences cited as evidence".
    private static func citedSentences(_ graph: Graph) -> String {
        var sentences = Set<String>()
        for edge in graph.edges.values {
            for evidence in edge.evidence { sentences.insert("\(evidence.document)#\(evidence.sentence)") }
        }
        return "\(HTMLText.count(sentences.count, "sentence")) cited as evidence"
    }

    /// Names of the actors and missions that take part in no relation, in graph order.
    private static func unrelatedNames(_ graph: Graph) -> [String] {
        let linked = graph.linkedNodeIDs
        return graph.nodes.values.filter { $0.kind != .statement && !linked.contains($0.id) }.map(\.name)
    }

    /// The sentences: the most central actors by the sizing measure, the blocs,
    /// and the actors named without any relation (the diagram leaves them out).
    private static func prose(_ context: ReportContext, rankings: RankingTable) -> String {
        var sentences: [String] = []
        let leaders = rankings.leaders(of: context.options.sizeBy, count: 3)
        if !leaders.isEmpty {
            let names = leaders.map { "<strong>\(HTMLText.escape(context.name($0)))</strong>" }
            let list = names.count == 1 ? names[0]
                : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
            sentences.append("By \(RankingTable.title(of: context.options.sizeBy)), the most central \(leaders.count == 1 ? "actor is" : "actors are") \(list).")
        }
        let alliances = context.alliances
        if !alliances.blocs.isEmpty {
            let largest = alliances.blocs[0]
            var text = "The \(AllianceSection.methodName(alliances)) puts the actors in \(HTMLText.count(alliances.blocs.count, "bloc"))"
            text += "; the largest, Bloc \(largest.id), has \(HTMLText.count(largest.members.count, "member"))"
            if alliances.violations.isEmpty {
                text += ", and no tie contradicts the partition."
            } else {
                text += ". \(HTMLText.count(alliances.violations.count, "tie")) of weight \(HTMLText.weight(alliances.frustration)) "
                    + "\(alliances.violations.count == 1 ? "contradicts" : "contradict") it (balance \(HTMLText.number(alliances.balance, digits: 2)))."
            }
            sentences.append(text)
        }
        let isolated = unrelatedNames(context.graph)
        if !isolated.isEmpty {
            let names = isolated.map { "<strong>\(HTMLText.escape($0))</strong>" }.joined(separator: ", ")
            sentences.append("Named without any relation, and so not drawn: \(names).")
        }
        if sentences.isEmpty { sentences.append("The graph has no actors to rank or group.") }
        return sentences.joined(separator: " ")
    }
}
