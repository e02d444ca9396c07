import Testing
@testable import ActorGraphFormats

@Suite("ByteWriter")
struct ByteWriterTests {
    private func written(_ body: (ByteWriter) -> Void) -> String {
        let w = ByteWriter(format: "test", capacity: 8)
        body(w)
        return String(decoding: w.buffered, as: UTF8.self)
    }

    @Test("integers print exactly, including the extremes")
    func integers() {
        for value in [0, 7, 10, -1, -10, 1234567890, Int.max, Int.min] {
            #expect(written { $0.int(value) } == String(value))
        }
    }

    @Test("doubles print in a form that reads back to the same value")
    func doubles() {
        #expect(written { $0.double(3) } == "3.0")
        #expect(written { $0.double(-2) } == "-2.0")
        #expect(written { $0.double(0.25) } == "0.25")
        for value in [1e-5, 0.1, 1.0 / 3, 2.5e20, -7.75, 123456789.125] {
            #expect(Double(written { $0.double(value) }) == value)
        }
    }

    @Test("JSON strings escape quotes, backslashes and every control character")
    func jsonEscaping() {
        #expect(written { $0.jsonString("a\"b\\c\nd\u{1}é") } == #""a\"b\\c\nd\u0001é""#)
    }

    @Test("XML text escapes markup and keeps line breaks as references")
    func xmlEscaping() {
        #expect(written { $0.xml("<a href='x'>&\"]]>\n\t\r") } == "&lt;a href=&apos;x&apos;&gt;&amp;&quot;]]&gt;&#10;&#9;&#13;")
    }

    @Test("a control character XML 1.0 cannot hold is reported with its element")
    func xmlControlCharacter() {
        let w = ByteWriter(format: "graphml")
        w.xml("bell\u{7}")
        #expect(w.hasUnnamedFailure)
        w.nameUnnamedFailure("node x")
        #expect(throws: ExportError.unrepresentable(format: "graphml", element: "node x",
                                                    reason: "control character U+7 cannot appear in XML 1.0")) {
            try w.finish()
        }
    }

    @Test("CSV quotes only what needs it, and an empty string differs from nothing")
    func csvQuoting() {
        #expect(written { $0.csv("plain") } == "plain")
        #expect(written { $0.csv("") } == "\"\"")
        #expect(written { $0.csv("a,\"b\"\nc") } == "\"a,\"\"b\"\"\nc\"")
        #expect(written { $0.csv("back\\slash") } == "back\\slash")
    }

    @Test("Cypher strings escape quotes and backslashes and never use \\u escapes")
    func cypherEscaping() {
        #expect(written { $0.cypherString("O'Brien \\u0027\n\"") } == #"'O\'Brien \\u0027\n"'"#)
        #expect(written { $0.cypherIdentifier("a`b") } == "`a``b`")
    }

    @Test("a Cypher identifier with a backslash is refused")
    func cypherIdentifierBackslash() {
        let w = ByteWriter(format: "cypher")
        w.cypherIdentifier("a\\u0060b")
        #expect(throws: ExportError.self) { try w.finish() }
    }

    @Test("DOT strings escape quotes, backslashes and line breaks")
    func dotEscaping() {
        #expect(written { $0.dotString("say \"hi\"\\\n") } == #""say \"hi\"\\\n""#)
    }

    @Test("a writer flushes through a file larger than its buffer")
    func largeValuesInSmallBuffer() {
        let long = String(repeating: "x", count: 1000)
        #expect(written { w in w.text(long); w.text(long) } == long + long)
    }
}
