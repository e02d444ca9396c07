import ActorGraph

/// A relation between two document entities and the tokens that state it.
struct RelationFact: Sendable {
    var source: Int
    var target: Int
    var type: RelationType
    var sign: Int
    /// The tokens that state the relation (from the first to the last word involved).
    var range: Range<Int>
}
