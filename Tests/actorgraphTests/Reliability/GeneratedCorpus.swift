import ActorGraph
import ActorGraphFormats
import ActorGraphStore
import Foundation

/// A folder of generated facts files for the crash and concurrency tests.
///
/// Each document names two of ten shared countries, one of seven shared
/// organizations and one of thirteen shared envoys (so documents merge into
/// each other's nodes, by id and by alias), and four people of its own,
/// with two statements and a dozen relations: about a hundred SQL
/// statements per ingest. Every evidence item has its own sentence number,
/// so a document's evidence count in the store equals its count in the file.
struct GeneratedCorpus {
    let folder: URL
    let files: [URL]

    /// Writes documents `range` into a new folder.
    init(documents range: Range<Int>) throws {
        let folder = try CLIRunner.temporaryFolder().appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.folder = folder
        files = try range.map { i in
            let url = folder.appendingPathComponent(String(format: "doc-%04d.yaml", i))
            try Self.facts(i).write(to: url, atomically: true, encoding: .utf8)
            return url
        }
    }

    /// People of each document's own.
    static let people = 4

    static func facts(_ i: Int) -> String {
        var sentence = 0
        func ev(_ excerpt: String) -> String {
            sentence += 1
            return "{sentence: \(sentence), start: \(sentence * 10), end: \(sentence * 10 + 7), excerpt: \"\(excerpt)\"}"
        }
        let (a, b, org, envoy) = (i % 10, (i + 3) % 10, i % 7, i % 13)
        var out = """
            format: actorgraph-facts/1
            document: {title: "Report \(i)", date: "2024-01-\(String(format: "%02d", 1 + i % 28))", source: Generated}
            nodes:
              - {kind: country, name: Country \(a), aliases: [Land \(a)], attributes: {iso3: C\(a)}, evidence: \(ev("Country \(a)"))}
              - {kind: country, name: Country \(b), aliases: [Land \(b)], evidence: \(ev("Country \(b)"))}
              - {kind: organization, name: Alliance \(org), evidence: \(ev("Alliance \(org)"))}
              - {kind: person, name: Envoy \(envoy), aliases: [E\(envoy)], attributes: {role: envoy}, evidence: \(ev("E\(envoy)"))}

            """
        for j in 0..<Self.people {
            out += "  - {kind: person, name: Person \(i)-\(j), aliases: [P\(i)x\(j)], attributes: {rank: \"\(j)\"}, evidence: \(ev("Person \(i)-\(j)"))}\n"
        }
        out += "statements:\n"
        out += "  - {speaker: E\(envoy), text: \"Report \(i) says we stay.\", about: [{target: Land \(b), sign: 1}], evidence: \(ev("we stay"))}\n"
        out += "  - {speaker: Person \(i)-0, text: \"Report \(i) says we go.\", quote: indirect, about: [{target: Country \(a), sign: -1}], evidence: \(ev("we go"))}\n"
        out += "relations:\n"
        out += "  - {source: Land \(a), type: supports, target: Country \(b), evidence: \(ev("supports"))}\n"
        out += "  - {source: Country \(a), type: memberOf, target: Alliance \(org), evidence: \(ev("member"))}\n"
        out += "  - {source: Envoy \(envoy), type: holdsRole, target: Country \(a), evidence: \(ev("envoy of"))}\n"
        for j in 0..<Self.people {
            out += "  - {source: Person \(i)-\(j), type: holdsRole, target: Country \(j % 2 == 0 ? a : b), evidence: \(ev("role \(j)"))}\n"
            out += "  - {source: P\(i)x\(j), type: memberOf, target: Alliance \(org), weight: \(1 + j % 3), evidence: \(ev("member \(j)"))}\n"
        }
        return out
    }

    /// Evidence items per document id, as the files state them.
    func evidenceCounts() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for file in files {
            let graph = try FactsReader.read(path: file.path)
            for (document, n) in Self.evidenceCounts(graph) { counts[document, default: 0] += n }
        }
        return counts
    }

    /// Evidence items per document id in a graph (nodes' and edges').
    static func evidenceCounts(_ graph: Graph) -> [String: Int] {
        var counts: [String: Int] = [:]
        for evidence in graph.nodes.values.flatMap(\.evidence) + graph.edges.values.flatMap(\.evidence) {
            counts[evidence.document, default: 0] += 1
        }
        return counts
    }

    /// Checks a store after a crash: SQLite's integrity check passes, and every
    /// document is wholly in (all its evidence, and its record) or wholly out (none).
    /// - Returns: the number of documents in the store.
    static func checkWholeDocuments(store path: String, expected: [String: Int]) throws -> (documents: Int, problems: [String]) {
        guard FileManager.default.fileExists(atPath: path) else { return (0, []) }
        let store = try GraphStore(path: path)
        var problems: [String] = []
        let integrity = try store.integrityCheck()
        if integrity != "ok" { problems.append("integrity_check: \(integrity)") }
        let graph = try store.load()
        let found = evidenceCounts(graph)
        for (document, count) in expected {
            let inStore = graph.documents[document] != nil
            let evidence = found[document] ?? 0
            if inStore && evidence != count { problems.append("\(document): \(evidence) of \(count) evidence items") }
            if !inStore && evidence != 0 { problems.append("\(document): absent but \(evidence) evidence items present") }
        }
        for document in graph.documents.keys where expected[document] == nil {
            problems.append("unknown document \(document)")
        }
        return (graph.documents.count, problems)
    }
}
