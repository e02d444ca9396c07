import Foundation
import Testing

@Suite("actorgraph top and path")
struct TopAndPathTests {
    static let mali = BuildAndStatsTests.mali

    @Test("France and Mali are among the three most-connected actors of the Mali graph")
    func maliTopThree() throws {
        let result = try CLIRunner.run(["top", "--graph", Self.mali, "-n", "3", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["measure"] as? String == "degree")
        let results = try #require(object?["results"] as? [[String: Any]])
        let ids = results.compactMap { $0["id"] as? String }
        #expect(ids.contains("country:france") && ids.contains("country:mali"), "\(ids)")
        #expect(Set(results.first?.keys.map { $0 } ?? []) == ["rank", "id", "name", "kind", "score"])
    }

    @Test("every measure ranks, in every output form", arguments: ["degree", "weighted-degree", "betweenness",
        "closeness", "harmonic", "eigenvector", "pagerank", "katz"])
    func everyMeasure(measure: String) throws {
        for format in ["table", "json", "csv"] {
            let result = try CLIRunner.run(["top", "--graph", Self.mali, "--by", measure, "--format", format, "-n", "5"])
            #expect(result.status == 0, "\(measure) \(format): \(result.stderr)")
            #expect(!result.stdout.isEmpty)
        }
    }

    @Test("--kind mission lists only missions")
    func kindFilter() throws {
        let result = try CLIRunner.run(["top", "--graph", Self.mali, "--kind", "mission", "--format", "csv"])
        let kinds = result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[3] }
        #expect(!kinds.isEmpty && kinds.allSatisfy { $0 == "mission" })
    }

    @Test("path prints each link with its sentence; unknown names fail clearly")
    func path() throws {
        let result = try CLIRunner.run(["path", "--graph", Self.mali, "Macron", "France"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Emmanuel Macron —holdsRole"))
        #expect(result.stdout.contains("sentence"))
        let unknown = try CLIRunner.run(["path", "--graph", Self.mali, "Atlantis", "France"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "error: no node is named or has the id 'Atlantis'\n")
    }
}

@Suite("actorgraph alliances")
struct AlliancesCommandTests {
    @Test("the Mali blocs: France, Canada, the European partners and their missions against the junta and Wagner")
    func maliBlocs() throws {
        let result = try CLIRunner.run(["alliances", "--graph", BuildAndStatsTests.mali, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["method"] as? String == "balance")
        #expect(object?["frustration"] != nil && object?["balance"] != nil && object?["violations"] != nil)
        let blocs = try #require(object?["blocs"] as? [[String: Any]])
        func bloc(of id: String) -> Int? {
            blocs.first { (($0["members"] as? [String]) ?? []).contains(id) || (($0["missions"] as? [String]) ?? []).contains(id) }?["id"] as? Int
        }
        let west = try #require(bloc(of: "country:france"))
        #expect(bloc(of: "country:canada") == west)
        #expect(bloc(of: "organization:european-partners") == west)
        #expect(bloc(of: "mission:operation-barkhane") == west)
        let junta = try #require(bloc(of: "organization:mali-government"))
        #expect(junta != west)
        #expect(bloc(of: "organization:wagner-group") == junta)
    }

    @Test("the table names blocs by their members' names")
    func table() throws {
        let result = try CLIRunner.run(["alliances", "--graph", BuildAndStatsTests.mali])
        #expect(result.status == 0)
        #expect(result.stdout.contains("bloc 1:"))
        #expect(result.stdout.contains("France"))
    }
}
