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

    @Test func aLongNameWithParticlesIsOnePerson() {
        let graph = Fixture.graph("""
            Oman has brokered a truce, Omani Foreign Minister Sayyid Badr bin Hamad bin Hamood Albusaidi said on \
            Tuesday. The minister also thanked both parties for their "constructive" engagement.
            """)
        #expect(graph.names(.person) == ["Sayyid Badr bin Hamad bin Hamood Albusaidi"])
        #expect(graph.speakers(of: "constructive") == ["Sayyid Badr bin Hamad bin Hamood Albusaidi"])
    }

    @Test func aGivenNameAfterAnOutletsPossessiveIsAPerson() {
        let graph = Fixture.graph("\"The situation is very dire,\" said Al Jazeera\u{2019}s Ahmed Idris.")
        #expect(graph.speakers(of: "very dire") == ["Ahmed Idris"])
    }

    @Test func aNameThenWhoTheyAreBeforeTheVerb() {
        let graph = Fixture.graph("""
            Food ran short in the camp. \u{201C}We are distributing tokens so that things are orderly,\u{201D} \
            Ahmat Absakine, Caritas staff member said.
            """)
        #expect(graph.speakers(of: "distributing tokens") == ["Ahmat Absakine"])
    }

    @Test func aNationalSecurityCouncilIsNotTheUNs() {
        let graph = Fixture.graph("Ghana's National Security Council met on Monday.")
        #expect(graph.nodes["organization:un-security-council"] == nil)
    }

    @Test func praiseAndWelcomeReportAQuote() {
        let graph = Fixture.graph("""
            Governor Marc Kashe praised "the good collaboration between the government and the UN".
            """)
        #expect(graph.speakers(of: "good collaboration") == ["Marc Kashe"])
        // Without a quote, welcoming is no statement.
        #expect(Fixture.graph("Governor Marc Kashe welcomed the decision.").statements.isEmpty)
    }

    @Test func hyphenatedModifiersLeadToTheOrganizationNotTheCountryOfItsBase() {
        let graph = Fixture.graph("""
            UK-based non-government group Human Rights Concern Eritrea said on Tuesday that Eritrea had ordered \
            a "nationwide military mobilisation".
            """)
        #expect(graph.speakers(of: "nationwide military mobilisation") == ["Human Rights Concern"])
    }

    @Test func aCoalitionDescribedIsTheSpeakerNotWhomItUrges() {
        let graph = Fixture.graph("""
            Talks stalled. A coalition of opposition candidates urged the president, better known by his nickname \
            Farmaajo, to \u{201C}respect the constitution\u{201D} and ensure a peaceful transfer of power.
            """)
        #expect(graph.speakers(of: "respect the constitution") == ["coalition of opposition candidates"])
    }

    @Test func aPartyNounBeforeAGivenNameIsAPersonsRole() {
        let graph = Fixture.graph("""
            Later, the head of the Popular Alliance for Change (PAC) opposition party Jean Pierre Fabre hit out \
            at the reform. "Enough is enough," he said.
            """)
        #expect(graph.names(.person) == ["Jean Pierre Fabre"])
        #expect(graph.names(.organization) == ["Popular Alliance for Change"])
        #expect(graph.speakers(of: "Enough is enough") == ["Jean Pierre Fabre"])
    }

    @Test func aRelativeClauseEndsTheDescriptionOfAnUnnamedSpeaker() {
        let graph = Fixture.graph("""
            The governor gave a toll. \u{201C}So far, 24 corpses have been identified,\u{201D} said a source who was \
            on the ground in Mamfe.
            """)
        #expect(graph.speakers(of: "24 corpses") == ["source"])
    }
}
