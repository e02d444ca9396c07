import ActorGraph
import GRDB

/// Writes a graph fragment into the store inside the caller's transaction,
/// merging nodes by id and by name within a kind, and edges by key.
enum StoreWriter {
    static func write(_ fragment: Graph, into db: Database, result: inout IngestResult) throws {
        for document in fragment.documents.values {
            try run(db, "INSERT OR IGNORE INTO document(id, title, date, source, url) VALUES (?, ?, ?, ?, ?)",
                    [document.id, document.title, document.date, document.source, document.url])
            result.documents += db.changesCount
        }
        var remap: [String: String] = [:]
        for node in fragment.nodes.values {
            let id = try resolve(node, db)
            if id != node.id { remap[node.id] = id }
            if try !exists(id, db) {
                try run(db, "INSERT INTO node(id, kind, name) VALUES (?, ?, ?)", [id, node.kind.rawValue, node.name])
                result.nodes += 1
            }
            for name in node.names {
                let key = NameKey.normalize(name)
                guard !key.isEmpty else { continue }
                try run(db, "INSERT OR IGNORE INTO alias(nodeId, kind, alias, key) VALUES (?, ?, ?, ?)",
                        [id, node.kind.rawValue, name, key])
            }
            for key in node.attributes.keys.sorted() {
                try run(db, "INSERT OR IGNORE INTO attribute(nodeId, key, value) VALUES (?, ?, ?)",
                        [id, key, node.attributes[key]])
            }
            for evidence in node.evidence {
                try run(db, """
                        INSERT OR IGNORE INTO nodeEvidence(nodeId, document, sentence, start, "end", excerpt)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    [id, evidence.document, evidence.sentence, evidence.start, evidence.end, evidence.excerpt])
            }
        }
        for edge in fragment.edges.values {
            let source = remap[edge.source] ?? edge.source
            let target = remap[edge.target] ?? edge.target
            let existed = try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT 1 FROM edge WHERE source = ? AND target = ? AND type = ?"),
                arguments: [source, target, edge.type.rawValue]) == true
            try run(db, """
                    INSERT INTO edge(source, target, type, sign, weight) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(source, target, type) DO UPDATE SET weight = weight + excluded.weight
                    """,
                [source, target, edge.type.rawValue, edge.sign, edge.weight])
            if !existed { result.edges += 1 }
            for evidence in edge.evidence {
                try run(db, """
                        INSERT OR IGNORE INTO edgeEvidence(source, target, type, document, sentence, start, "end", excerpt)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    [source, target, edge.type.rawValue, evidence.document, evidence.sentence,
                     evidence.start, evidence.end, evidence.excerpt])
            }
        }
    }

    /// Runs one statement, compiled once per connection (an ingest runs the same few thousands of times).
    private static func run(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// The id the node has in the store: its own, or that of a node of its kind sharing a name.
    private static func resolve(_ node: Node, _ db: Database) throws -> String {
        if try exists(node.id, db) || node.kind == .statement { return node.id }
        for name in node.names {
            let key = NameKey.normalize(name)
            if let id = try String.fetchOne(
                db.cachedStatement(sql: "SELECT nodeId FROM alias WHERE kind = ? AND key = ? ORDER BY rowid LIMIT 1"),
                arguments: [node.kind.rawValue, key]) {
                return id
            }
        }
        return node.id
    }

    private static func exists(_ id: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM node WHERE id = ?"), arguments: [id]) == true
    }
}
