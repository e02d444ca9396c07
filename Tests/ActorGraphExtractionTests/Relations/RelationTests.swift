import ActorGraph
@testable import ActorGraphExtraction
import Testing

@Suite struct RelationTests {
    @Test func hostilePatterns() {
        let graph = Fixture.graph("""
            Sweden withdrew from Mali. Niger expelled the French ambassador. \
            The European Union imposed sanctions on Russia. Chad accused Sudan of arming rebels.
            """)
        #expect(graph.relations.contains("Sweden withdrawsFrom Mali"))
        #expect(graph.relations.contains("European Union sanctions Russia"))
        #expect(graph.relations.contains("Chad accuses Sudan"))
        let edge = graph.edges[EdgeKey(source: "country:sweden", target: "country:mali", type: .withdrawsFrom)]
        #expect(edge?.sign == -1)
        #expect(edge?.evidence.first?.excerpt == "Sweden withdrew from Mali.")
        #expect(edge?.evidence.first?.start == 0)
        #expect(edge?.evidence.first?.end == 25)
    }

    @Test func aPassiveAgentIsTheSource() {
        let graph = Fixture.graph("Sanctions were imposed on Mali by ECOWAS. The country is ruled by a junta led by Colonel Assimi Goita.")
        #expect(graph.relations.contains("Economic Community of West African States sanctions Mali"))
        #expect(graph.relations.contains("Assimi Goita leads Malian junta"))
    }

    @Test func cooperativePatterns() {
        let graph = Fixture.graph("""
            Estonia deployed troops alongside Operation Barkhane. Turkey supports Somalia. \
            Britain trained Kenya's forces. Ghana joined ECOWAS.
            """)
        #expect(graph.relations.contains("Estonia participatesIn Operation Barkhane"))
        #expect(graph.relations.contains("Turkey supports Somalia"))
        #expect(graph.relations.contains("Ghana memberOf Economic Community of West African States"))
    }

    @Test func possessivesLeadMissionsAndListsSpreadRelations() {
        let graph = Fixture.graph("""
            France's Barkhane force, which includes Estonia, is also involved in Chad, Niger and Mauritania.
            """)
        #expect(graph.relations.contains("France leads Operation Barkhane"))
        #expect(graph.relations.contains("Estonia participatesIn Operation Barkhane"))
        for country in ["Chad", "Niger", "Mauritania"] {
            #expect(graph.relations.contains("Operation Barkhane deployedIn \(country)"), "Barkhane in \(country)")
        }
    }

    @Test func aNegatedTriggerStatesNoRelation() {
        let graph = Fixture.graph("Norway did not withdraw from Mali.")
        #expect(!graph.relations.contains("Norway withdrawsFrom Mali"))
    }

    @Test func aCommaEndsAClauseNotAList() {
        let graph = Fixture.graph("Due to obstructions by Mali's junta, Canada and Norway left Operation Barkhane.")
        #expect(graph.relations.contains("Malian junta obstructs Canada"))
        #expect(!graph.relations.contains("Malian junta participatesIn Operation Barkhane"))
    }

    @Test func symmetricTensionsBetweenTwoActors() {
        let graph = Fixture.graph("Relations between Algeria and Morocco have deteriorated.")
        #expect(graph.relations.contains("Algeria opposes Morocco"))
    }

    @Test func aListBrokenByAnUnnamedGroupEndsAtTheComma() {
        // "by A, B and the Nordic states deem": B opens the main clause, it is no second agent.
        let graph = Fixture.graph("Owing to repeated obstructions by the Malian junta, Canada and the Nordic states deem the mission over.")
        #expect(graph.relations.contains("Malian junta obstructs Canada"))
        #expect(!graph.relations.contains("Canada obstructs Canada"))
    }

    @Test func theSignatoriesOfAJointStatementCooperate() {
        let graph = Fixture.graph("""
            Spain and its partners, as well as Portugal, said they would end the mission, a joint statement said on Monday.
            "We leave together," the statement said.
            """)
        #expect(graph.relations.contains("Spain cooperatesWith Portugal"))
        // A statement by one actor makes no pair.
        #expect(Fixture.graph("\"We leave,\" Spain said in a statement.").relations.isEmpty)
    }

    @Test func aSentenceThatContinuesTheLastOneKeepsItsSubject() {
        let graph = Fixture.graph("Italy has some 900 soldiers in the Sahel. Of those, some 300 are stationed in Niger.")
        #expect(graph.relations.contains("Italy deployedIn Niger"))
        let unrelated = Fixture.graph("Italy has some 900 soldiers in the Sahel. Ghana said 300 more were stationed in Niger.")
        #expect(!unrelated.relations.contains("Italy deployedIn Niger"))
    }

    @Test func assurancesAndConsultationsAreNegotiations() {
        let graph = Fixture.graph("""
            The European Union said the bloc was waiting for assurances from Mali's junta. Ghana consulted with Togo.
            """)
        #expect(graph.relations.contains("European Union negotiatesWith Malian junta"))
        #expect(graph.relations.contains("Ghana negotiatesWith Togo"))
    }
}
