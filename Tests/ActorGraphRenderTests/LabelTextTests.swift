import ActorGraph
import Testing
@testable import ActorGraphRender

@Suite("Label text")
struct LabelTextTests {
    @Test("names wrap at word boundaries within the width")
    func wrap() {
        #expect(LabelText.wrap("Economic Community of West African States", width: 18) ==
                "Economic Community\nof West African\nStates")
        #expect(LabelText.wrap("MINUSMA", width: 18) == "MINUSMA")
        #expect(LabelText.wrap("Supercalifragilisticexpialidocious x", width: 10) == "Supercalifragilisticexpialidocious\nx")
    }

    @Test("long statements are cut at a word with an ellipsis", arguments: [10, 30, 60])
    func shorten(limit: Int) {
        let text = "We cannot remain militarily engaged alongside de facto authorities whose strategy we do not share."
        let short = LabelText.shorten(text, limit: limit)
        #expect(short.count <= limit)
        #expect(short.hasSuffix("…"))
        #expect(text.hasPrefix(String(short.dropLast())))
        #expect(LabelText.shorten("Short   enough", limit: 14) == "Short enough", "whitespace is collapsed, nothing cut")
    }

    @Test("relation types read as words")
    func relations() {
        #expect(LabelText.relation(.participatesIn) == "participates in")
        #expect(LabelText.relation(.said) == "said")
    }
}
