/// A small, fast, seedable random number generator (SplitMix64, Steele,
/// Lea and Flood, OOPSLA 2014), so that sampled and randomised analyses give
/// the same answer for the same seed on every platform.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `k` distinct values of `0 ..< n`, by a partial Fisher–Yates shuffle, sorted.
    /// - Complexity: O(n).
    mutating func sample(_ k: Int, from n: Int) -> [Int] {
        var pool = Array(0 ..< n)
        let count = min(k, n)
        for i in 0 ..< count {
            let j = Int.random(in: i ..< n, using: &self)
            pool.swapAt(i, j)
        }
        return pool[..<count].sorted()
    }
}
