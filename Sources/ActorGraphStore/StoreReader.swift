import ActorGraph
import GRDB

/// Reads the whole store back into a `Graph`, in insertion order.
enum StoreReader {
    static func read(_ db: Database) throws -> Graph {
        var graph = Graph()
        for row in try Row.fetchAll(db, sql: "SELECT id, title, date, source, url FROM document ORDER BY rowid") {
            graph.add(Document(id: row["id"], title: row["title"], date: row["date"], source: row["source"], url: row["url"]))
        }
        var aliases: [String: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT nodeId, alias FROM alias ORDER BY rowid") {
            aliases[row["nodeId"], default: []].append(row["alias"])
        }
        var attributes: [String: [String: String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT nodeId, key, value FROM attribute") {
            attributes[row["nodeId"], default: [:]][row["key"]] = row["value"] as String
        }
        var nodeEvidence: [String: [Evidence]] = [:]
        for row in try Row.fetchAll(db, sql: #"SELECT nodeId, document, sentence, start, "end", excerpt FROM nodeEvidence"#) {
            nodeEvidence[row["nodeId"], default: []].append(evidence(row))
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, kind, name FROM node ORDER BY rowid") {
            let id: String = row["id"]
            let kindText: String = row["kind"]
            guard let kind = NodeKind(rawValue: kindText) else { continue }
            let node = Node(id: id, kind: kind, name: row["name"], aliases: aliases[id] ?? [],
                            attributes: attributes[id] ?? [:], evidence: (nodeEvidence[id] ?? []).sorted())
            graph.merge(node, byName: false)
        }
        var edgeEvidence: [EdgeKey: [Evidence]] = [:]
        for row in try Row.fetchAll(
            db, sql: #"SELECT source, target, type, document, sentence, start, "end", excerpt FROM edgeEvidence"#) {
            guard let type = RelationType(rawValue: row["type"]) else { continue }
            edgeEvidence[EdgeKey(source: row["source"], target: row["target"], type: type), default: []]
                .append(evidence(row))
        }
        for row in try Row.fetchAll(db, sql: "SELECT source, target, type, sign, weight FROM edge ORDER BY rowid") {
            guard let type = RelationType(rawValue: row["type"]) else { continue }
            let key = EdgeKey(source: row["source"], target: row["target"], type: type)
            try graph.merge(Edge(source: key.source, target: key.target, type: type, sign: row["sign"],
                                 weight: row["weight"], evidence: edgeEvidence[key] ?? []))
        }
        return graph
    }

    private static func evidence(_ row: Row) -> Evidence {
        Evidence(document: row["document"], sentence: row["sentence"], start: row["start"], end: row["end"],
                 excerpt: row["excerpt"])
    }
}
