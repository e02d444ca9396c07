/// The words of the lexicon's phrases, numbered, so that matching compares
/// integers: a document's tokens are looked up once, the matchers index arrays.
///
/// Every token of every document is looked up, so the table hashes the UTF-8
/// bytes itself (FNV-1a, open addressing) rather than through `String`'s
/// hashing, which normalizes and is seeded per process.
struct Vocabulary: Sendable {
    /// The words' bytes, one after another; word `i` is `bytes[offsets[i]..<offsets[i + 1]]`.
    private var bytes: [UInt8] = []
    private var offsets: [Int32] = [0]
    /// Open-addressing slots (a power of two): a word id, or -1.
    private var slots: [Int32] = [Int32](repeating: -1, count: 256)

    /// The number of words.
    var count: Int { offsets.count - 1 }

    /// The id of a lower-cased word, adding it if new.
    mutating func intern(_ word: String) -> Int32 {
        let key = Array(word.utf8)
        let (found, slot) = key.withUnsafeBufferPointer { find($0) }
        if found >= 0 { return found }
        let id = Int32(count)
        bytes.append(contentsOf: key)
        offsets.append(Int32(bytes.count))
        slots[slot] = id
        if count * 2 > slots.count { rehash() }
        return id
    }

    /// The id of a lower-cased word, or -1 when no phrase uses it.
    func lookup(_ word: String) -> Int32 {
        if let id = word.utf8.withContiguousStorageIfAvailable({ find($0).id }) { return id }
        return Array(word.utf8).withUnsafeBufferPointer { find($0).id }
    }

    /// The word's id (or -1) and the slot where it is or would go.
    private func find(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int32, slot: Int) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let id = slots[slot]
                if id < 0 { return (-1, slot) }
                let lo = Int(offsets[Int(id)]), hi = Int(offsets[Int(id) + 1])
                if hi - lo == key.count {
                    var same = true
                    var k = 0
                    while k < key.count { if stored[lo + k] != key[k] { same = false; break }; k += 1 }
                    if same { return (id, slot) }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Doubles the slots and places every word again.
    private mutating func rehash() {
        let words = count
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for id in 0..<words {
            let lo = Int(offsets[id]), hi = Int(offsets[id + 1])
            let slot = Array(bytes[lo..<hi]).withUnsafeBufferPointer { find($0).slot }
            slots[slot] = Int32(id)
        }
    }
}
