import ActorGraph
@testable import ActorGraphExtraction
import Testing

@Suite struct CoreferenceTests {
    @Test func aSurnameJoinsTheFullName() {
        let graph = Fixture.graph("Kenyan President William Ruto arrived. Ruto told reporters that talks went well.")
        #expect(graph.names(.person) == ["William Ruto"])
        #expect(graph.speakers(of: "talks went well") == ["William Ruto"])
    }

    @Test func heAndSheSpeakForTheLastPersonWhoSpoke() {
        let graph = Fixture.graph("""
            Defence Minister Ama Mensah said the army was ready. "We will not retreat," she said.
            """)
        #expect(graph.speakers(of: "We will not retreat") == ["Ama Mensah"])
    }

    @Test func juntaAuthoritiesAndCapitalAreOneGovernment() {
        let graph = Fixture.graph("""
            Guinea's ruling junta expelled the envoy. The Guinean transitional authorities said the decision was final. \
            Relations between Paris and Conakry soured. The junta later said it had no choice.
            """)
        let government = graph.nodes["organization:guinea-government"]
        #expect(government?.name == "Guinean junta")
        #expect(government?.aliases.contains("Conakry") == true)
        #expect(graph.names(.organization) == ["Guinean junta"])
        #expect(graph.relations.contains("Guinean junta leads Guinea"))
        #expect(graph.relations.contains("France opposes Guinean junta"))
    }

    @Test func aCapitalWithoutAGovernmentIsTheCountry() {
        let graph = Fixture.graph("Protesters in Dakar marched against Paris.")
        #expect(graph.id("Paris") == "country:france")
        #expect(graph.id("Senegal") == nil)
    }

    @Test func aDemonymAloneLinksToTheCountry() {
        let graph = Fixture.graph("Danish troops left the base.")
        #expect(graph.id("Danish") == "country:denmark")
    }

    @Test func aRoleWithoutANamePointsBackToItsHolder() {
        let graph = Fixture.graph("""
            French President Emmanuel Macron spoke in Paris. The French president said the mission had not failed.
            """)
        #expect(graph.speakers(of: "the mission had not failed") == ["Emmanuel Macron"])
    }

    @Test func theBlocIsTheOrganizationNamedBefore() {
        let graph = Fixture.graph("ECOWAS leaders met in Abuja. The 15-member bloc said it would lift sanctions.")
        #expect(graph.speakers(of: "lift sanctions") == ["Economic Community of West African States"])
    }

    @Test func armedForcesOfACountryAreAnOrganization() {
        let graph = Fixture.graph("Crowds urged the French army to leave.")
        #expect(graph.nodes["organization:french-armed-forces"]?.aliases == ["French army"])
        #expect(graph.relations.contains("French armed forces partOf France"))
    }
}
