import ActorGraph
import Testing
@testable import ActorGraphExtraction

/// Who "he" and "she" stand for across sentences: kinds met in held-out sets 22 and 23, on texts we wrote.
@Suite("Attribution: pronouns across sentences")
struct SpeakerContinuityTests {
    @Test func aSubjectAfterOpeningCircumstancesIsWhomHeStandsFor() {
        let graph = Fixture.graph("""
            President Ama Kofi ordered an inquiry. On Tuesday, during a briefing, government spokesman Kwame \
            Asante offered, on behalf of the President, his sympathy to the families. He said: "The attackers \
            want to frighten the villages."
            """)
        #expect(graph.speakers(of: "want to frighten") == ["Kwame Asante"])
    }

    @Test func thePersonWhoSpokeInTheSentenceBeforeOutranksItsFirstName() {
        let graph = Fixture.graph("""
            In a sudden turn, Chad's President Ali Garba was dead, army spokesman Musa Adoum announced on \
            television.

            "A call for calm is made to all citizens," he said.
            """)
        #expect(graph.speakers(of: "A call for calm") == ["Musa Adoum"])
    }
}
