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
        let opened = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<GraphStore, StoreError>?
        let opener = Thread {
            result = Result { () throws(StoreError) in try GraphStore(path: path) }
            opened.signal()
        }
        opener.start()
        // Long enough for the opener to read the (still empty) migration record and start waiting.
        Thread.sleep(forTimeInterval: 0.5)
        try other.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
        #expect(opened.wait(timeout: .now() + 60) == .success)
        let store = try #require(result).get()
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
        let opened = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<GraphStore, StoreError>?
        let opener = Thread {
            result = Result { () throws(StoreError) in try GraphStore(path: path) }
            opened.signal()
        }
        opener.start()
        Thread.sleep(forTimeInterval: 0.5)
        try other.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
        try other.close()
        #expect(opened.wait(timeout: .now() + 60) == .success)
        let store = try #require(result).get()
        #expect(try store.integrityCheck() == "ok")
    }
}
