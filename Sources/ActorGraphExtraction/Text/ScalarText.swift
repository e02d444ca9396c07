/// A text as Unicode scalars (the unit of evidence offsets) with its UTF-8
/// bytes and, per scalar, where its bytes start, so that the text of any span
/// is one copy of bytes rather than a scalar-by-scalar rebuild.
struct ScalarText: Sendable {
    /// The scalars.
    let scalars: [Unicode.Scalar]
    /// The UTF-8 bytes.
    let utf8: [UInt8]
    /// For each scalar (and one past the end), the offset of its first byte.
    let offsets: [Int32]

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int32] = []
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var position: Int32 = 0
        for c in text.unicodeScalars {
            scalars.append(c)
            offsets.append(position)
            position += Int32(UTF8.width(c))
        }
        offsets.append(position)
        self.scalars = scalars
        self.utf8 = Array(text.utf8)
        self.offsets = offsets
    }

    /// The text of the scalars `start..<end` (clamped to the text).
    func text(_ start: Int, _ end: Int) -> String {
        let lo = max(0, min(start, scalars.count)), hi = max(lo, min(end, scalars.count))
        return String(decoding: utf8[Int(offsets[lo])..<Int(offsets[hi])], as: UTF8.self)
    }
}
