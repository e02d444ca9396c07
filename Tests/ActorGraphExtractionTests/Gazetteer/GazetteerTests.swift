import ActorGraph
@testable import ActorGraphExtraction
import Foundation
import Testing

@Suite struct GazetteerTests {
    @Test func everyUNMemberAndObserverIsACountry() throws {
        let lexicon = try Lexicon.builtIn()
        let countries = lexicon.entries("country")
        #expect(countries.filter { $0.attributes["un"] == "member" }.count == 193)
        #expect(Set(countries.filter { $0.attributes["un"] == "observer" }.map(\.name)) == ["Holy See", "Palestine"])
        let codes = lexicon.countryNamesByISO3
        #expect(codes["MLI"] == "Mali")
        #expect(codes["BFA"] == "Burkina Faso")
        #expect(codes.count == 195)
    }

    @Test func countriesByNameAliasDemonymAndCapital() {
        let graph = Fixture.graph("Burkinabe officials met U.S. envoys. Britain and the UAE watched.")
        #expect(graph.id("Burkina Faso") == "country:burkina-faso")
        #expect(graph.id("United States") == "country:united-states")
        #expect(graph.id("United Kingdom") == "country:united-kingdom")
        #expect(graph.id("United Arab Emirates") == "country:united-arab-emirates")
        #expect(graph.nodes["country:burkina-faso"]?.attributes["iso3"] == "BFA")
    }

    @Test func theLongestNameWins() {
        let graph = Fixture.graph("Piracy rose in the Gulf of Guinea. Guinea-Bissau and Papua New Guinea voted.")
        #expect(graph.id("Guinea") == nil)
        #expect(graph.id("Guinea-Bissau") != nil)
        #expect(graph.id("Papua New Guinea") != nil)
        let jihadists = Fixture.graph("Fighters of the Islamic State group attacked.")
        #expect(jihadists.nodes["organization:islamic-state"] != nil)
    }

    @Test func acronymsMatchOnlyInCapitals() {
        let graph = Fixture.graph("Let us go, the US said.")
        #expect(graph.names(.country) == ["United States"])
    }

    @Test func organizationsGroupsAndMissions() {
        let graph = Fixture.graph("""
            ECOWAS, the AU and NATO met. JNIM and al-Qaeda claimed it. Wagner arrived. \
            MINUSMA, EUTM and Operation Serval ended.
            """)
        for id in ["organization:economic-community-of-west-african-states", "organization:african-union",
                   "organization:north-atlantic-treaty-organization", "organization:jamaat-nusrat-al-islam-wal-muslimin",
                   "organization:al-qaeda", "organization:wagner-group", "mission:minusma", "mission:eutm-mali",
                   "mission:operation-serval"] {
            #expect(graph.nodes[id] != nil, "expected \(id)")
        }
    }

    @Test func aUserLexiconAddsNamesAndOverridesForms() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString).tsv")
        try """
        # my additions
        organization\tSahel Watch\tSW\ttype=ngo
        person\tAmadou Toure\tToure\trole=mediator
        mission\tOperation Dune\tDune\tlead=France
        """.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let extractor = try Extractor(lexicon: Lexicon.load(extraFile: url))
        let graph = extractor.extract(text: "Sahel Watch said Toure backed Dune, which France runs.")
        #expect(graph.nodes["organization:sahel-watch"]?.attributes["type"] == "ngo")
        #expect(graph.nodes["person:amadou-toure"] != nil)
        #expect(graph.nodes["mission:operation-dune"] != nil)
        #expect(graph.relations.contains("France leads Operation Dune"))
    }

    @Test func aJSONLexiconWorksToo() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString).json")
        try #"[{"record": "organization", "name": "Sahel Watch", "aliases": ["SW"]}]"#.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let lexicon = try Lexicon.load(extraFile: url)
        #expect(lexicon.entries.last?.name == "Sahel Watch")
    }

    @Test func malformedLexiconLinesNameTheirFileAndLine() {
        #expect(throws: LexiconError.malformed(file: "x.tsv", line: 2, reason: "expected 'record<TAB>name[<TAB>aliases[<TAB>attributes]]', found no tab")) {
            try LexiconParser.parseTSV("# comment\nno tabs here", file: "x.tsv")
        }
        #expect(throws: LexiconError.self) { try LexiconParser.parseTSV("relation\twithdraw\tleaves\ttype=leavesFrom", file: "x.tsv") }
        #expect(throws: LexiconError.self) { try LexiconParser.parseTSV("planet\tMars", file: "x.tsv") }
        #expect(throws: LexiconError.self) { try LexiconParser.parseTSV("country\tX\t\tnokeyvalue", file: "x.tsv") }
    }

    @Test func aUserLexiconTeachesGivenNamesForHeAndShe() throws {
        let text = "Defence Minister Tunde Bakare met Foreign Minister Kemi Adeyemi. \"We agreed on a ceasefire,\" she said."
        #expect(Fixture.graph(text).speakers(of: "We agreed") != ["Kemi Adeyemi"])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString).tsv")
        try "firstname\tfemale\tKemi\nfirstname\tmale\tTunde\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let extractor = try Extractor(lexicon: Lexicon.load(extraFile: url))
        let statement = extractor.extract(text: text).statements.first { $0.text.contains("We agreed") }
        #expect(statement?.speakers == ["Kemi Adeyemi"])
        #expect(throws: LexiconError.self) { try LexiconParser.parseTSV("firstname\tneuter\tAlex", file: "x.tsv") }
    }

    @Test func aMissingFileIsAnError() {
        #expect(throws: LexiconError.self) { try Lexicon.load(extraFile: URL(fileURLWithPath: "/nonexistent/lexicon.tsv")) }
    }
}
