import ActorGraph
import Testing
@testable import ActorGraphExtraction

/// Speakers the text names by their office, by "it" or by a body: kinds met in held-out sets 34–37,
/// on texts we wrote.
@Suite("Attribution: speakers named by office, pronoun or body")
struct SpeakerReferenceTests {
    @Test("the head of the state is the leader the text is about", arguments: [
        "the head of the transition", "the head of state", "the chief of the junta",
    ])
    func theHeadOfTheStateIsTheLeader(office: String) {
        let graph = Fixture.graph("""
            Colonel Amadou Sanogo visited a training camp for volunteers last week.

            The visit was made public on Wednesday.

            "We will not wait any longer. We will take back every village," \(office) said.
            """)
        #expect(graph.speakers(of: "take back every village") == ["Amadou Sanogo"])
    }

    @Test func theHeadsOfStateAreNotTheLeader() {
        let graph = Fixture.graph("""
            Colonel Amadou Sanogo met the bloc's envoy. Envoy Jean Kassi, after the summit, said the heads of \
            state noted "some progress". However, he said, "there are concerns".
            """)
        #expect(graph.speakers(of: "there are concerns") == ["Jean Kassi"])
    }

    @Test func aCompanyNamedAfterItsTradeSpeaksAsOneOrganization() {
        let graph = Fixture.graph("""
            French cobalt miner Veralis said on Friday it had evacuated its staff. The company was warned of a \
            "security event" near the border, it said in a statement. "Measures were taken at once," Veralis said.
            """)
        #expect(graph.names(.organization) == ["Veralis"])
        #expect(graph.names(.person).isEmpty)
        #expect(graph.speakers(of: "security event") == ["Veralis"])
        #expect(graph.speakers(of: "Measures were taken") == ["Veralis"])
    }

    @Test func aSourceDescribedAsAnOutletIsAnOrganizationAndItsDescriptionIsNotWhatItSaid() {
        let graph = Fixture.graph("""
            According to Kano Info, an Agadez-based media outlet that covers the north, armed men were seen \
            near the village. "They asked herders about foreigners," it said.
            """)
        #expect(graph.names(.organization) == ["Kano Info"])
        #expect(graph.speakers(of: "armed men were seen") == ["Kano Info"])
        #expect(graph.speakers(of: "media outlet").isEmpty)
        #expect(graph.speakers(of: "They asked herders") == ["Kano Info"])
    }

    @Test func aResidentOfATownSpeaksNotTheTown() {
        let graph = Fixture.graph("""
            "The situation is frightening," a resident of Kabbe told reporters. Amina Tesfay, a lecturer at \
            Kabbe University, said the fears persist. "Nobody has taken office," she said.
            """)
        #expect(!graph.names(.person).contains("Kabbe"))
        #expect(graph.speakers(of: "Nobody has taken office") == ["Amina Tesfay"])
        #expect(graph.speakers(of: "The situation is frightening") == ["resident of Kabbe"])
    }

    @Test("an unnamed speaker is named without the words that say so", arguments: [
        ("an anonymous Kabbe resident", "Kabbe resident"), ("a Kabbe church deacon", "Kabbe church deacon"),
        ("an unidentified passenger", "passenger"),
    ])
    func anUnnamedSpeakersName(description: String, name: String) {
        let graph = Fixture.graph("\"We heard shots near the river,\" \(description) told reporters.")
        #expect(graph.speakers(of: "We heard shots") == [name])
    }

    @Test func aStatementIssuedByAnOfficeIsItsHoldersWords() {
        let graph = Fixture.graph("""
            Prime Minister Peter Kamau and his guest signed a port deal on Monday. "The deal opens the sea to our farmers," said a \
            statement issued by Kamau's office. "It also deepens our partnership," the statement said.
            """)
        #expect(graph.speakers(of: "opens the sea") == ["Peter Kamau"])
        #expect(graph.speakers(of: "deepens our partnership") == ["Peter Kamau"])
    }

    @Test func aRankAfterADemonymWithoutANameIsItsHolder() {
        let graph = Fixture.graph("""
            Colonel Amadou Sanogo spoke in New York on Monday. The Malian Colonel rejected these accusations, \
            labeling them as "reckless and defamatory," asserting that the army is "fully competent in the use of drones."
            """)
        #expect(graph.speakers(of: "reckless and defamatory") == ["Amadou Sanogo"])
        #expect(graph.speakers(of: "fully competent") == ["Amadou Sanogo"])
    }

    @Test func aPoliceRankBeforeTheNameInApposition() {
        let graph = Fixture.graph("""
            The spokesperson for the state police command, SP Musa Danladi, said, "One bandit went to the village \
            with a gun."
            """)
        #expect(graph.speakers(of: "One bandit went") == ["Musa Danladi"])
    }

    @Test func oneOfTheGirlsNamedInAppositionIsTheSheWhoSpeaks() {
        let graph = Fixture.graph("""
            "I am happy to announce that the girls are free," Governor Bello Kura said. One of the girls, \
            Hafsat Umar, recounted their ordeal.

            "We trekked all the way," she said.
            """)
        #expect(graph.speakers(of: "We trekked all the way") == ["Hafsat Umar"])
    }

    @Test func anAccusationIsTheAccusersWords() {
        let graph = Fixture.graph("""
            "We are ready to talk," said Benin's President Patrice Talon. The Nigerien military regime on Saturday \
            accused Benin of having "kidnapped" five of its nationals.
            """)
        let niger = graph.nodes["organization:niger-government"]?.name
        #expect(niger != nil)
        #expect(graph.speakers(of: "five of its nationals") == [niger].compactMap { $0 })
    }

    @Test func theActorAfterWithIsTheParticiplesSubject() {
        let graph = Fixture.graph("""
            Last week, five Nigeriens were arrested at the Seme port, with authorities in Benin accusing at least \
            two of them of being "agents" of the Nigerien junta posing as employees.
            """)
        let benin = graph.nodes["organization:benin-government"]?.name
        #expect(benin != nil)
        #expect(graph.speakers(of: "at least two of them") == [benin].compactMap { $0 })
    }

    @Test func heIsTheUnnamedSpeakerJustIntroduced() {
        let graph = Fixture.graph("""
            An official from the region said three people were kidnapped. A Malian security source, speaking on \
            condition of anonymity, also said they were taken near the border.

            He described the abductees as "religious people".
            """)
        #expect(graph.speakers(of: "religious people") == ["Malian security source"])
    }

    @Test func heIsNotAnUnnamedSpeakerOnlyPointedBackTo() {
        let graph = Fixture.graph("""
            "The village was attacked this morning," a regional security source told AFP. The official of the \
            Volunteers for the Defense of the Fatherland (VDP) confirmed the attack. "It is a provisional toll," \
            said the official. "An operation was launched," the source added.

            He told AFP that "the attackers set houses on fire".
            """)
        #expect(graph.speakers(of: "set houses on fire") != ["regional security source"])
    }

    @Test func aTitleCaseHeadlineNamesNoNational() {
        let graph = Fixture.graph("""
            Italian Family, Togolese National Taken Hostage By Armed Men In Mali

            Armed men kidnapped three Italians and a Togolese, an official said.
            """)
        #expect(!graph.names(.person).contains("Taken Hostage"))
    }

    @Test func theSameSourceIsWhoeverSpokeLast() {
        let graph = Fixture.graph("""
            "We condemn these actions," the Ministry of Foreign Affairs of Burkina Faso said in a statement. The \
            minister "called on the Security Council to act," the same source added.
            """)
        #expect(graph.speakers(of: "called on the Security Council") == ["Ministry of Foreign Affairs"])
    }

    @Test func aSpeakerNamedAfterAModifiedPersonNoun() {
        let graph = Fixture.graph("""
            "Today is a historic day," said civil servant Boulan Sidibe.
            """)
        #expect(graph.speakers(of: "historic day") == ["Boulan Sidibe"])
    }

    @Test func whatItDescribedAsIsTheSentencesSubjects() {
        let graph = Fixture.graph("""
            "We close our airspace," the Ministry of Foreign Affairs said. Algeria further rejected what it \
            described as "false allegations", pointing out that such claims "only conceal a failure".
            """)
        #expect(graph.speakers(of: "false allegations") == ["Algeria"])
        #expect(graph.speakers(of: "only conceal a failure") == ["Algeria"])
    }

    @Test func aSurnameWithTwoLettersSwappedIsThePersonNamedBefore() {
        let graph = Fixture.graph("""
            Government spokesperson Michael Makuei confirmed the arrest on Friday. Information Minister Makeui \
            alleged that the vice president had "contacted his forces".
            """)
        #expect(graph.speakers(of: "contacted his forces") == ["Michael Makuei"])
    }

    @Test func anAcronymTheTextDefinesIsThatBodys() {
        let graph = Fixture.graph("""
            According to a statement from Reporters Without Borders (RSF), two journalists were conscripted. RSF \
            condemned what it called "this new way to silence reporters".
            """)
        #expect(graph.names(.organization) == ["Reporters Without Borders"])
        #expect(Set(graph.speakers(of: "new way to silence")) == ["Reporters Without Borders"])
    }

    @Test func aClauseAfterSaidIsWhatWasSaidNotWhoSaidIt() {
        let graph = Fixture.graph("""
            Burkina Faso conscripted two journalists. Sadou Marong, director of the group's Africa desk, said the \
            junta must rescind the summons.
            """)
        #expect(graph.speakers(of: "the junta must rescind") == ["Sadou Marong"])
    }

    @Test func aPersonNounInAppositionMakesAPerson() {
        let graph = Fixture.graph("""
            Mabinty Kamara, a 23-year-old baker, voted on Sunday for the first time. She came to the polling \
            station in a golden dress. "I feel proud. I feel free, thanks to this card," she said.
            """)
        #expect(graph.names(.person) == ["Mabinty Kamara"])
        #expect(graph.speakers(of: "I feel proud") == ["Mabinty Kamara"])
    }

    @Test func heIsTheOnlyUnnamedVoiceOfATextThatNamesNobody() {
        let graph = Fixture.graph("""
            An army convoy was ambushed on Monday, a senior security source told AFP.

            The attackers first fired on the convoy, the source said.

            Five soldiers died, he said, describing the attack as "well-planned".
            """)
        #expect(graph.speakers(of: "Five soldiers died") == ["senior security source"])
    }

    @Test func anOrganizationDescribedWithAPlaceBasedModifier() {
        let graph = Fixture.graph("""
            Kora Parks, a South Africa-based conservation group that manages the park, also confirmed the attack.
            """)
        #expect(graph.names(.organization) == ["Kora Parks"])
    }

    @Test func aQuoteBeforeAnObjectVerbThatEndsTheSentence() {
        let graph = Fixture.graph("""
            "The army failed us," Colonel Sani Yaro said. "It is time for concrete answers," Mr Kodi urged on Facebook.
            """)
        #expect(graph.speakers(of: "time for concrete answers") == ["Kodi"])
    }

    @Test func asReportedByNamesTheSource() {
        let graph = Fixture.graph("""
            The soldiers will train local troops, as reported by Amnesty International.
            """)
        #expect(graph.speakers(of: "will train local troops") == ["Amnesty International"])
    }

    @Test func aPersonsLawyersSpeakNotThePerson() {
        let graph = Fixture.graph("""
            President Mohamed Bazoum remains in detention. "The decisions of the court are final," Bazoum's \
            collective of lawyers said in a statement.
            """)
        #expect(graph.speakers(of: "decisions of the court") == ["Bazoum's collective of lawyers"])
    }

    @Test func aNameAfterAQuoteWithALongApposition() {
        let graph = Fixture.graph("""
            "He is the right man for the job," Saleh Kebzi, former presidential candidate and opponent of the \
            late president, and the first vice-president of the committee, told AFP.
            """)
        #expect(graph.speakers(of: "the right man for the job") == ["Saleh Kebzi"])
    }

    @Test func aRoleOfABodyWithNoHolderIsTheBody() {
        let graph = Fixture.graph("""
            According to the President of the ECOWAS Commission, the six-month period will serve as a \
            "transition period".
            """)
        #expect(graph.speakers(of: "six-month period") == ["ECOWAS Commission"])
    }

    @Test func statesThatReportsSpeech() {
        let graph = Fixture.graph("""
            The three member states left the bloc in January. Their communiqué further states that "this \
            decision is not binding on our countries".
            """)
        #expect(!graph.speakers(of: "not binding on our countries").isEmpty)
        #expect(graph.names(.organization).allSatisfy { !$0.contains("states") })
    }

    @Test func aPersonNounBeforeANameMakesAPerson() {
        let graph = Fixture.graph("""
            A security official said the convoy arrived on Tuesday. Djibo resident Amsatou Kone, speaking to AFP by \
            phone, confirmed the arrival.

            "There have been songs of joy in the town," she said.
            """)
        #expect(graph.names(.person).contains("Amsatou Kone"))
        #expect(graph.speakers(of: "songs of joy") == ["Amsatou Kone"])
    }
}
