import Foundation
import GRDB
import Testing

/// `build` killed with SIGKILL at random moments (seeded) while it ingests a
/// corpus: after every kill the store passes SQLite's integrity check and
/// holds each document wholly or not at all; building again to the end gives
/// exactly the graph of a clean run (docs/reliability.md).
///
/// ACTORGRAPH_CRASH_KILLS (default 50), ACTORGRAPH_CRASH_DOCUMENTS (default
/// 200) and ACTORGRAPH_CRASH_SEED change the run.
@Suite("Crash safety", .serialized)
struct CrashSafetyTests {
    static let environment = ProcessInfo.processInfo.environment
    static let kills = Int(environment["ACTORGRAPH_CRASH_KILLS"] ?? "") ?? 50
    static let documents = Int(environment["ACTORGRAPH_CRASH_DOCUMENTS"] ?? "") ?? 200
    static let seed = UInt64(environment["ACTORGRAPH_CRASH_SEED"] ?? "") ?? 20_220_217
    /// Kills before a store is finished and compared with the clean run.
    static let killsPerRound = 10

    static func export(_ store: String) throws -> Data {
        let out = store + ".json"
        let run = try CLIRunner.run(["export", "--graph", store, "--format", "json", "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        defer { try? FileManager.default.removeItem(atPath: out) }
        return CommandFixtures.bytes(out)
    }

    @Test("SIGKILL during build never leaves a half document; building again gives the clean graph")
    func killedBuilds() throws {
        let corpus = try GeneratedCorpus(documents: 0..<Self.documents)
        let expected = try corpus.evidenceCounts()
        #expect(expected.count == Self.documents)
        let work = try CLIRunner.temporaryFolder()

        // The clean run gives the reference graph and how long reading the corpus takes.
        let cleanStore = work.appendingPathComponent("clean.sqlite").path
        let clean = try ChildProcess.run(["build", corpus.folder.path, "--graph", cleanStore])
        try #require(clean.status == 0, "\(clean.stderr)")
        let started = Date()
        _ = try ChildProcess.run(["stats", "--graph", corpus.folder.path])
        let reading = Date().timeIntervalSince(started)
        let reference = try Self.export(cleanStore)

        var rng = SeededRandom(seed: Self.seed)
        var (kills, midIngest, rounds, inRound, present) = (0, 0, 0, 0, 0)
        var store = work.appendingPathComponent("round-0.sqlite").path
        while kills < Self.kills {
            // A kill in five falls at a random time while the process starts and reads; the others once a
            // random number of documents is in, a random few milliseconds later (inside a transaction, often).
            let child = try ChildProcess(["build", corpus.folder.path, "--graph", store])
            if Double.random(in: 0..<1, using: &rng) < 0.2 {
                usleep(UInt32(Double.random(in: 0..<reading, using: &rng) * 1_000_000))
            } else {
                let target = Int.random(in: present + 1...Self.documents, using: &rng)
                StoreWatcher.wait(for: store, documents: target, while: child)
                usleep(UInt32.random(in: 0..<20_000, using: &rng))
            }
            child.kill()
            let exit = child.wait()
            if exit.signal == SIGKILL {
                kills += 1
                inRound += 1
            } else {
                #expect(exit.status == 0, "an unkilled build failed: \(exit.stderr)")
            }
            let (count, problems) = try GeneratedCorpus.checkWholeDocuments(store: store, expected: expected)
            #expect(problems.isEmpty, "after kill \(kills) (seed \(Self.seed)): \(problems.prefix(5))")
            if exit.signal == SIGKILL, count > present, count < Self.documents { midIngest += 1 }
            present = count
            if exit.status == 0 || inRound == Self.killsPerRound || present == Self.documents {
                let finish = try ChildProcess.run(["build", corpus.folder.path, "--graph", store])
                #expect(finish.status == 0, "\(finish.stderr)")
                #expect(try Self.export(store) == reference, "round \(rounds): the rebuilt graph differs from the clean one")
                rounds += 1
                (inRound, present) = (0, 0)
                store = work.appendingPathComponent("round-\(rounds).sqlite").path
            }
        }
        // The test proves something only if kills landed while documents were going in.
        #expect(midIngest >= Self.kills / 5, "only \(midIngest) of \(kills) kills landed mid-ingest")
        print("crash safety: \(kills) kills, \(midIngest) mid-ingest, \(rounds) rebuilt stores")
    }
}

/// Watches a store another process writes, through a read-only connection
/// (in WAL mode readers neither block the writer nor are blocked by it).
enum StoreWatcher {
    /// Returns once the store holds `documents` documents, or `child` has ended.
    static func wait(for path: String, documents: Int, while child: ChildProcess) {
        var queue: DatabaseQueue?
        while !child.hasExited {
            if queue == nil, FileManager.default.fileExists(atPath: path) {
                var configuration = Configuration()
                configuration.readonly = true
                queue = try? DatabaseQueue(path: path, configuration: configuration)
            }
            // Before the schema exists the count fails: keep polling.
            if let count = try? queue?.read({ try Int.fetchOne($0, sql: "SELECT count(*) FROM document") }),
               count >= documents {
                return
            }
            usleep(1_000)
        }
    }
}
