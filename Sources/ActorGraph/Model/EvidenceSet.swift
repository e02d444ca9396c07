/// Helpers that keep evidence lists sorted and free of duplicates, so the same
/// input always gives the same output, byte for byte.
enum EvidenceSet {
    /// The sorted union of two evidence lists.
    static func union(_ a: [Evidence], _ b: [Evidence]) -> [Evidence] {
        if b.isEmpty { return a }
        if a.isEmpty && b.count == 1 { return b }
        if a.isEmpty { return Array(Set(b)).sorted() }
        return Array(Set(a).union(b)).sorted()
    }
}
