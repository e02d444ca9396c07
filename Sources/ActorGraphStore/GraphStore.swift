import ActorGraph
import Foundation
import GRDB
import Synchronization

/// The embedded graph database: an SQLite file holding documents, nodes,
/// aliases, attributes, edges and evidence.
///
/// Each ingest is one immediate transaction, so a killed process leaves every
/// document wholly in or wholly out; the same document (same content hash)
/// twice changes nothing. Merging follows `Graph.merge` exactly: a graph
/// loaded from the store equals the in-memory merge of the same inputs.
/// Several processes may write one store: a writer waits (up to a minute,
/// saying so on stderr) for the other to finish.
public struct GraphStore: Sendable {
    /// The file the store lives in.
    public let path: String
    private let queue: DatabaseQueue

    /// Opens the store at `path`, creating it (and its folder) when missing.
    /// - Throws: when the file is not a store (another SQLite database, or not SQLite), or cannot be opened.
    public init(path: String) throws(StoreError) {
        try self.init(path: path, mustExist: false)
    }

    /// Opens an existing store for reading.
    /// - Throws: when there is no store at `path` (no file, an empty file, or not a store).
    public static func openExisting(path: String) throws(StoreError) -> GraphStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError(path: path, message: "no such store; run `actorgraph build INPUT…` first")
        }
        // Opening would turn an empty file into an SQLite one; a reader must not write.
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size == 0 {
            throw StoreError(path: path, message: "is empty, not an actorgraph store; run `actorgraph build INPUT…` first")
        }
        return try GraphStore(path: path, mustExist: true)
    }

    private init(path: String, mustExist: Bool) throws(StoreError) {
        self.path = path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw StoreError(path: path, message: "is a folder, not a store file")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.journalMode = .wal
        config.busyMode = .callback(Self.waitForOtherWriter)
        do {
            // Look before opening for writing: opening switches the file to WAL mode,
            // which must not happen to a file that is not ours.
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > 0 {
                var probe = Configuration()
                probe.readonly = true
                // Another build may hold the file locked for a moment (switching a new store
                // to WAL): wait as writers do. Without this the look failed at once with
                // SQLITE_BUSY ("stayed busy for ten minutes"; ConcurrencyTests under ASan).
                probe.busyMode = .callback(Self.waitForOtherWriter)
                let look = try DatabaseQueue(path: path, configuration: probe)
                try StoreSchema.checkIsStore(look, mustExist: mustExist)
                try look.close()
            }
            queue = try DatabaseQueue(path: path, configuration: config)
            try StoreSchema.migrate(queue)
        } catch let error as StoreError {
            throw StoreError(path: path, message: error.message)
        } catch {
            throw StoreError(path: path, message: Self.describe(error))
        }
    }

    /// Ingests one graph fragment (one input) in one transaction.
    @discardableResult
    public func ingest(_ fragment: Graph) throws(StoreError) -> IngestResult {
        do {
            return try queue.writeWithoutTransaction { db in
                var result = IngestResult(alreadyPresent: false)
                try db.inTransaction(.immediate) {
                    if !fragment.documents.isEmpty {
                        var known = 0
                        for id in fragment.documents.keys
                        where try Bool.fetchOne(db, sql: "SELECT 1 FROM document WHERE id = ?", arguments: [id]) == true {
                            known += 1
                        }
                        if known == fragment.documents.count {
                            result.alreadyPresent = true
                            return .rollback
                        }
                    }
                    try StoreWriter.write(fragment, into: db, result: &result)
                    return .commit
                }
                return result
            }
        } catch {
            throw StoreError(path: path, message: Self.describe(error))
        }
    }

    /// The whole graph in the store.
    public func load() throws(StoreError) -> Graph {
        do {
            return try queue.read { db in try StoreReader.read(db) }
        } catch {
            throw StoreError(path: path, message: Self.describe(error))
        }
    }

    /// Runs SQLite's own consistency check; "ok" when the file is sound.
    public func integrityCheck() throws(StoreError) -> String {
        do {
            return try queue.read { db in
                try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
            }
        } catch {
            throw StoreError(path: path, message: Self.describe(error))
        }
    }

    /// Whether this process has said it waits for another writer (once is enough).
    private static let announcedWait = Atomic<Bool>(false)

    private static let waitForOtherWriter: Database.BusyCallback = { retries in
        if retries == 0, !announcedWait.exchange(true, ordering: .relaxed) {
            FileHandle.standardError.write(Data("actorgraph: the store is busy (another process is writing); waiting…\n".utf8))
        }
        usleep(20_000)
        return retries < 30_000  // 20 ms each: ten minutes, since a long build commits document by document
    }

    private static func describe(_ error: Error) -> String {
        if let db = error as? DatabaseError {
            switch db.resultCode {
            case .SQLITE_NOTADB: return "not an actorgraph store (not an SQLite database)"
            case .SQLITE_CORRUPT: return "the store file is damaged (\(db.message ?? "corrupt")); restore it from a backup"
            case .SQLITE_BUSY, .SQLITE_LOCKED: return "the store stayed busy for ten minutes; another actorgraph process is writing"
            case .SQLITE_CANTOPEN: return "cannot open the store file (missing folder or no permission)"
            case .SQLITE_READONLY: return "the store is read-only"
            case .SQLITE_FULL: return "the disk is full"
            default: return db.message ?? "\(db)"
            }
        }
        return "\(error)"
    }
}
