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

    @Test("integers from digit pairs print as String(value) does, around every power of ten")
    func integersAroundPowersOfTen() {
        let w = ByteWriter(format: "test")
        var values = Array(-1000 ... 100_000)
        var power = 1
        for _ in 0 ..< 18 {
            power *= 10
            values += [power - 1, power, power + 1, -power, -(power - 1), power / 10 * 9 + power - 1]
        }
        values += [Int.max, Int.max - 1, Int.min, Int.min + 1]
        for value in values {
            w.reset()
            w.int(value)
            #expect(String(decoding: w.buffered, as: UTF8.self) == String(value), "int(\(value))")
        }
    }

    @Test("doubles print exactly as Swift's description does (short decimals are written without it)")
    func doublesAsDescription() {
        let w = ByteWriter(format: "test")
        func check(_ value: Double) {
            w.reset()
            w.double(value)
            let expected = value == value.rounded(.towardZero) && abs(value) < 1e15 ? nil : value.description
            if let expected {
                #expect(String(decoding: w.buffered, as: UTF8.self) == expected, "double(\(value))")
            }
        }
        // Every decimal with one to three places up to ±100, and some far larger.
        for scale in [10.0, 100.0, 1000.0] {
            for m in -100_000 ... 100_000 { check(Double(m) / scale) }
            for m in stride(from: 2_000_000_000_000, through: 2_200_000_000_000, by: 7_777_777) { check(Double(m) / scale) }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0 ..< 20_000 {
            check(Double.random(in: -1e10 ... 1e10, using: &generator))
            check(Double.random(in: -1 ... 1, using: &generator))
            check(Double(bitPattern: generator.next()))
        }
        for value in [0.001, 0.0015, 0.0001, 1e-5, 0.1 + 0.2, 2_147_483_647.5, 2_147_483_648.5, -0.125, 1.0 / 3] {
            check(value)
        }
    }

    @Test("the eight-byte scans find the same first byte as a byte-by-byte search, for every escape class")
    func wordScans() {
        let classes: [(String, (UInt64) -> UInt64, (UInt8) -> Bool)] = [
            ("csv quotes", CSVEscape.mayNeedQuotes, CSVEscape.needsQuotes),
            ("cypher", CypherEscape.mayNeedEscape, CypherEscape.needsEscape),
            ("xml", XMLEscape.mayNeedEscape, XMLEscape.needsEscape),
            ("json", JSONEscape.mayNeedEscape, JSONEscape.needsEscape),
            ("json in csv", NestedInCSV.mayNeedEscape, { JSONEscape.needsEscape($0) || NestedInCSV.needsEscape($0) }),
            ("json in xml", NestedInXML.mayNeedEscape, { JSONEscape.needsEscape($0) || NestedInXML.needsEscape($0) }),
            ("json in cypher", NestedInCypher.mayNeedEscape, { JSONEscape.needsEscape($0) || NestedInCypher.needsEscape($0) }),
        ]
        // Mostly ordinary text, with each byte value (special ones, their neighbours, UTF-8 lead and continuation bytes) planted.
        let ordinary = Array("abcXYZ019 :-_./é".utf8)
        var generator = SystemRandomNumberGenerator()
        for (name, candidates, exact) in classes {
            for planted in 0 ... 255 {
                for length in 0 ... 40 {
                    var bytes = (0 ..< length).map { _ in ordinary.randomElement(using: &generator)! }
                    if length > 0 { bytes[Int.random(in: 0 ..< length, using: &generator)] = UInt8(planted) }
                    if length > 1 && Bool.random(using: &generator) { bytes[Int.random(in: 0 ..< length, using: &generator)] = UInt8(planted) }
                    let expected = bytes.firstIndex(where: exact) ?? bytes.count
                    let found = bytes.withUnsafeBytes { WordScan.firstIndex($0, candidates: candidates, exact: exact) }
                    #expect(found == expected, "\(name): byte \(planted) in \(bytes)")
                }
            }
        }
    }
}
