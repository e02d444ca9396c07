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

    @Test func aCircumstanceAndACommaLeadToAQuoteOverTwoSentences() {
        let graph = Fixture.graph("""
            The junta leader, General Musa Tanko, spoke on Saturday.

            He stated in a televised address broadcast by state radio, \u{201C}Our aim is not to keep power. \
            The transition will be short.

            \u{201C}We are open to dialogue.\u{201D}

            Later, Adamu Sule said, \u{201C}We met him and heard his side.
            """)
        #expect(graph.speakers(of: "Our aim is not to keep power") == ["Musa Tanko"])
        #expect(graph.speakers(of: "We met him") == ["Adamu Sule"])
    }

    @Test func aParagraphAllQuoteAfterAParagraphAboutOnePerson() {
        let graph = Fixture.graph("""
            Rebels kill farmers

            President Ali Garba has expressed grief over the killing of farmers near Dikwa, describing the \
            attack as senseless.

            \u{201C}I condemn the killing of our farmers. My thoughts are with their families.\u{201D}

            Garba said the army had all the support it needed.
            """)
        #expect(graph.speakers(of: "I condemn the killing") == ["Ali Garba"])
    }

    @Test func itOpeningASentenceIsTheActorTheSentenceBeforeOpensWith() {
        let graph = Fixture.graph("""
            Nairobi \u{2014} Somalia has rejected the port deal between Ethiopia and Somaliland. It has also \
            recalled its ambassador \u{201C}for consultations\u{201D}.

            Ethiopia said the deal \u{201C}harms no one\u{201D}.
            """)
        #expect(graph.speakers(of: "for consultations") == ["Somalia"])
    }

    @Test func aPronounInAQuotesClauseIsWhoSpokeThereNotWhoSpokeLast() {
        let graph = Fixture.graph("""
            The UN Security Council met on Thursday, and it wants \u{201C}an immediate halt to the \
            fighting\u{201D} around the city.

            The Rapid Support Forces said the text was \u{201C}biased\u{201D}.
            """)
        #expect(graph.speakers(of: "an immediate halt") == ["UN Security Council"])
    }

    @Test func forAPersonNamedInARoleTheRestIsTheirView() {
        let graph = Fixture.graph("""
            Attacks rose in the north. For Ghanaian political scientist and essayist Kofi Mensah, the silence \
            stems from a \u{201C}policy of lockdown.\u{201D}

            The regulator has \u{201C}forbidden reporters from naming the victims,\u{201D} he told AFP.
            """)
        #expect(graph.speakers(of: "policy of lockdown") == ["Kofi Mensah"])
        #expect(graph.speakers(of: "forbidden reporters") == ["Kofi Mensah"])
    }

    @Test func aRoleInAppositionBeforeTheNameOpensTheSentenceHeContinues() {
        let graph = Fixture.graph("""
            A prefect, Ali Mahamat, said nine people were killed. The region\u{2019}s governor, Idriss Noki, gave \
            a toll of at least ten dead.

            He said the attack had taken place in a \u{201C}red zone, where fishing is forbidden\u{201D}.
            """)
        #expect(graph.speakers(of: "red zone") == ["Idriss Noki"])
    }

    @Test func aClauseOpeningWithItsVerbHasTheSentencesSubject() {
        let graph = Fixture.graph("""
            The Alliance of Sahel States (AES), a confederation of three nations, accused Algeria of an \
            \u{201C}irresponsible act\u{201D} on Monday.
            """)
        #expect(graph.speakers(of: "irresponsible act") == ["Alliance of Sahel States"])
    }

    @Test func aPersonOwningTheRoleInAppositionIsNotTheSpeaker() {
        let graph = Fixture.graph("""
            Andriy Melnyk, Ukrainian President Volodymyr Zelenskyy's chief of staff, said the meeting had been \
            "a very productive first session".
            """)
        #expect(graph.speakers(of: "very productive") == ["Andriy Melnyk"])
    }

    @Test func aFragmentQuotedBeforeAnInvertedSpeakerIsTheSpeakersReport() {
        let graph = Fixture.graph("Troops left. The convoy was \"heading for Chad\", said Colonel John Smith.")
        #expect(graph.speakers(of: "heading for Chad") == ["John Smith"])
    }
}
