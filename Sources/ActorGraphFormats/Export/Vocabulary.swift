import ActorGraph

/// The closed vocabularies (node kinds, relation types) as the writers' hot
/// loops need them: a case's position in `allCases` and its name's UTF-8
/// bytes, by table look-up. `rawValue` builds a String per call, and hashing
/// a case (a dictionary from case to group) hashes that String: for a
/// million edges that was a twentieth of the Cypher export's time.
enum Vocabulary {
    /// `NodeKind.allCases[i].rawValue` as UTF-8.
    static let kindNames: [[UInt8]] = NodeKind.allCases.map { Array($0.rawValue.utf8) }
    /// `RelationType.allCases[i].rawValue` as UTF-8.
    static let typeNames: [[UInt8]] = RelationType.allCases.map { Array($0.rawValue.utf8) }

    /// The position of `kind` in `NodeKind.allCases`. A payload-free enum is
    /// stored as its case's position in declaration order, the order
    /// `allCases` lists; `VocabularyTests` checks both for every case.
    @inline(__always)
    static func index(_ kind: NodeKind) -> Int { Int(unsafeBitCast(kind, to: UInt8.self)) }

    /// The position of `type` in `RelationType.allCases` (see ``index(_:)-(NodeKind)``).
    @inline(__always)
    static func index(_ type: RelationType) -> Int { Int(unsafeBitCast(type, to: UInt8.self)) }
}

extension ByteWriter {
    /// Appends a node kind's name (`country`).
    @inline(__always)
    func name(_ kind: NodeKind) {
        Vocabulary.kindNames[Vocabulary.index(kind)].withUnsafeBytes { bytes($0) }
    }

    /// Appends a relation type's name (`withdrawsFrom`).
    @inline(__always)
    func name(_ type: RelationType) {
        Vocabulary.typeNames[Vocabulary.index(type)].withUnsafeBytes { bytes($0) }
    }
}
