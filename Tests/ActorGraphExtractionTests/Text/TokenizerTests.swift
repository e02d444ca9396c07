@testable import ActorGraphExtraction
import Testing

@Suite struct TokenizerTests {
    func texts(_ s: String) -> [String] { Tokenizer.tokenize(s).map(\.text) }

    @Test func splitsPossessivesAndKeepsContractions() {
        #expect(texts("Mali\u{2019}s junta doesn't") == ["Mali", "\u{2019}s", "junta", "doesn't"])
    }

    @Test func keepsInitialismsWithTheirDots() {
        let tokens = Tokenizer.tokenize("U.S. and U.N. forces")
        #expect(tokens.map(\.text) == ["U.S.", "and", "U.N.", "forces"])
        #expect(tokens[0].key == "US")
    }

    @Test func keepsNumbersWithSeparatorsAndSplitsHyphens() {
        #expect(texts("some 1,300 troops, anti-France") == ["some", "1,300", "troops", ",", "anti", "-", "France"])
    }

    @Test func splitsACaptionGluedToItsCredit() {
        #expect(texts("Operation BarkhaneImage: A/B") == ["Operation", "Barkhane", "Image", ":", "A", "/", "B"])
    }

    @Test func offsetsCountUnicodeScalars() {
        let tokens = Tokenizer.tokenize("Côte d'Ivoire")
        #expect(tokens.map(\.start) == [0, 5])
        #expect(tokens.map(\.end) == [4, 13])
    }
}
