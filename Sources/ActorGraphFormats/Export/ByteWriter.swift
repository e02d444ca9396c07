#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one output buffer every writer fills: a preallocated byte buffer that
/// either keeps all bytes (for tests and nested values) or flushes to a file
/// descriptor each time it is full, so a million-edge export never builds a
/// String per element nor the whole file in memory.
///
/// Appending never throws: the first failure (a write error, or a value the
/// format cannot hold) is remembered, later bytes are dropped, and
/// ``finish()`` reports it. That keeps the writers' hot loops free of `try`.
///
/// A class, not a struct, because it owns manually allocated memory and a file
/// descriptor; it lives inside one export call and is never shared.
final class ByteWriter {
    /// The name of the format being written, for error messages.
    let format: String
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes in the buffer (not yet flushed).
    private(set) var count = 0
    private let fileDescriptor: Int32?
    private let path: String
    /// The first problem met, reported by ``finish()``.
    private(set) var failure: ExportError?
    /// Whether to start writing flushed bytes to disk as they are flushed (``startsWriteback``).
    private let startsWriteback: Bool
    /// Bytes written to the file so far, and how many of them were handed to the disk.
    private var written: Int64 = 0
    private var handedToDisk: Int64 = 0

    /// A writer that keeps everything in memory.
    init(format: String, capacity: Int = 1 << 12) {
        self.format = format
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
        fileDescriptor = nil
        path = "<memory>"
        startsWriteback = false
    }

    /// A writer that flushes to an open file descriptor (owned by the caller) whenever `capacity` bytes are buffered.
    ///
    /// `startsWriteback`: for a new regular file that will be synced at the
    /// end, every 8 MiB flushed are handed to the disk at once (Linux
    /// `sync_file_range`, ``Writeback``), so the disk writes while the writer
    /// formats and the final `fsync` waits only for the tail instead of the
    /// whole file (a third of a 180 MB export's time went to that wait).
    init(format: String, fileDescriptor: Int32, path: String, capacity: Int = 1 << 20, startsWriteback: Bool = false) {
        self.format = format
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
        self.fileDescriptor = fileDescriptor
        self.path = path
        self.startsWriteback = startsWriteback && Writeback.isAvailable
    }

    deinit { storage.deallocate() }

    /// Whether a failure has been recorded (a check that does not copy it).
    var hasFailed: Bool { failure != nil }

    /// Records a failure unless one is already known; the first one wins.
    func fail(_ error: ExportError) {
        if failure == nil { failure = error }
    }

    /// Records that `element` holds a value this format cannot represent.
    func unrepresentable(_ element: String, _ reason: String) {
        fail(.unrepresentable(format: format, element: element, reason: reason))
    }

    /// Whether a value was refused before the writer said whose it was. Escaping
    /// functions do not take the element's description, which would cost a copy
    /// of the node or edge per value; writers check this after each element
    /// (a plain load) and then call ``nameUnnamedFailure(_:)``.
    var hasUnnamedFailure: Bool {
        if case .unrepresentable(_, "", _)? = failure { return true }
        return false
    }

    /// Names the element of a failure recorded without one.
    func nameUnnamedFailure(_ element: String) {
        if case let .unrepresentable(format, "", reason)? = failure {
            failure = .unrepresentable(format: format, element: element, reason: reason)
        }
    }

    /// Appends one byte.
    @inline(__always)
    func byte(_ value: UInt8) {
        if count == capacity { makeRoom(1) }
        storage[count] = value
        count += 1
    }

    /// Appends raw bytes. Short runs (ids, names, punctuation: most of what
    /// the writers append) are copied with two overlapping loads and stores
    /// (``copyShort(_:_:_:)``), which costs less than a call to `memcpy`; in
    /// file mode a run of 64 KiB or more (a Cypher batch) goes straight to the
    /// file after what is buffered, without a copy.
    @inline(__always)
    func bytes(_ raw: UnsafeRawBufferPointer) {
        let n = raw.count
        guard n > 0, let source = raw.baseAddress else { return }
        if _fastPath(n <= 32 && count &+ n <= capacity) {
            ByteWriter.copyShort(UnsafeMutableRawPointer(storage + count), source, n)
            count &+= n
            return
        }
        longBytes(raw)
    }

    /// Copies 1…32 bytes: the first and the last 16 (8, 4) bytes, overlapping in the middle.
    @inline(__always)
    static func copyShort(_ to: UnsafeMutableRawPointer, _ from: UnsafeRawPointer, _ n: Int) {
        if n >= 16 {
            let head = from.loadUnaligned(as: SIMD16<UInt8>.self)
            let tail = from.loadUnaligned(fromByteOffset: n &- 16, as: SIMD16<UInt8>.self)
            to.storeBytes(of: head, as: SIMD16<UInt8>.self)
            to.storeBytes(of: tail, toByteOffset: n &- 16, as: SIMD16<UInt8>.self)
        } else if n >= 8 {
            let head = from.loadUnaligned(as: UInt64.self)
            let tail = from.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: n &- 8, as: UInt64.self)
        } else if n >= 4 {
            let head = from.loadUnaligned(as: UInt32.self)
            let tail = from.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: n &- 4, as: UInt32.self)
        } else {
            for i in 0..<n { to.storeBytes(of: from.load(fromByteOffset: i, as: UInt8.self), toByteOffset: i, as: UInt8.self) }
        }
    }

    private func longBytes(_ raw: UnsafeRawBufferPointer) {
        let n = raw.count
        if fileDescriptor != nil && n >= 1 << 16 {
            flush()
            writeOut(raw)
            return
        }
        if count + n > capacity { makeRoom(n) }
        if n > capacity {
            // Only possible in file mode after a flush: a single value larger than the buffer.
            writeOut(raw)
            return
        }
        (storage + count).update(from: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: n)
        count += n
    }

    /// Appends a string's UTF-8 bytes unchanged.
    ///
    /// Disfavoured so that a literal (`w.text("</data>")`) is taken as a
    /// `StaticString`, whose bytes are copied from a constant address, instead
    /// of being made a String and looked up through `withUTF8` on every call.
    @_disfavoredOverload
    @inline(__always)
    func text(_ string: String) {
        withUTF8(string) { bytes($0) }
    }

    /// Calls `body` with a string's UTF-8 bytes: in place for native strings
    /// (no copy, no reference counting), through a contiguous copy otherwise.
    @inline(__always)
    func withUTF8(_ string: String, _ body: (UnsafeRawBufferPointer) -> Void) {
        if string.utf8.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) == nil {
            var copy = string
            copy.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Appends a literal's UTF-8 bytes unchanged.
    @inline(__always)
    func text(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes(UnsafeRawBufferPointer($0)) }
    }

    /// Appends `string`, passing every byte for which `needsEscape` holds to
    /// `escape` and copying the runs between them in one move each.
    /// `candidates` is the word test of the same byte class (``WordScan``);
    /// without one every byte is tested on its own.
    @inline(__always)
    func escaped(
        _ string: String, candidates: (UInt64) -> UInt64 = { _ in WordScan.highs },
        needsEscape: (UInt8) -> Bool, escape: (UInt8) -> Void
    ) {
        withUTF8(string) { escaped($0, candidates: candidates, needsEscape: needsEscape, escape: escape) }
    }

    /// Appends `raw` with the escaping described in ``escaped(_:candidates:needsEscape:escape:)-(String,_,_,_)``.
    @inline(__always)
    func escaped(
        _ raw: UnsafeRawBufferPointer, candidates: (UInt64) -> UInt64 = { _ in WordScan.highs },
        needsEscape: (UInt8) -> Bool, escape: (UInt8) -> Void
    ) {
        guard let base = raw.baseAddress else { return }
        let n = raw.count
        var runStart = 0
        while true {
            let rest = UnsafeRawBufferPointer(start: base + runStart, count: n &- runStart)
            let found = runStart &+ WordScan.firstIndex(rest, candidates: candidates, exact: needsEscape)
            if found > runStart { bytes(UnsafeRawBufferPointer(start: base + runStart, count: found &- runStart)) }
            if found == n { return }
            escape(base.load(fromByteOffset: found, as: UInt8.self))
            runStart = found &+ 1
        }
    }

    /// Whether any byte of `raw` satisfies `exact`; `candidates` is its word test (``WordScan``).
    @inline(__always)
    static func any(_ raw: UnsafeRawBufferPointer, candidates: (UInt64) -> UInt64, _ exact: (UInt8) -> Bool) -> Bool {
        WordScan.firstIndex(raw, candidates: candidates, exact: exact) < raw.count
    }

    /// Appends a decimal integer.
    @inline(__always)
    func int(_ value: Int) {
        if _fastPath(UInt(bitPattern: value) < 100) {
            if value < 10 { return byte(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value)) }
            if _slowPath(count &+ 2 > capacity) { makeRoom(2) }
            (storage + count).update(from: ByteWriter.digitPairs + 2 &* value, count: 2)
            count &+= 2
            return
        }
        longInt(value)
    }

    /// "00", "01", … "99": two digits per look-up.
    private static var digitPairs: UnsafePointer<UInt8> {
        @inline(__always) get {
            let pairs: StaticString = """
                00010203040506070809101112131415161718192021222324252627282930313233343536373839\
                40414243444546474849505152535455565758596061626364656667686970717273747576777879\
                8081828384858687888990919293949596979899
                """
            return pairs.utf8Start
        }
    }

    /// ``int(_:)`` for values outside 0…99: the digits written in place, two per step from the end.
    private func longInt(_ value: Int) {
        if value < 0 {
            guard value != .min else { return text(String(value)) }
            byte(UInt8(ascii: "-"))
            return int(-value)
        }
        var length = 3, limit = 1000
        while length < 19 && value >= limit {
            length &+= 1
            limit &*= 10
        }
        if _slowPath(count &+ length > capacity) { makeRoom(length) }
        let pairs = ByteWriter.digitPairs
        var end = storage + (count &+ length)
        var n = value
        while n >= 100 {
            let pair = 2 &* (n % 100)
            n /= 100
            end -= 2
            end[0] = pairs[pair]
            end[1] = pairs[pair &+ 1]
        }
        if n >= 10 {
            end[-2] = pairs[2 &* n]
            end[-1] = pairs[2 &* n &+ 1]
        } else {
            end[-1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: n)
        }
        count &+= length
    }

    /// Appends a finite double in the shortest form that reads back exactly:
    /// integral values as `3.0`, others as Swift prints them (`0.25`, `1e-05`).
    /// Callers check finiteness first (``ExportValues/checkWeights(_:format:)``).
    @inline(__always)
    func double(_ value: Double) {
        if value == value.rounded(.towardZero) && abs(value) < 1e15 {
            if value == 0 && value.sign == .minus { return text("-0.0") }
            int(Int(value))
            text(".0")
        } else if !shortDecimal(value) {
            text(value.description)
        }
    }

    /// Writes a non-integral `value` with one to three decimals (`0.25`,
    /// `-7.75`, `2.125`) when that is what `value.description` prints, without
    /// building the String; returns false, writing nothing, otherwise.
    ///
    /// Below 2³¹ in magnitude the spacing of doubles is far under 0.001, so at
    /// most one decimal with k ≤ 3 places reads back as `value`; the first k
    /// whose decimal m / 10^k divides back to exactly `value` (IEEE division
    /// is correctly rounded) gives the shortest digits that read back, which
    /// is what Swift prints, in plain notation from 0.001 up.
    /// `ByteWriterTests` compares the two over every such decimal below 100.
    private func shortDecimal(_ value: Double) -> Bool {
        let magnitude = abs(value)
        guard magnitude >= 0.001 && magnitude < 2_147_483_648 else { return false }
        var scale = 1.0
        for places in 1 ... 3 {
            scale *= 10
            let scaled = (magnitude * scale).rounded()
            guard scaled / scale == magnitude else { continue }
            let m = Int(scaled), unit = Int(scale)
            if value < 0 { byte(UInt8(ascii: "-")) }
            int(m / unit)
            byte(UInt8(ascii: "."))
            var fraction = m % unit
            var divisor = unit / 10
            for _ in 0 ..< places {
                byte(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction / divisor))
                fraction %= divisor
                divisor /= 10
            }
            return true
        }
        return false
    }

    /// The buffered bytes (memory mode: everything written so far).
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: storage, count: count))
    }

    /// A copy of the buffered bytes.
    var buffered: [UInt8] { withBytes { Array($0) } }

    /// Empties the buffer (memory mode), keeping its capacity for the next value.
    func reset() { count = 0 }

    /// Flushes what is buffered and reports the first failure, if any.
    func finish() throws(ExportError) {
        flush()
        if let failure { throw failure }
    }

    private func makeRoom(_ needed: Int) {
        if fileDescriptor != nil {
            flush()
            return
        }
        var newCapacity = capacity * 2
        while newCapacity < count + needed { newCapacity *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.update(from: storage, count: count)
        storage.deallocate()
        storage = bigger
        capacity = newCapacity
    }

    private func flush() {
        guard fileDescriptor != nil, count > 0 else { return }
        writeOut(UnsafeRawBufferPointer(start: storage, count: count))
        count = 0
    }

    private func writeOut(_ raw: UnsafeRawBufferPointer) {
        guard let fd = fileDescriptor, failure == nil else { return }
        var offset = 0
        while offset < raw.count {
            let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                fail(.io(path: path, operation: "write", reason: String(cString: strerror(errno))))
                return
            }
            offset += n
        }
        written += Int64(raw.count)
        if startsWriteback && written - handedToDisk >= Writeback.step {
            Writeback.start(fd, from: handedToDisk, count: written - handedToDisk)
            handedToDisk = written
        }
    }
}

/// Early writeback of a file being written (Linux `sync_file_range` with
/// `SYNC_FILE_RANGE_WRITE`: start writing these pages, do not wait). Looked up
/// at run time because Glibc's module map does not export it (it is a GNU
/// extension); elsewhere it is absent and writers simply sync at the end.
enum Writeback {
    /// Bytes between two hand-overs.
    static let step: Int64 = 8 << 20

    private typealias SyncFileRange = @convention(c) (Int32, Int64, Int64, UInt32) -> Int32
    nonisolated(unsafe) private static let syncFileRange: SyncFileRange? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sync_file_range") else { return nil }
        return unsafeBitCast(symbol, to: SyncFileRange.self)
        #else
        return nil
        #endif
    }()

    static var isAvailable: Bool { syncFileRange != nil }

    /// Starts writing `count` bytes of `fd` from `offset` to disk, without waiting. Failures are ignored:
    /// this is a hint, and the `fsync` at the end reports any write error.
    static func start(_ fd: Int32, from offset: Int64, count: Int64) {
        _ = syncFileRange?(fd, offset, count, 2 /* SYNC_FILE_RANGE_WRITE */)
    }
}
