@testable import ActorGraphExtraction
import Testing

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let doc = Fixture.document(text)
        return doc.sentences.map { doc.text(sentence: $0.index) }
    }

    @Test func splitsAtFullStopsBeforeCapitals() {
        #expect(sentences("The army left. The envoy stayed.") == ["The army left.", "The envoy stayed."])
    }

    @Test func keepsAbbreviatedTitlesInside() {
        let text = "Col. Ndaw met Gen. Smith and Dr. Jones. Mr. Lee waited."
        #expect(sentences(text) == ["Col. Ndaw met Gen. Smith and Dr. Jones.", "Mr. Lee waited."])
    }

    @Test func keepsInitialismsInside() {
        let text = "The U.N. mission and U.S. troops stayed in the area. They left in May."
        #expect(sentences(text) == ["The U.N. mission and U.S. troops stayed in the area.", "They left in May."])
    }

    @Test func anInitialismEndsASentenceBeforeATypicalOpener() {
        #expect(sentences("He flew to the U.S. The talks failed.") == ["He flew to the U.S.", "The talks failed."])
    }

    @Test func keepsInitialsOfNames() {
        #expect(sentences("John F. Kennedy spoke. Then he left.") == ["John F. Kennedy spoke.", "Then he left."])
    }

    @Test func quotesStayWithTheirSentence() {
        let text = "\u{201C}We will stay. We must,\u{201D} she said. \u{201C}Why?\u{201D} he asked."
        #expect(sentences(text) == ["\u{201C}We will stay.", "We must,\u{201D} she said.", "\u{201C}Why?\u{201D} he asked."])
    }

    @Test func aQuestionMarkBeforeLowerCaseDoesNotSplit() {
        #expect(sentences("\"Why now?\" asked the minister.").count == 1)
    }

    @Test func lineBreaksEndSentencesUnlessTheLineRunsOn() {
        #expect(sentences("Headline without a dot\nBody text here.") == ["Headline without a dot", "Body text here."])
        #expect(sentences("A line that was wrapped\nin the middle of a sentence.").count == 1)
    }

    @Test func aNameAndAVerbInTheNextParagraphBeginASentence() {
        let text = "He said, \u{201C}Our aim is peace.\u{201D}\n\nAdamu said, \u{201C}We met him.\u{201D}"
        #expect(sentences(text) == ["He said, \u{201C}Our aim is peace.\u{201D}", "Adamu said, \u{201C}We met him.\u{201D}"])
    }

    @Test func aNameAndAVerbAfterAQuoteInItsParagraphStayInItsSentence() {
        let text = "\u{201C}Shoot!\u{201D} Cherizier chanted. The crowd cheered."
        #expect(sentences(text) == ["\u{201C}Shoot!\u{201D} Cherizier chanted.", "The crowd cheered."])
    }
}
