@testable import ActorGraphExtraction
import Testing

@Suite struct BoilerplateTests {
    @Test func navigationCreditsAndBylinesNameNobody() {
        let text = """
        1. Skip to content
        Mali news
        A soldier in Gao during Operation BarkhaneImage: John Smith/REUTERS
        Germany said it would stay.
        ab/cd (AFP, Reuters)
        """
        let graph = Fixture.graph(text)
        #expect(graph.id("Reuters") == nil)
        #expect(graph.id("John Smith") == nil)
        #expect(graph.id("Germany") != nil)
        #expect(graph.id("Operation Barkhane") != nil)
    }

    @Test func theFirstLineIsTheTitleAndADateLineTheDate() {
        let meta = ArticleMetadata.infer("Mali and France part ways\nFebruary 17, 2022\n\nFrance said it would leave.")
        #expect(meta.title == "Mali and France part ways")
        #expect(meta.date == "2022-02-17")
        #expect(ArticleMetadata.infer("Title\n2023-09-16\nBody.").date == "2023-09-16")
        #expect(ArticleMetadata.infer("# Mali expels the envoy\n\nMali said so.").title == "Mali expels the envoy")
        #expect(ArticleMetadata.infer("## Niger #1 story\n\nText.").title == "Niger #1 story")
    }
}
