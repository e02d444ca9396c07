import Foundation
import Testing

@Suite("actorgraph export: every format, and GraphML back in")
struct ExportFormatsCommandTests {
    static let mali = CLIRunner.root.appendingPathComponent("graphs/mali-2022/facts.yaml").path
    static let formats = ["json", "graphml", "gexf", "node-link", "node-link-d3", "csv", "dot", "cypher", "cypher-neo4j",
                          "cypher-memgraph", "cypher-falkordb", "neo4j-admin", "kuzu", "rdf", "graphframes"]

    @Test("export --help lists every format with what it writes")
    func helpListsFormats() throws {
        let help = try CLIRunner.run(["export", "--help"])
        for format in Self.formats { #expect(help.stdout.contains("  \(format)"), "\(format) missing from --help") }
    }

    @Test("every format exports the Mali graph, exit 0, nothing on stderr", arguments: formats)
    func exportsEveryFormat(format: String) throws {
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("mali.\(format)").path
        let run = try CLIRunner.run(["export", "--graph", Self.mali, "--format", format, "-o", out])
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test("an unknown format is a usage error that lists the formats; nothing is written")
    func unknownFormat() throws {
        let folder = try CLIRunner.temporaryFolder()
        let run = try CLIRunner.run(["export", "--graph", Self.mali, "--format", "xlsx", "-o", folder.appendingPathComponent("x").path])
        #expect(run.status == 64)
        #expect(run.stderr.contains("unknown export format 'xlsx'") && run.stderr.contains("neo4j-admin"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a folder format refuses a folder that an export did not write: exit 2, the folder untouched")
    func refusesForeignFolder() throws {
        let folder = try CLIRunner.temporaryFolder()
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let run = try CLIRunner.run(["export", "--graph", Self.mali, "--format", "csv", "-o", folder.path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: \(folder.path): not replaced:"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
    }

    @Test("build reads the GraphML export back: the same stats as the facts it came from")
    func graphMLBackIn() throws {
        let folder = try CLIRunner.temporaryFolder()
        let graphml = folder.appendingPathComponent("mali.graphml").path
        #expect(try CLIRunner.run(["export", "--graph", Self.mali, "--format", "graphml", "-o", graphml]).status == 0)
        let store = folder.appendingPathComponent("g.sqlite").path
        let build = try CLIRunner.run(["build", graphml, "--graph", store])
        #expect(build.status == 0, "\(build.stderr)")
        let a = try CLIRunner.run(["stats", "--graph", Self.mali, "--format", "json"])
        let b = try CLIRunner.run(["stats", "--graph", store, "--format", "json"])
        #expect(a.stdout == b.stdout)
    }

    @Test("a broken GraphML input fails with error: FILE:LINE")
    func brokenGraphML() throws {
        let bad = try CLIRunner.temporaryFolder().appendingPathComponent("bad.graphml")
        try Data("<graphml>\n<graph>\n<node id=\"country:a\">\n</graph>".utf8).write(to: bad)
        let run = try CLIRunner.run(["stats", "--graph", bad.path])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("error: \(bad.path):4: not well-formed XML"), "\(run.stderr)")
    }
}
