import ActorGraph
import Testing
@testable import ActorGraphExtraction

/// Stored pages are often cut anywhere: a text may end inside a name, a quote or a parenthesis. Every
/// prefix of a text rich in such forms must extract without a crash.
@Suite("Extraction: texts cut at any point")
struct TruncationTests {
    static let text = """
        Mali: Jimmy “Barbecue” Cherizier meets Col. Assimi Goita

        BAMAKO, Mali (AP) — The Central Bank of Libya said on Sunday (August 18, 2024) it was "suspending all \
        operations," the head of Mali's junta, Assimi Goita, told reporters. “We will not wait,” he said, adding: \
        ‘Kremlin remains in control’ — and the same source continued: "It's hot everywhere."

        Pascal Affi N’Guessan of the Ivorian Popular Front, another candidate, added, “A candidacy as illegal…”

        "Clearly this is a major loss to the northern groups," said
        """

    @Test func everyPrefixExtracts() {
        let scalars = Array(Self.text.unicodeScalars)
        var extracted = 0
        for end in 0...scalars.count {
            var prefix = String.UnicodeScalarView()
            prefix.append(contentsOf: scalars[..<end])
            let graph = Fixture.graph(String(prefix))
            extracted += graph.nodes.isEmpty ? 0 : 1
        }
        // The full text names actors; the empty prefix names none.
        #expect(extracted > 0)
        #expect(extracted <= scalars.count)
    }
}
