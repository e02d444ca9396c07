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
    @inline(__always)
    func escaped(_ string: String, needsEscape: (UInt8) -> Bool, escape: (UInt8) -> Void) {
        withUTF8(string) { escaped($0, needsEscape: needsEscape, escape: escape) }
    }

    /// Appends `raw` with the escaping described in ``escaped(_:needsEscape:escape:)-(String,_,_)``.
    @inline(__always)
    func escaped(_ raw: UnsafeRawBufferPointer, needsEscape: (UInt8) -> Bool, escape: (UInt8) -> Void) {
        guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        let n = raw.count
        var runStart = 0
        var i = 0
        while i < n {
            let b = base[i]
            if _slowPath(needsEscape(b)) {
                if i > runStart { bytes(UnsafeRawBufferPointer(start: base + runStart, count: i - runStart)) }
                escape(b)
                runStart = i &+ 1
            }
            i &+= 1
        }
        if n > runStart { bytes(UnsafeRawBufferPointer(start: base + runStart, count: n - runStart)) }
    }

    /// Whether any byte of `raw` satisfies `predicate` (a scan without bounds checks).
    @inline(__always)
    static func any(_ raw: UnsafeRawBufferPointer, _ predicate: (UInt8) -> Bool) -> Bool {
        guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return false }
        var i = 0
        while i < raw.count {
            if predicate(base[i]) { return true }
            i &+= 1
        }
        return false
    }

    /// Appends a decimal integer.
    @inline(__always)
    func int(_ value: Int) {
        if value < 0 {
            guard value != .min else { return text(String(value)) }
            byte(UInt8(ascii: "-"))
            return int(-value)
        }
        if value < 10 { return byte(UInt8(ascii: "0") &+ UInt8(value)) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for any Int
        var n = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            var i = buffer.count
            while n > 0 {
                i -= 1
                buffer[i] = UInt8(ascii: "0") &+ UInt8(n % 10)
                n /= 10
            }
            bytes(UnsafeRawBufferPointer(start: buffer.baseAddress! + i, count: buffer.count - i))
        }
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
        } else {
            text(value.description)
        }
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
