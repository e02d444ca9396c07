import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Collective actors named only by a common noun ("Islamist insurgents", "its European partners").
@Suite struct GroupTests {
    @Test func anOwnedCoalitionAndAnArmedGroupTakePartInRelations() {
        let graph = Fixture.graph("France and its European partners fight Islamist insurgents in Mali.")
        #expect(Set(graph.names(.organization)) == ["European partners", "Islamist insurgents"])
        #expect(graph.relations.contains("France alliedWith European partners"))
        #expect(graph.relations.contains("France opposes Islamist insurgents"))
        #expect(graph.relations.contains("European partners opposes Islamist insurgents"))
        #expect(graph.relations.contains("Islamist insurgents locatedIn Mali"))
        let partners = graph.nodes.values.first { $0.name == "European partners" }
        #expect(partners?.attributes["unnamed"] == "yes")
        #expect(partners?.attributes["type"] == "coalition")
    }

    @Test func theMentionsOfOneFamilyAreOneNodeOfThisDocumentAlone() {
        let text = """
            Islamist insurgents attacked Mali. Chad sent troops to fight the jihadists and other terrorist groups.
            """
        let graph = Fixture.graph(text)
        let groups = graph.nodes.values.filter { $0.attributes["unnamed"] == "yes" }
        #expect(groups.count == 1)
        #expect(groups.first?.aliases.contains("terrorist groups") == true)
        // Another document's insurgents are another node.
        let other = Fixture.graph("Islamist insurgents attacked Niger.")
        let otherIDs = Set(other.nodes.keys)
        #expect(groups.allSatisfy { !otherIDs.contains($0.id) })
    }

    @Test func aGroupNoRelationReachesMakesNoNode() {
        let graph = Fixture.graph("Islamist insurgents are active across the region.")
        #expect(graph.names(.organization).isEmpty)
    }

    @Test func aNameBeforeTheNounOrAfterLinkedToIsTheGroup() {
        let rebels = Fixture.graph("Congolese M23 rebels attacked Rwanda.")
        #expect(rebels.relations.contains("M23 attacks Rwanda"))
        #expect(!rebels.names(.organization).contains { $0.lowercased().contains("rebels") })
        let linked = Fixture.graph("Militants linked to al-Qaeda attacked Niger.")
        #expect(linked.relations.contains("al-Qaeda attacks Niger"))
    }

    @Test func aBareOneWordNounIsNoGroup() {
        // "militants" alone could be anyone: no node, no relation.
        let graph = Fixture.graph("Militants attacked Niger.")
        #expect(graph.names(.organization).isEmpty)
        #expect(graph.relations.isEmpty)
    }

    @Test func listedGroupsAfterAnAgentSufferTheRelation() {
        let graph = Fixture.graph("""
            Due to obstructions by the Malian transitional authorities, Canada and the European States deem that conditions are not met.
            """)
        #expect(graph.relations.contains("Mali government obstructs European States"))
        #expect(graph.relations.contains("Mali government obstructs Canada"))
    }
}
