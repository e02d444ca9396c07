import ActorGraph

/// The closed vocabularies (node kinds, relation types) as the writers' hot
/// loops need them: a case's position in `allCases` and its name's UTF-8
/// bytes, by table look-up. `rawValue` builds a String per call, and hashing
/// a case (a dictionary from case to group) hashes that String: for a
/// million edges that was a twentieth of the Cypher export's time.
enum Vocabulary {
    /// `NodeKind.allCases[i].rawValue` as UTF-8.
    static let kindNames = NameTable(NodeKind.allCases.map(\.rawValue))
    /// `RelationType.allCases[i].rawValue` as UTF-8.
    static let typeNames = NameTable(RelationType.allCases.map(\.rawValue))

    /// The position of `kind` in `NodeKind.allCases`. A payload-free enum is
    /// stored as its case's position in declaration order, the order
    /// `allCases` lists; `VocabularyTests` checks both for every case.
    @inline(__always)
    static func index(_ kind: NodeKind) -> Int { Int(unsafeBitCast(kind, to: UInt8.self)) }

    /// The position of `type` in `RelationType.allCases` (see ``index(_:)-(NodeKind)``).
    @inline(__always)
    static func index(_ type: RelationType) -> Int { Int(unsafeBitCast(type, to: UInt8.self)) }
}

/// Names in one buffer made once and never freed, so reading one is a pointer
/// and a length: an array of arrays was retained and released on every look-up.
struct NameTable: @unchecked Sendable {  // immutable after init
    private let bytes: UnsafePointer<UInt8>
    /// Where each name starts, and one past the last name's end.
    private let offsets: UnsafePointer<Int>

    init(_ names: [String]) {
        let utf8 = names.flatMap(\.utf8)
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(utf8.count, 1))
        bytes.initialize(from: utf8, count: utf8.count)
        let offsets = UnsafeMutablePointer<Int>.allocate(capacity: names.count + 1)
        var offset = 0
        for (i, name) in names.enumerated() {
            offsets[i] = offset
            offset += name.utf8.count
        }
        offsets[names.count] = offset
        self.bytes = UnsafePointer(bytes)
        self.offsets = UnsafePointer(offsets)
    }

    /// The UTF-8 bytes of name `i`.
    @inline(__always)
    subscript(i: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: bytes + offsets[i], count: offsets[i &+ 1] &- offsets[i])
    }
}

extension ByteWriter {
    /// Appends a node kind's name (`country`).
    @inline(__always)
    func name(_ kind: NodeKind) {
        bytes(Vocabulary.kindNames[Vocabulary.index(kind)])
    }

    /// Appends a relation type's name (`withdrawsFrom`).
    @inline(__always)
    func name(_ type: RelationType) {
        bytes(Vocabulary.typeNames[Vocabulary.index(type)])
    }
}
