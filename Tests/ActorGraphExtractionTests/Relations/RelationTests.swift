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
}
