import ActorGraph
@testable import ActorGraphExtraction
import Foundation
import Testing

@Suite struct DeterminismTests {
    static let text = """
        Mali's junta expelled France's ambassador. "We will respond," French President Emmanuel Macron said. \
        Germany, Estonia and Sweden deployed troops alongside Operation Barkhane, according to the EU.
        """

    @Test func theSameTextGivesTheSameBytes() throws {
        let first = try GraphJSON.data(Fixture.graph(Self.text))
        for _ in 0..<5 {
            let again = try GraphJSON.data(try Extractor().extract(text: Self.text))
            #expect(again == first)
        }
    }

    @Test func theDocumentIdIsTheSHA256OfTheText() {
        // FIPS 180-2 test vector for "abc".
        let graph = Fixture.graph("abc")
        #expect(graph.documents.keys.first == "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func theDocumentIdOfAFileIsTheHashOfItsBytes() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("article-\(UUID().uuidString).html")
        let html = "<html><head><title>Mali news</title></head><body><p>Ghana said it would help.</p></body></html>"
        try html.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let graph = try Fixture.extractor.extract(fileAt: url)
        let document = graph.documents.values.first
        #expect(document?.id == SHA256.documentID(Array(html.utf8)))
        #expect(document?.title == "Mali news")
        #expect(graph.speakers(of: "it would help") == ["Ghana"])
    }

    @Test func evidenceOffsetsPointAtTheWords() {
        let text = "Côte d’Ivoire and Ghana met. Ghana left."
        let graph = Fixture.graph(text)
        let scalars = Array(text.unicodeScalars)
        for node in graph.nodes.values {
            for e in node.evidence {
                guard let start = e.start, let end = e.end else { continue }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<end])
                #expect(node.names.contains(String(view)) || String(view) == "Côte d’Ivoire", "span '\(String(view))' for \(node.id)")
            }
        }
    }

    @Test func emptyAndOddInputsGiveEmptyGraphs() {
        for text in ["", "   \n\n", "\"", "'''", "...", "\u{FEFF}", String(repeating: "(", count: 1000)] {
            let graph = Fixture.graph(text)
            #expect(graph.nodes.isEmpty, "input \(text.debugDescription)")
        }
    }
}
