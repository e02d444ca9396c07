@testable import ActorGraph
import Foundation
import Testing

/// The byte-level ASCII paths of `NameKey.normalize` and `NodeID.slug` give
/// what the general (Character) paths give: a no-break space sends a string
/// down the general path and separates words just as a space does.
@Suite struct ASCIIFoldTests {
    static let alphabet = Array("aZ09 .'-_,()/&:TtHhEe")

    @Test func theFastPathsAgreeWithTheGeneralOnes() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let length = Int.random(in: 0...14, using: &rng)
            let text = String((0..<length).map { _ in Self.alphabet.randomElement(using: &rng)! })
            let general = text.replacingOccurrences(of: " ", with: "\u{00A0}") + "\u{00A0}"
            #expect(NameKey.normalize(text) == NameKey.normalize(general), "normalize \(text.debugDescription)")
            #expect(NodeID.slug(text) == NodeID.slug(general), "slug \(text.debugDescription)")
        }
    }

    @Test func examples() {
        #expect(NameKey.normalize("The U.N.") == "un")
        #expect(NameKey.normalize("the") == "the")
        #expect(NameKey.normalize("  Mali's  ruling junta ") == "malis ruling junta")
        #expect(NodeID.slug("Jama'at Nusrat al-Islam") == "jamaat-nusrat-al-islam")
        #expect(NodeID.slug("...") == "unnamed")
    }
}
