/// A binary min-heap of (distance, node) entries for Dijkstra's algorithm with
/// lazy deletion: a node may be pushed several times; stale entries are
/// skipped by the caller when popped.
///
/// - Complexity: `push` and `popMin` are O(log size).
struct DistanceHeap {
    private var keys: [Double] = []
    private var nodes: [Int32] = []

    /// Whether the heap is empty.
    var isEmpty: Bool { keys.isEmpty }

    /// Empties the heap, keeping its storage.
    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }

    /// Adds `node` with priority `key`.
    mutating func push(_ key: Double, _ node: Int32) {
        keys.append(key)
        nodes.append(node)
        var i = keys.count - 1
        while i > 0 {
            let parent = (i - 1) >> 1
            guard key < keys[parent] else { break }
            keys[i] = keys[parent]
            nodes[i] = nodes[parent]
            i = parent
        }
        keys[i] = key
        nodes[i] = node
    }

    /// Removes and returns the entry with the smallest key.
    mutating func popMin() -> (key: Double, node: Int32)? {
        guard let lastKey = keys.popLast(), let lastNode = nodes.popLast() else { return nil }
        guard !keys.isEmpty else { return (lastKey, lastNode) }
        let top = (keys[0], nodes[0])
        let count = keys.count
        var i = 0
        while true {
            var child = 2 * i + 1
            if child >= count { break }
            if child + 1 < count && keys[child + 1] < keys[child] { child += 1 }
            guard keys[child] < lastKey else { break }
            keys[i] = keys[child]
            nodes[i] = nodes[child]
            i = child
        }
        keys[i] = lastKey
        nodes[i] = lastNode
        return top
    }
}
