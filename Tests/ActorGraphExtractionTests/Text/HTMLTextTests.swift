import ActorGraphExtraction
import Testing

@Suite struct HTMLTextTests {
    @Test func stripsTagsScriptsAndComments() {
        let html = "<html><head><title>T</title><script>var x = '<p>';</script></head><body><!-- c --><p>One <b>bold</b> word.</p><p>Two</p></body></html>"
        #expect(HTMLText.strip(html) == "One bold word.\nTwo")
    }

    @Test func decodesCharacterReferences() {
        #expect(HTMLText.strip("<p>Mali&rsquo;s &quot;junta&quot; &amp; Niger&#8217;s &#x41;</p>") == "Mali\u{2019}s \"junta\" & Niger\u{2019}s A")
    }

    @Test func blockElementsBecomeLines() {
        #expect(HTMLText.strip("<h1>Head</h1><div>Body<br>more</div>") == "Head\nBody\nmore")
    }

    @Test func readsTheTitle() {
        #expect(HTMLText.title("<html><head><title>France &amp; Mali</title></head></html>") == "France & Mali")
        #expect(HTMLText.title("<p>no title</p>") == nil)
    }

    @Test func recognizesHTML() {
        #expect(HTMLText.looksLikeHTML("<!DOCTYPE html><html>"))
        #expect(!HTMLText.looksLikeHTML("Plain text about a < b."))
    }
}
