import Foundation
import Testing

@Suite("actorgraph export")
struct ExportCommandTests {
    @Test("every format of the table exports the Mali graph", arguments: [
        "json", "graphml", "gexf", "node-link", "node-link-d3", "csv", "dot", "cypher", "cypher-neo4j",
        "cypher-memgraph", "cypher-falkordb", "neo4j-admin", "kuzu", "rdf", "graphframes",
    ])
    func everyFormat(format: String) throws {
        let folder = try CLIRunner.temporaryFolder()
        let out = folder.appendingPathComponent("mali-\(format)")
        let result = try CLIRunner.run(["export", "--graph", BuildAndStatsTests.mali, "--format", format, "-o", out.path])
        #expect(result.status == 0, "\(format): \(result.stderr)")
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: out.path, isDirectory: &isFolder))
        if isFolder.boolValue {
            #expect(try !FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
        } else {
            #expect(try Data(contentsOf: out).count > 1000)
        }
        // Nothing but the output itself: no temporary files left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [out.lastPathComponent])
    }

    @Test("--sync writes the same output as the default atomic export", arguments: ["graphml", "csv"])
    func syncFlag(format: String) throws {
        let folder = try CLIRunner.temporaryFolder()
        var outputs: [Data] = []
        for flags in [[], ["--sync"]] {
            let out = folder.appendingPathComponent("mali-\(format)\(flags.isEmpty ? "" : "-synced")")
            let result = try CLIRunner.run(["export", "--graph", BuildAndStatsTests.mali, "--format", format, "-o", out.path] + flags)
            #expect(result.status == 0, "\(format) \(flags): \(result.stderr)")
            let file = format == "csv" ? out.appendingPathComponent("edges.csv") : out
            outputs.append(try Data(contentsOf: file))
        }
        #expect(outputs[0].count > 100)
        #expect(outputs[0] == outputs[1])
    }

    @Test("an unknown format is a usage error that names the known ones")
    func unknownFormat() throws {
        let result = try CLIRunner.run(["export", "--graph", BuildAndStatsTests.mali, "--format", "xls", "-o", "/tmp/never"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("graphml"))
    }
}

@Suite("actorgraph round trips")
struct RoundTripCommandTests {
    @Test("GraphML and actorgraph/1 exports read back (build and --graph) to the same graph, byte for byte")
    func roundTrips() throws {
        let folder = try CLIRunner.temporaryFolder()
        let original = folder.appendingPathComponent("original.json").path
        #expect(try CLIRunner.run(["export", "--graph", BuildAndStatsTests.mali, "--format", "json", "-o", original]).status == 0)
        for format in ["graphml", "json"] {
            let exported = folder.appendingPathComponent("mali.\(format)").path
            #expect(try CLIRunner.run(["export", "--graph", BuildAndStatsTests.mali, "--format", format, "-o", exported]).status == 0)
            let store = folder.appendingPathComponent("\(format).sqlite").path
            let build = try CLIRunner.run(["build", exported, "--graph", store])
            #expect(build.status == 0, "\(build.stderr)")
            let back = folder.appendingPathComponent("back-\(format).json").path
            #expect(try CLIRunner.run(["export", "--graph", store, "--format", "json", "-o", back]).status == 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: back)) == Data(contentsOf: URL(fileURLWithPath: original)),
                    "\(format) round trip differs")
        }
    }
}
