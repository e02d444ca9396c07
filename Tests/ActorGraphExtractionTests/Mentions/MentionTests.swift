import ActorGraph
@testable import ActorGraphExtraction
import Testing

@Suite struct MentionTests {
    @Test func aTitleBeforeANameMakesAPerson() {
        let graph = Fixture.graph("Senegal's Foreign Minister Aissata Tall Sall arrived. Later, Captain Moussa Diallo left.")
        #expect(graph.nodes["person:aissata-tall-sall"]?.attributes["role"] == "Foreign Minister")
        #expect(graph.nodes["person:moussa-diallo"]?.attributes["rank"] == "Captain")
        #expect(graph.relations.contains("Aissata Tall Sall holdsRole Senegal"))
    }

    @Test func anAppositionMakesAPersonAndItsEmployerAnOrganization() {
        let graph = Fixture.graph("Marta Ruiz, an analyst at the Clingendael Institute, warned of a vacuum.")
        #expect(graph.nodes["person:marta-ruiz"]?.attributes["role"] == "analyst")
        #expect(graph.nodes["organization:clingendael-institute"] != nil)
        #expect(graph.relations.contains("Marta Ruiz holdsRole Clingendael Institute"))
    }

    @Test func aRoleBeforeACommaNamesThePersonAfterIt() {
        let graph = Fixture.graph("The leader of Niger's junta, Abdourahamane Tiani, said the border would reopen.")
        #expect(graph.nodes["person:abdourahamane-tiani"] != nil)
        #expect(graph.relations.contains("Abdourahamane Tiani leads Nigerien junta"))
    }

    @Test func aVerbOfSayingMakesAPerson() {
        let graph = Fixture.graph("\"We are ready,\" Kirby said. Officials said nothing.")
        #expect(graph.names(.person) == ["Kirby"])
    }

    @Test func anUnknownAcronymNextToAVerbOfSayingIsAnOrganization() {
        let graph = Fixture.graph("The talks will resume, the news agency APS reported.")
        #expect(graph.nodes["organization:aps"] != nil)
    }

    @Test func aDefinedAcronymJoinsItsName() {
        let graph = Fixture.graph("The Sahel Peace Observatory (SPO) published a report. SPO said fighting rose.")
        #expect(graph.nodes["organization:sahel-peace-observatory"]?.aliases == ["SPO"])
    }

    @Test func anOperationNameIsAMission() {
        let graph = Fixture.graph("Chad launched Operation Desert Shield in the north.")
        #expect(graph.names(.mission) == ["Operation Desert Shield"])
    }

    @Test func capitalizedWordsWithoutContextNameNobody() {
        let graph = Fixture.graph("The Caiman helicopter flew over Timbuktu during the Harmattan season.")
        #expect(graph.nodes.values.allSatisfy { !$0.kind.isActor && $0.kind != .mission })
    }
    @Test func seatsOfGovernmentAreOrganizations() {
        let graph = Fixture.graph("The Kremlin said on Monday that the situation was serious. The White House declined to comment.")
        #expect(graph.nodes["organization:kremlin"]?.kind == .organization)
        #expect(graph.nodes["organization:white-house"] != nil)
        #expect(graph.speakers(of: "the situation was serious") == ["Kremlin"])
    }

    @Test func acronymsNamedByTheirGroupNounOrAKnownAs() {
        let graph = Fixture.graph("""
            Bazoum's PNDS party called for protests. Niger's ruling military council \u{2013} known as the CNSP \u{2013} met.
            """)
        #expect(graph.nodes["organization:pnds"] != nil)
        #expect(graph.nodes["organization:cnsp"] != nil)
    }

    @Test func aMediaNounBeforeANameMakesAnOrganization() {
        let graph = Fixture.graph("Prime Minister Ouhoumoudou Mahamadou told broadcaster France24 that sanctions would hurt.")
        #expect(graph.names(.organization).contains("France24"))
    }

    @Test func aNameInAppositionToARoleBeforeItsVerb() {
        let graph = Fixture.graph("Niger's democratically elected President, Mohamed Bazoum was overthrown last year.")
        #expect(graph.names(.person) == ["Mohamed Bazoum"])
    }

    @Test func aSpecialistInAppositionIsAPerson() {
        let graph = Fixture.graph("Ulf Laessing, a specialist on the Sahel, said the supplies were late.")
        #expect(graph.speakers(of: "supplies were late") == ["Ulf Laessing"])
    }
    @Test func namesFromTheirNounsAndTitles() {
        let graph = Fixture.graph("""
            The Chinese company Wapco operates the pipeline. According to Al-Hadath TV, the talks failed. \
            Russian national Valery Zakharov advises the president. LTTE representative Getachew Reda signed the deal. \
            A Congolese cleric in Goma, Fepaco Nzambe Malamu, said residents were hit.
            """)
        #expect(graph.names(.organization).contains("Wapco"))
        #expect(graph.names(.organization).contains("Al-Hadath TV"))
        #expect(Set(graph.names(.person)).isSuperset(of: ["Valery Zakharov", "Getachew Reda", "Fepaco Nzambe Malamu"]))
    }
    @Test func anOrganizationBeforeARoleAndTitleWordsInsideANameStayNames() {
        let graph = Fixture.graph("""
            Transport Ministry spokesman Mohamed Ould Mamouni said flights were suspended. \
            The decree was adopted by the Council of Ministers last week.
            """)
        #expect(graph.names(.organization).contains("Transport Ministry"))
        #expect(graph.names(.organization).contains("Council of Ministers"))
        #expect(graph.names(.person).contains("Mohamed Ould Mamouni"))
    }

    @Test func aTreatyOrAPortfolioIsNoOrganizationButAForeignMinistryIs() {
        let graph = Fixture.graph("""
            Chad's Minister for Foreign Affairs said the arrest violated the Vienna Convention on Diplomatic Relations. \
            Romania's Foreign Ministry confirmed the release.
            """)
        let organizations = graph.names(.organization)
        #expect(!organizations.contains { $0.contains("Foreign Affairs") || $0.contains("Convention") }, "\(organizations)")
        #expect(organizations.contains { $0.contains("Foreign Ministry") }, "\(organizations)")
    }

    @Test func namesListedAfterNamedAsArePeople() {
        let graph = Fixture.graph("""
            The government expelled three diplomats, who it named as Claire Dubois, Marc Lefevre and Paul Girard.
            """)
        let people = Set(graph.names(.person))
        #expect(people.isSuperset(of: ["Claire Dubois", "Marc Lefevre", "Paul Girard"]), "\(people)")
    }

    @Test func aDescriptionEndsAtItsHeadOrBeforeAs() {
        let graph = Fixture.graph("""
            Reuters cited a source with direct knowledge of the situation as saying "the talks failed". \
            No toll was given but "many people" are thought to have died, a security source said.
            """)
        let names = graph.nodes.values.filter { $0.kind == .person || $0.kind == .organization }.map(\.name)
        #expect(!names.contains { $0.hasSuffix(" as") || $0.contains("many people") }, "\(names.sorted())")
        #expect(graph.speakers(of: "many people") == ["security source"])
    }
}
