/// The open `UNWIND` batches of a Cypher export, one per label or relationship
/// type, so the graph is read once, in order (reading it type by type jumped
/// around memory and took twice as long).
///
/// Rows go into their group's buffer; when a group holds `batchSize` rows its
/// statement is written out. `finish` writes the groups left, in group order,
/// so the output is the same for the same graph.
final class CypherBatches {
    private let output: ByteWriter
    private let batchSize: Int
    private let footer: (Int) -> String
    private let buffers: [ByteWriter]
    /// Rows in each group's open statement: a pointer rather than an array
    /// property, so counting a row costs no exclusivity check.
    private let counts: UnsafeMutablePointer<Int>

    /// Batches for `groups` groups; `footer(g)` is the text that closes group g's statement.
    init(into output: ByteWriter, groups: Int, batchSize: Int, footer: @escaping (Int) -> String) {
        self.output = output
        self.batchSize = max(1, batchSize)
        self.footer = footer
        buffers = (0..<groups).map { _ in ByteWriter(format: output.format, capacity: 1 << 16) }
        counts = .allocate(capacity: max(groups, 1))
        counts.initialize(repeating: 0, count: max(groups, 1))
    }

    deinit { counts.deallocate() }

    /// Starts a row (a map literal) of group `group`: returns the buffer to write it into,
    /// then call ``endRow(_:)``. (Not a closure: a closure would capture, and so copy,
    /// the node or edge being written, retaining its strings.)
    @inline(__always)
    func beginRow(_ group: Int) -> ByteWriter {
        let buffer = buffers[group]
        if counts[group] == 0 { buffer.newline() } else { buffer.text(",\n") }
        return buffer
    }

    /// Ends the row begun with ``beginRow(_:)`` in `buffer`, the writer it returned;
    /// writes the group's statement when it holds `batchSize` rows.
    @inline(__always)
    func endRow(_ group: Int, _ buffer: ByteWriter) {
        if _slowPath(buffer.hasFailed), let failure = buffer.failure { output.fail(failure) }
        counts[group] &+= 1
        if counts[group] == batchSize { flush(group) }
    }

    /// Writes the statements still open, in group order.
    func finish() {
        for group in buffers.indices where counts[group] > 0 { flush(group) }
    }

    private func flush(_ group: Int) {
        output.text("UNWIND [")
        buffers[group].withBytes { output.bytes($0) }
        output.text("\n] AS row\n")
        output.text(footer(group))
        buffers[group].reset()
        counts[group] = 0
    }
}
