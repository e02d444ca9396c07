import ActorGraph
import Testing
@testable import ActorGraphExtraction

/// How speakers the text describes are named: kinds met in held-out sets 24 and 25, on texts we wrote.
@Suite("Attribution: naming described speakers")
struct SpeakerNamingTests {
    @Test func anUnnamedSpeakerWithAQualifierIsAlsoItsHeadNoun() {
        let graph = Fixture.graph("""
            Gunmen raided the market. "They came at dawn," a police officer in the region said on condition \
            of anonymity.
            """)
        #expect(graph.speakers(of: "They came at dawn") == ["police officer in the region"])
        let id = graph.id("police officer in the region")
        #expect(id.flatMap { graph.nodes[$0]?.aliases } == ["police officer"])
    }

    @Test("a role with its complement before a name makes it a person", arguments: [
        "\"We call attention to the abuses,\" said deputy U.S. Ambassador to the United Nations Mary Kline.",
        "UN special envoy to Yemen Mary Kline called the release \"We call attention to the abuses\".",
    ])
    func roleWithComplementBeforeAName(text: String) {
        let graph = Fixture.graph(text)
        #expect(graph.names(.person) == ["Mary Kline"])
        #expect(graph.speakers(of: "We call attention") == ["Mary Kline"])
    }
}
