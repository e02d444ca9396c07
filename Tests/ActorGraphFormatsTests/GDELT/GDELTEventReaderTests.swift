import ActorGraph
import Testing
@testable import ActorGraphFormats

@Suite("GDELT event rows")
struct GDELTEventReaderTests {
    /// A 61-column row with the fields the reader uses filled in.
    static func row(id: String = "1", actor1: (String, String, String, String), actor2: (String, String, String, String),
                    root: String, quad: String, url: String = "https://example.org/a") -> String {
        var f = [String](repeating: "", count: 61)
        f[0] = id; f[1] = "20170701"
        (f[5], f[6], f[7], f[12]) = actor1
        (f[15], f[16], f[17], f[22]) = actor2
        f[26] = root + "0"; f[27] = root + "0"; f[28] = root; f[29] = quad; f[30] = "-5.0"; f[60] = url
        return f.joined(separator: "\t")
    }

    static let names = ["MLI": "Mali", "TCD": "Chad", "NGA": "Nigeria"]

    @Test("events become typed, signed actor relations; countries are named from their code")
    func reads() throws {
        let text = [
            Self.row(id: "1", actor1: ("MLI", "MALI", "MLI", ""), actor2: ("TCD", "CHAD", "TCD", ""), root: "19", quad: "4"),
            Self.row(id: "2", actor1: ("MLI", "MALI", "MLI", ""), actor2: ("TCD", "CHAD", "TCD", ""), root: "19", quad: "4",
                     url: "https://example.org/b"),
            Self.row(id: "3", actor1: ("NGA", "KANO", "NGA", ""), actor2: ("MLIMIL", "MALI", "MLI", "MIL"), root: "04", quad: "1"),
            Self.row(id: "4", actor1: ("", "", "", ""), actor2: ("TCD", "CHAD", "TCD", ""), root: "01", quad: "1"),
        ].joined(separator: "\n") + "\n"
        let (graph, skipped) = try GDELTEventReader(countryNames: Self.names).read(bytes: Array(text.utf8), file: "e.tsv")
        #expect(skipped == 1)
        #expect(graph.documents.count == 2)
        let fight = try #require(graph.edges[EdgeKey(source: "country:mali", target: "country:chad", type: .attacks)])
        #expect(fight.sign == -1 && fight.weight == 2 && fight.evidence.count == 2)
        #expect(graph.nodes["country:nigeria"]?.attributes["iso3"] == "NGA")
        #expect(graph.nodes["organization:mali-military"]?.attributes["cameo"] == "MLIMIL")
        #expect(graph.edges[EdgeKey(source: "country:nigeria", target: "organization:mali-military", type: .meetsWith)]?.sign == 1)
    }

    @Test("a row with the wrong number of fields or codes is an error naming its line")
    func errors() {
        let good = Self.row(actor1: ("MLI", "MALI", "MLI", ""), actor2: ("TCD", "CHAD", "TCD", ""), root: "19", quad: "4")
        let cases: [(String, Int, String)] = [
            (good + "\nonly\tthree\tfields\n", 2, "61"),
            (good + "\n" + Self.row(actor1: ("MLI", "MALI", "MLI", ""), actor2: ("TCD", "CHAD", "TCD", ""), root: "42", quad: "4"), 2, "CAMEO"),
            (Self.row(actor1: ("MLI", "MALI", "MLI", ""), actor2: ("TCD", "CHAD", "TCD", ""), root: "19", quad: "9"), 1, "QuadClass"),
            ("", 1, "empty"),
        ]
        for (text, line, mentions) in cases {
            #expect {
                _ = try GDELTEventReader().read(bytes: Array(text.utf8), file: "e.tsv")
            } throws: { error in
                guard let error = error as? InputError else { return false }
                return error.line == line && error.description.contains(mentions)
            }
        }
    }

    @Test("GDELT rows are recognised by their 61 columns")
    func recognises() {
        let good = Self.row(actor1: ("MLI", "MALI", "MLI", ""), actor2: ("TCD", "CHAD", "TCD", ""), root: "19", quad: "4")
        #expect(GDELTEventReader.recognizes(Array(good.utf8)))
        #expect(!GDELTEventReader.recognizes(Array("a,b,c\n".utf8)))
    }
}
