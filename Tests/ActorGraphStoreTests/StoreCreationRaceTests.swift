import Foundation
import GRDB
import Testing
@testable import ActorGraphStore

/// Two processes creating one store: found by `make sanitize` (ConcurrencyTests
/// under AddressSanitizer), where the second build failed with "table document
/// already exists". Here the other process is a second connection that holds
/// the write lock while it creates the schema, so the store being opened reads
/// "no migrations yet", waits for the lock, and only then finds the tables.
@Suite("Store creation race")
struct StoreCreationRaceTests {
    @Test("opening a new store while another connection is creating it waits and then uses that schema")
    func schemaCreatedMeanwhile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agrace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("store.sqlite").path

        var config = Configuration()
        config.journalMode = .wal
        config.allowsUnsafeTransactions = true  // the transaction spans two accesses on purpose
        let other = try DatabaseQueue(path: path, configuration: config)
        // The other "process", as GRDB's migrator does it: the record table first
        // (committed, empty), then the schema and its record in one transaction,
        // not yet committed.
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: StoreSchema.v1)
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v1')")
        }
        let opening = OpeningInBackground(path: path)
        // Long enough for the opener to read the (still empty) migration record and start waiting.
        Thread.sleep(forTimeInterval: 0.5)
        try other.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
        let outcome = opening.wait(seconds: 60)
        #expect(outcome != nil, "the opening did not finish within 60 s")
        let store = try #require(outcome).get()
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.load().nodeCount == 0)
        try other.close()
    }

    /// The read-only look at an existing file (is it a store?) waits for a
    /// writer that holds the file locked, instead of failing at once with
    /// SQLITE_BUSY: ConcurrencyTests under AddressSanitizer saw "the store
    /// stayed busy for ten minutes" a few seconds into a race on a new store.
    @Test("opening a store that another connection holds locked waits for it")
    func lockedWhileLooking() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agrace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("store.sqlite").path
        var config = Configuration()
        config.allowsUnsafeTransactions = true  // the transaction spans two accesses on purpose
        let other = try DatabaseQueue(path: path, configuration: config)
        try StoreSchema.migrator.migrate(other)
        // A rollback-journal lock that keeps readers out, as a switch to WAL mode does.
        try other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
        let opening = OpeningInBackground(path: path)
        Thread.sleep(forTimeInterval: 0.5)
        try other.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
        try other.close()
        let outcome = opening.wait(seconds: 60)
        #expect(outcome != nil, "the opening did not finish within 60 s")
        let store = try #require(outcome).get()
        #expect(try store.integrityCheck() == "ok")
    }
}

/// `GraphStore(path:)` on a thread of its own, so that a test can release the
/// lock it waits for and then collect what it returned.
private final class OpeningInBackground: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<GraphStore, StoreError>?

    init(path: String) {
        Thread { [self] in
            result = Result { () throws(StoreError) in try GraphStore(path: path) }
            done.signal()
        }.start()
    }

    /// What the opening returned, or nil if it did not finish within `seconds`.
    func wait(seconds: Double) -> Result<GraphStore, StoreError>? {
        done.wait(timeout: .now() + seconds) == .success ? result : nil
    }
}
