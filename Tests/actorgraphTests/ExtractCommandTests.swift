import Foundation
import Testing

@Suite("actorgraph extract")
struct ExtractCommandTests {
    static let article = """
        Ghana and Togo agree on border patrols
        2024-03-01

        Ghana and Togo said they would patrol their border together. "We face the same threat," \
        Ghanaian Defence Minister Kwame Mensah told reporters.
        """

    @Test("writes actorgraph/1 with the article's actors and statements, the same bytes each time")
    func extractsAnArticle() throws {
        let folder = try CLIRunner.temporaryFolder()
        let input = folder.appendingPathComponent("ghana.txt")
        try Self.article.write(to: input, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["extract", input.path, "-o", folder.appendingPathComponent("out.json").path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let data = try Data(contentsOf: folder.appendingPathComponent("out.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["format"] as? String == "actorgraph/1")
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        let ids = Set(nodes.compactMap { $0["id"] as? String })
        #expect(ids.isSuperset(of: ["country:ghana", "country:togo", "person:kwame-mensah"]))
        #expect(nodes.contains { ($0["attributes"] as? [String: String])?["quote"] == "direct" })
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.first?["title"] as? String == "Ghana and Togo agree on border patrols")
        #expect(documents.first?["date"] as? String == "2024-03-01")
        let again = try CLIRunner.run(["extract", input.path])
        #expect(Data(again.stdout.utf8) == data)
    }

    @Test("a bad lexicon file is an error that names its line")
    func badLexicon() throws {
        let folder = try CLIRunner.temporaryFolder()
        let input = folder.appendingPathComponent("a.txt")
        try Self.article.write(to: input, atomically: true, encoding: .utf8)
        let lexicon = folder.appendingPathComponent("bad.tsv")
        try "country\tAtlantis\nplanet\tMars\n".write(to: lexicon, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["extract", input.path, "--lexicon", lexicon.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.tsv:2"), "stderr: \(result.stderr)")
    }
}
