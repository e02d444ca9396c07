import ActorGraph

/// RFC 4180 CSV fields, used by the csv, neo4j-admin, Kùzu and GraphFrames exports.
///
/// A field is quoted when it holds a comma, a quote, a line feed or a carriage
/// return, or when it is empty (so that an empty string, `""`, differs from a
/// missing value, which is written as nothing); quotes inside are doubled.
/// Backslashes are ordinary characters.
extension ByteWriter {
    /// Appends one CSV field holding `string`.
    func csv(_ string: String) {
        withUTF8(string) { csv($0) }
    }

    /// Appends one CSV field holding UTF-8 bytes (for nested values such as JSON text).
    func csv(_ raw: UnsafeRawBufferPointer) {
        guard raw.isEmpty || ByteWriter.any(raw, candidates: CSVEscape.mayNeedQuotes, CSVEscape.needsQuotes) else {
            return bytes(raw)
        }
        byte(UInt8(ascii: "\""))
        csvQuotedContent(raw)
        byte(UInt8(ascii: "\""))
    }

    /// Appends the inside of a quoted CSV field: the bytes, quotes doubled.
    func csvQuotedContent(_ raw: UnsafeRawBufferPointer) {
        escaped(raw, candidates: { WordScan.equal($0, UInt8(ascii: "\"")) },
                needsEscape: { $0 == UInt8(ascii: "\"") }, escape: { _ in text("\"\"") })
    }

    /// Appends evidence as one CSV field holding its JSON text (``jsonEvidence(_:)``):
    /// `[]` when there is none, else quoted (the JSON holds quotes).
    func csvEvidence(_ evidence: [Evidence]) {
        if evidence.isEmpty { return text("[]") }
        byte(UInt8(ascii: "\""))
        nestedJSONEvidence(evidence, in: NestedInCSV.self)
        byte(UInt8(ascii: "\""))
    }

    /// Appends a field separator.
    @inline(__always)
    func comma() { byte(UInt8(ascii: ",")) }

    /// Ends a record.
    @inline(__always)
    func newline() { byte(0x0A) }
}

/// The byte classes of CSV quoting.
enum CSVEscape {
    /// Whether a byte forces the field into quotes.
    @inline(__always)
    static func needsQuotes(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0A || b == 0x0D
    }

    /// ``needsQuotes(_:)`` for eight bytes at once (``WordScan``; line breaks through "below 0x0E").
    @inline(__always)
    static func mayNeedQuotes(_ word: UInt64) -> UInt64 {
        WordScan.below(word, 0x0E) | WordScan.equal(word, UInt8(ascii: ",")) | WordScan.equal(word, UInt8(ascii: "\""))
    }

    /// Whether any byte of the string forces quotes, i.e. whether a value spans lines or holds separators.
    static func containsLineBreak(_ string: String) -> Bool {
        string.utf8.contains { $0 == 0x0A || $0 == 0x0D }
    }
}
