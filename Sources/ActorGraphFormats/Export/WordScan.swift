/// Byte scans eight bytes at a time (SWAR: SIMD within a register), for the
/// escaping functions' search for the next byte to escape.
///
/// Nearly every value a writer escapes holds no byte to escape, and testing
/// it a byte at a time (four or five compares and a branch per byte) was
/// the largest part of the CSV export's time. These test a whole 64-bit
/// word per step with a few integer operations; only a word that may hold
/// such a byte is looked at byte by byte with the format's exact test.
/// (Swift's `SIMD16` comparisons compile to a loop per lane outside the
/// standard library, so plain integers are faster here.)
///
/// A word test returns a word with the high bit set in every lane that may
/// hold a byte of the class; it never misses one, and may flag lanes above a
/// flagged one (the borrow of the subtraction), which the exact test sorts out.
enum WordScan {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Lanes that may equal `byte`.
    @inline(__always)
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let t = word ^ (ones &* UInt64(byte))
        return (t &- ones) & ~t & highs
    }

    /// Lanes that may be below `bound` (`bound` ≤ 128).
    @inline(__always)
    static func below(_ word: UInt64, _ bound: UInt8) -> UInt64 {
        (word &- ones &* UInt64(bound)) & ~word & highs
    }

    /// The position of the first byte of `raw` for which `exact` holds, or `raw.count`.
    /// `candidates` is the word test of the same class (see the type's comment).
    @inline(__always)
    static func firstIndex(
        _ raw: UnsafeRawBufferPointer, candidates: (UInt64) -> UInt64, exact: (UInt8) -> Bool
    ) -> Int {
        let n = raw.count
        guard let base = raw.baseAddress else { return 0 }
        var i = 0
        while i &+ 8 <= n {
            if _slowPath(candidates(base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) != 0) {
                for j in i ..< i &+ 8 where exact(base.load(fromByteOffset: j, as: UInt8.self)) { return j }
            }
            i &+= 8
        }
        if i < n && n >= 8 {
            // The last bytes, as the word that ends at the end (it overlaps bytes already seen).
            if candidates(base.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)) == 0 { return n }
        }
        while i < n {
            if exact(base.load(fromByteOffset: i, as: UInt8.self)) { return i }
            i &+= 1
        }
        return n
    }
}
