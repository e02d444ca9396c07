/// Helpers that keep evidence lists sorted and free of duplicates, so the same
/// input always gives the same output, byte for byte.
enum EvidenceSet {
    /// The sorted union of two evidence lists.
    /// - Complexity: O(n + m) when both lists are already sorted without
    ///   duplicates (what the extractor and the readers give), else O((n + m) log(n + m)).
    static func union(_ a: [Evidence], _ b: [Evidence]) -> [Evidence] {
        if b.isEmpty { return a }
        if a.isEmpty && b.count == 1 { return b }
        let sortedB = strictlyIncreasing(b)
        if a.isEmpty { return sortedB ? b : Array(Set(b)).sorted() }
        guard sortedB, strictlyIncreasing(a) else { return Array(Set(a).union(b)).sorted() }
        // Merge two sorted lists, dropping what both have.
        var out: [Evidence] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] {
                out.append(a[i]); i += 1
            } else if b[j] < a[i] {
                out.append(b[j]); j += 1
            } else if a[i] == b[j] {
                out.append(a[i]); i += 1; j += 1
            } else {
                // Unequal yet unordered (a nil excerpt against an empty one): the general way.
                return Array(Set(a).union(b)).sorted()
            }
        }
        out.append(contentsOf: a[i...])
        out.append(contentsOf: b[j...])
        return out
    }

    /// Whether each item comes strictly before the next (sorted, no duplicates:
    /// `<` compares every field, so two items neither before the other are equal).
    private static func strictlyIncreasing(_ list: [Evidence]) -> Bool {
        var k = 1
        while k < list.count {
            if !(list[k - 1] < list[k]) { return false }
            k += 1
        }
        return true
    }
}
