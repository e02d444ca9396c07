import ActorGraph
@testable import ActorGraphExtraction
import Testing

@Suite struct QuoteTests {
    @Test func aQuoteBeforeTheVerbAndItsSpeaker() {
        let graph = Fixture.graph("\u{201C}The answer will come soon,\u{201D} Nigerian Foreign Minister Yusuf Tuggar said.")
        let s = graph.statements.first
        #expect(s?.speakers == ["Yusuf Tuggar"])
        #expect(s?.text == "The answer will come soon")
        #expect(s?.quote == "direct")
    }

    @Test func theVerbBeforeItsSpeaker() {
        let graph = Fixture.graph("\"The borders stay closed,\" said ECOWAS.")
        #expect(graph.speakers(of: "borders stay closed") == ["Economic Community of West African States"])
    }

    @Test func reportedSpeechAfterThat() {
        let graph = Fixture.graph("Ghana said that it would send observers to the vote.")
        let s = graph.statements.first
        #expect(s?.speakers == ["Ghana"])
        #expect(s?.text == "it would send observers to the vote")
        #expect(s?.quote == "indirect")
    }

    @Test func reportedSpeechBeforeATrailingVerb() {
        let graph = Fixture.graph("The mission will close in June, the United Nations said on Friday.")
        #expect(graph.speakers(of: "The mission will close in June") == ["United Nations"])
    }

    @Test func accordingTo() {
        let graph = Fixture.graph("Some 300 soldiers were deployed, according to the African Union.")
        #expect(graph.speakers(of: "Some 300 soldiers were deployed") == ["African Union"])
    }

    @Test func aQuoteOverTwoParagraphsIsOneStatement() {
        let text = """
            Interior Minister Daniel Chu said: "The first part ends here.

            "And the second part follows," he added.
            """
        let graph = Fixture.graph(text)
        #expect(graph.statements.contains { $0.text.contains("first part") && $0.text.contains("second part") && $0.speakers == ["Daniel Chu"] })
    }

    @Test func fragmentsInsideReportedSpeechStayInTheStatement() {
        let graph = Fixture.graph("Niger's junta said it \u{201C}firmly\u{201D} rejected the \u{2018}unfair\u{2019} measures.")
        let s = graph.statements.first
        #expect(s?.speakers == ["Nigerien junta"])
        #expect(s?.text.contains("firmly") == true)
    }

    @Test func aParticipleKeepsTheSpeaker() {
        let graph = Fixture.graph("Chad said the troops would stay, adding that talks with Sudan would continue.")
        #expect(graph.speakers(of: "talks with Sudan would continue") == ["Chad"])
    }

    @Test func aJointStatementSpeaksForItsSignatories() {
        let text = """
            Kenya and Uganda, as well as Rwanda, said they would send troops, a joint statement said.
            "We stand together," the statement said.
            """
        let graph = Fixture.graph(text)
        // "the statement said" after the signatories spoke in it: their words.
        #expect(Set(graph.speakers(of: "We stand together")) == ["Kenya", "Uganda", "Rwanda"])
        let joint = graph.nodes.values.first { $0.kind == .statement && $0.name == "Joint statement" }
        let signatories = graph.edges.values.filter { $0.type == .said && $0.target == joint?.id }.map(\.source)
        #expect(Set(signatories) == ["country:kenya", "country:uganda", "country:rwanda"])
    }

    @Test func aNameAndAColonAttributeWhatFollows() {
        let graph = Fixture.graph("Kagame: Rwanda will not 'bow to pressure' from donors")
        #expect(graph.speakers(of: "bow to pressure") == ["Kagame"])
    }

    @Test func anAnonymousSourceIsAnUnnamedSpeakerAndInnerSpeechKeepsItsOwn() {
        let graph = Fixture.graph("""
            Mali's junta met on Monday. A source close to the government said the authorities had called for "an immediate pullout".
            """)
        // The inner "called for" is the junta's; the source's report is the source's, not the government's.
        #expect(graph.statements.contains { $0.speakers == ["Malian junta"] && $0.text.contains("immediate pullout") })
        let reported = graph.statements.first { $0.text.hasPrefix("the authorities had called") }
        #expect(reported?.speakers == ["source close to the government"])
        let source = graph.nodes.values.first { $0.name == "source close to the government" }
        #expect(source?.kind == .person)
        #expect(source?.attributes["unnamed"] == "yes")
        #expect(source?.id.hasPrefix("person:") == true && source?.id != "person:source-close-to-the-government")
    }

    @Test func aDescribedSpeakerSpeaksForTheActorItBelongsTo() {
        let graph = Fixture.graph("""
            Africa Corps arrived in Niamey. A serviceman of the corps said that they were there to "develop cooperation".
            """)
        #expect(graph.speakers(of: "develop cooperation") == ["Africa Corps"])
    }

    @Test func aDescribedGroupThatSpeaksBecomesOneUnnamedNode() {
        let graph = Fixture.graph("""
            The leaders of the three Sahel nations said it was a "sovereign decision". Later the leaders of the three Sahel nations said they would meet again.
            """)
        #expect(graph.speakers(of: "sovereign decision") == ["leaders of the three Sahel nations"])
        let groups = graph.nodes.values.filter { $0.name == "leaders of the three Sahel nations" }
        #expect(groups.count == 1)
        #expect(groups.first?.kind == .organization)
        // A pronoun or a bare plural is no description: "Officials said" makes no node.
        let plain = Fixture.graph("Officials said the border would reopen.")
        #expect(plain.nodes.values.allSatisfy { $0.kind != .person && $0.kind != .organization })
    }

    @Test func aQuotedPhraseOutsideSpeechIsTheClauseSubjects() {
        let graph = Fixture.graph("""
            In response, Mali has decided to cut diplomatic ties with Ukraine \u{201C}with immediate effect.\u{201D} \
            With the help of France, Mali's army certified the handover with a "solemn ceremony".
            """)
        #expect(graph.speakers(of: "with immediate effect") == ["Mali"])
        #expect(graph.speakers(of: "solemn ceremony") == ["Malian armed forces"])
        #expect(graph.statements.first { $0.text == "solemn ceremony" }?.quote == "direct")
    }

    @Test func aParticipleAfterAVerbWithoutAQuoteKeepsItsSubject() {
        let graph = Fixture.graph("""
            Nigerian President Bola Tinubu denounced the coup, saying the bloc "rejects any interruption to constitutional order".
            """)
        #expect(graph.speakers(of: "rejects any interruption") == ["Bola Tinubu"])
    }

    @Test func aRelativeClauseBeforeTheVerbIsSkipped() {
        let graph = Fixture.graph("""
            Ulf Laessing, a specialist on the Sahel for the Konrad Adenauer Foundation, which promotes democracy, told the BBC that the supplies were "a survival package".
            """)
        #expect(graph.speakers(of: "survival package") == ["Ulf Laessing"])
    }

    @Test func moreVerbsOfSaying() {
        let graph = Fixture.graph("""
            Ukrainian spokesman Andriy Yusov suggested that the rebels had received "necessary information". \
            Mali's Foreign Minister Abdoulaye Diop asked for the mission's withdrawal "without delay".
            """)
        #expect(graph.speakers(of: "necessary information") == ["Andriy Yusov"])
        #expect(graph.speakers(of: "without delay") == ["Abdoulaye Diop"])
    }

    @Test func statementsAreAboutWhatTheyNameWithAStance() {
        let graph = Fixture.graph("Senegal said the coup in Guinea was illegal and unacceptable.")
        let about = graph.edges.values.first { $0.type == .about && $0.target == "country:guinea" }
        #expect(about?.sign == -1)
    }
}

@Suite struct QuoteSubjectTests {
    @Test func anAppositionWithoutNamesLeavesTheSubjectBeforeIt() {
        let graph = Fixture.graph("Mali and Burkina Faso, also ruled by juntas, have said any intervention would be war.")
        #expect(Set(graph.speakers(of: "any intervention would be war")) == ["Mali", "Burkina Faso"])
    }

    @Test func aTimePhraseBeforeThatIsNotSaid() {
        let graph = Fixture.graph("Ghana said on Thursday that the talks would resume.")
        #expect(graph.statements.first?.text == "the talks would resume")
    }

    @Test func theSpeakerIsTheHeadOfItsNounPhrase() {
        let graph = Fixture.graph("""
            Last week, U.N. political chief Rosemary DiCarlo accused allies of the warring forces of \u{201C}enabling the slaughter\u{201D}. \
            Nigerien public broadcaster ORTN reported Thursday that the pipeline was closed. \
            The United Nations chief, Antonio Guterres, has ended a visit with \u{201C}heavy heart\u{201D}.
            """)
        #expect(graph.speakers(of: "enabling the slaughter") == ["Rosemary DiCarlo"])
        #expect(graph.speakers(of: "the pipeline was closed") == ["ORTN"])
        #expect(graph.speakers(of: "heavy heart") == ["Antonio Guterres"])
    }

    @Test func aQuoteBeforeAnAttributedQuoteIsTheSameSpeakers() {
        let graph = Fixture.graph("""
            Rwandan President Paul Kagame visited the troops. The colleagues \u{201C}are going to stay ahead\u{201D} and \u{201C}garrison those zones,\u{201D} he added.
            """)
        #expect(graph.speakers(of: "are going to stay ahead") == ["Paul Kagame"])
        #expect(graph.speakers(of: "garrison those zones") == ["Paul Kagame"])
    }

    @Test func aWholeSentenceQuoteContinuesTheLatestSpeakerNotTheLatestFound() {
        let graph = Fixture.graph("""
            Last week, UN envoy Rosemary DiCarlo accused the allies of \u{201C}enabling the slaughter\u{201D}. \
            U.S. President Joe Biden spoke on Monday. \u{201C}On Sudan, we see a crisis,\u{201D} he said. \u{201C}This deserves our collective outrage.\u{201D}
            """)
        #expect(graph.speakers(of: "collective outrage") == ["Joe Biden"])
    }

    @Test func aNameInAppositionAfterTheVerbSpeaks() {
        let graph = Fixture.graph("\"We are ready to continue,\" said the Head of UNSOS, Dr Aisa Kacyira Kirabo.")
        #expect(graph.speakers(of: "We are ready") == ["Aisa Kacyira Kirabo"])
    }

    @Test func aRoleNoHolderClaimsIsTheOneWhoJustSpoke() {
        let graph = Fixture.graph("""
            "Today is a new dawn," Olusegun Obasanjo stressed. The former Nigerian leader said the AU would "monitor" the deal.
            """)
        #expect(graph.speakers(of: "the AU would") == ["Olusegun Obasanjo"])
    }

    @Test func aHeadlineRoleNamesItsHolderFurtherDown() {
        let graph = Fixture.graph("""
            UN chief \u{2018}deeply concerned\u{2019} as fears of war loom

            The United Nations chief, Antonio Guterres, called for talks.
            """)
        #expect(graph.speakers(of: "deeply concerned") == ["Antonio Guterres"])
    }

    @Test func adjectivesAreNotVerbsOfSaying() {
        let graph = Fixture.graph("Kigali claims the death of five people due to alleged cross-border firing.")
        #expect(!graph.statements.contains { $0.text.hasPrefix("cross-border") })
    }

    @Test func theyAreTheSpeakersJustBeforeOrTheGroupTheSentenceBeforeOpensWith() {
        let together = Fixture.graph("""
            Spain and Italy said the talks had failed. "We will leave," they said.
            """)
        #expect(Set(together.speakers(of: "We will leave")) == ["Spain", "Italy"])
        let soldiers = Fixture.graph("""
            Captain Ibrahim Traore spoke first. Around 15 soldiers in fatigues appeared on television. \
            \u{201C}We have decided to act,\u{201D} they said.
            """)
        #expect(soldiers.speakers(of: "We have decided to act") == ["Around 15 soldiers in fatigues"])
    }

    @Test func ranksWithoutTheirFullStop() {
        let graph = Fixture.graph("Capt Ibrahim Traore and Col Assimi Goita met Gen Abdourahmane Tchiani in Niamey.")
        #expect(Set(graph.names(.person)) == ["Ibrahim Traore", "Assimi Goita", "Abdourahmane Tchiani"])
    }

    @Test func parentheticalSegmentsBeforeTheVerbAreSkipped() {
        let graph = Fixture.graph("""
            Foreign Minister Abderaman Koulamallah spoke on Thursday. Koulamallah, at a briefing after a meeting between \
            President Mahamat Idriss Deby and Jean-Noel Barrot, called France \u{201C}an essential partner\u{201D}.
            """)
        #expect(graph.speakers(of: "an essential partner") == ["Abderaman Koulamallah"])
    }

    @Test func theGroupAndTheArmySpeak() {
        let graph = Fixture.graph("""
            JNIM claimed the attack on Bamako. The group claimed to have inflicted \u{201C}major losses.\u{201D} \
            \u{201C}This cowardly attack led to some losses,\u{201D} the army said. Mali's army takeovers were not discussed.
            """)
        #expect(graph.speakers(of: "major losses") == ["Jama'at Nusrat al-Islam wal-Muslimin"])
        #expect(graph.speakers(of: "This cowardly attack") == ["Malian armed forces"])
        // "the army takeovers" is no speaker: only one armed forces node, from the speaking army.
        #expect(graph.names(.organization).filter { $0.contains("armed forces") } == ["Malian armed forces"])
    }

    @Test func theArmyAloneMakesNoNodeUnlessItActs() {
        let graph = Fixture.graph("Mali held talks. The army was not consulted about the plan.")
        #expect(!graph.names(.organization).contains { $0.contains("armed forces") })
    }

    @Test func aDocumentFromItsAuthorsIsTheirs() {
        let graph = Fixture.graph("""
            \u{201C}We celebrate a new step,\u{201D} said the statement from Niger's military rulers.
            """)
        #expect(graph.speakers(of: "We celebrate a new step") == ["Niger government"])
        // A speaking document is named by its noun.
        let decree = Fixture.graph("The decree reads: \u{201C}It is forbidden to hold meetings.\u{201D}")
        #expect(decree.speakers(of: "It is forbidden") == ["Decree"])
    }

    @Test func theAgentOfAPassiveWithAsSpeaksTheQuote() {
        let graph = Fixture.graph("""
            President Emmanuel Macron announced that France would withdraw its ambassador, a move welcomed by \
            Niger's military leaders as a "step towards sovereignty".
            """)
        #expect(graph.speakers(of: "step towards sovereignty").contains("Niger government"))
    }

    @Test func aQuoteInsideAClauseIsNotAQuoteBeforeTheVerb() {
        let graph = Fixture.graph("""
            Troops were able to \u{201C}neutralize\u{201D} the attackers, army Chief of Staff Oumar Diarra said on national TV.
            """)
        #expect(graph.speakers(of: "neutralize") == ["Oumar Diarra"])
        #expect(graph.statements.first { $0.text.contains("neutralize") }?.quote == "indirect")
    }

    @Test func describedCountriesSpeak() {
        let graph = Fixture.graph("""
            The three Sahel countries said in their joint statement that they condemned the "irresponsible act".
            """)
        #expect(graph.speakers(of: "irresponsible act").contains("three Sahel countries"))
    }

    @Test func aRoleWithADemonymIsThePersonTiedToThatCountry() {
        let graph = Fixture.graph("""
            Gen Abdourahmane Tchiani said the bloc had failed. Tchiani hosted Burkina Faso's Capt Ibrahim Traore. \
            In a message on X, the Burkinabe leader said that "together, we will consolidate our independence".
            """)
        #expect(graph.speakers(of: "we will consolidate") == ["Ibrahim Traore"])
    }

    @Test func heIsThePersonTheSentenceBeforeIsAbout() {
        let graph = Fixture.graph("""
            French journalist Olivier Dubois said he was relieved. U.S. aid worker Jeffery Woodke was freed too. \
            Woodke, a humanitarian worker, thanked the authorities. \u{201C}Greetings to my family,\u{201D} he said.
            """)
        #expect(graph.speakers(of: "Greetings to my family") == ["Jeffery Woodke"])
    }

    @Test func anUnnamedSpeakerIsNeverWhatHeStandsFor() {
        let graph = Fixture.graph("""
            Colonel Faizou Gomina met the troops. A security source said the visit was short. \
            "Wake up, officers, we have battles to win," he said.
            """)
        #expect(graph.speakers(of: "Wake up") == ["Faizou Gomina"])
    }

    @Test func theGovernmentSpokesmanIsTheSpokesman() {
        let graph = Fixture.graph("""
            "This is disinformation," government spokesperson Pingdwende Gilbert Ouedraogo wrote. \
            The government spokesman insisted that some hundred "terrorists" were killed.
            """)
        #expect(graph.speakers(of: "some hundred").contains("Pingdwende Gilbert Ouedraogo"))
    }

    @Test func aDescribedGroupOpeningTheClauseSpeaksItsQuote() {
        let graph = Fixture.graph("""
            After the meeting, regional leaders decided "to suspend Guinea with immediate effect".
            """)
        #expect(graph.speakers(of: "to suspend Guinea") == ["regional leaders"])
    }
}
