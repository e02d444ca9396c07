import GRDB

/// The tables of the embedded store, created and upgraded by a GRDB migrator.
///
/// Rows keep insertion order (their rowid), so a graph loaded from the store
/// lists its nodes and edges in the order they were first ingested.
enum StoreSchema {
    /// Refuses SQLite files that are not actorgraph stores before anything is
    /// written to them: another program's database (tables, but not ours) and,
    /// when a store `mustExist`, an empty one.
    static func checkIsStore(_ queue: DatabaseQueue, mustExist: Bool) throws {
        let tables = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        }
        if tables.isEmpty && mustExist {
            throw StoreError(path: "", message: "is empty, not an actorgraph store; run `actorgraph build INPUT…` first")
        }
        if !tables.isEmpty && !tables.contains("grdb_migrations") {
            let names = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
            throw StoreError(path: "", message: "not an actorgraph store (an SQLite database with other tables: \(names))")
        }
    }

    /// Creates or upgrades the schema. Two builds may create one store at once,
    /// and GRDB's migrator reads which migrations ran *before* it takes the
    /// write lock: the second build waited for the first one's `v1`, then ran
    /// `v1` again and failed with "table document already exists" (exit 3;
    /// seen under AddressSanitizer, whose slower start widens the window). The
    /// loser's migration rolls back whole, so when it fails and the schema is
    /// complete by then, another process made it and the store is ready.
    static func migrate(_ queue: DatabaseQueue) throws {
        do {
            try migrator.migrate(queue)
        } catch {
            guard try queue.read({ try migrator.hasCompletedMigrations($0) }) else { throw error }
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in try db.execute(sql: v1) }
        return migrator
    }

    /// The first schema.
    static let v1 = """
                CREATE TABLE document (
                    id TEXT PRIMARY KEY NOT NULL, title TEXT, date TEXT, source TEXT, url TEXT,
                    ingestedAt TEXT NOT NULL DEFAULT (datetime('now')));
                CREATE TABLE node (
                    id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL);
                CREATE TABLE alias (
                    nodeId TEXT NOT NULL REFERENCES node(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL, alias TEXT NOT NULL, key TEXT NOT NULL,
                    PRIMARY KEY (nodeId, key));
                CREATE INDEX alias_by_key ON alias(kind, key);
                CREATE TABLE attribute (
                    nodeId TEXT NOT NULL REFERENCES node(id) ON DELETE CASCADE,
                    key TEXT NOT NULL, value TEXT NOT NULL,
                    PRIMARY KEY (nodeId, key));
                CREATE TABLE edge (
                    source TEXT NOT NULL REFERENCES node(id), target TEXT NOT NULL REFERENCES node(id),
                    type TEXT NOT NULL, sign INTEGER NOT NULL, weight REAL NOT NULL,
                    PRIMARY KEY (source, target, type));
                CREATE TABLE nodeEvidence (
                    nodeId TEXT NOT NULL REFERENCES node(id) ON DELETE CASCADE,
                    document TEXT NOT NULL, sentence INTEGER NOT NULL,
                    start INTEGER, "end" INTEGER, excerpt TEXT);
                CREATE UNIQUE INDEX nodeEvidence_unique ON nodeEvidence(
                    nodeId, document, sentence, ifnull(start, -1), ifnull("end", -1), ifnull(excerpt, ''));
                CREATE TABLE edgeEvidence (
                    source TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL,
                    document TEXT NOT NULL, sentence INTEGER NOT NULL,
                    start INTEGER, "end" INTEGER, excerpt TEXT);
                CREATE UNIQUE INDEX edgeEvidence_unique ON edgeEvidence(
                    source, target, type, document, sentence, ifnull(start, -1), ifnull("end", -1), ifnull(excerpt, ''));
                """
}
