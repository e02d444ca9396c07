import Foundation

/// Reads input files as text, with the errors a user can act on: a missing
/// file, a folder, binary data, invalid UTF-8 (with the line of the first bad
/// byte). UTF-8 and UTF-16 byte-order marks are honoured.
public enum TextInput {
    /// The largest input read, in bytes (1 GiB). Readers need several times an
    /// input's size in memory (docs/reliability.md), so larger files are refused
    /// with a clear error rather than exhausting memory.
    public static let maximumBytes = 1 << 30

    /// The bytes of a file, or an `InputError` that says why they cannot be read:
    /// missing, a folder, not a regular file (a FIFO or device, which could block
    /// or never end), unreadable, or larger than `maximumBytes`.
    public static func bytes(ofFile path: String, maximumBytes: Int = TextInput.maximumBytes) throws(InputError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw InputError(file: path, message: "no such file") }
            throw InputError(file: path, message: "cannot be read (\(String(cString: strerror(code))))")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw InputError(file: path, message: "cannot be read (\(String(cString: strerror(errno))))")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw InputError(file: path, message: "is a folder, not a file")
        default: throw InputError(file: path, message: "is not a regular file (a FIFO, socket or device)")
        }
        let size = Int(info.st_size)
        guard size <= maximumBytes else {
            throw InputError(file: path, message: "is \(size >> 20) MiB; inputs are limited to \(maximumBytes >> 20) MiB (split the file)")
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, size - done) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw InputError(file: path, message: "cannot be read (\(String(cString: strerror(errno))))") }
            if n == 0 { bytes.removeLast(size - done); break }  // the file shrank while being read
            done += n
        }
        return bytes
    }

    /// The text of a file, decoded as described above.
    public static func text(ofFile path: String) throws(InputError) -> String {
        try decode(bytes(ofFile: path), file: path)
    }

    /// Decodes bytes as UTF-8 (or UTF-16 with a byte-order mark).
    /// - Throws: `InputError` for NUL bytes (binary data) and invalid UTF-8.
    public static func decode(_ bytes: [UInt8], file: String) throws(InputError) -> String {
        if bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return try decodeUTF16(bytes, bigEndian: bytes[0] == 0xFE, file: file)
        }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes[3...] }
        var line = 1
        for byte in body {
            if byte == 0 { throw InputError(file: file, line: line, message: "binary data (a NUL byte), not text") }
            if byte == 0x0A { line += 1 }
        }
        if let text = String(validating: body, as: UTF8.self) { return text }
        throw InputError(file: file, line: firstInvalidUTF8Line(body), message: "invalid UTF-8; convert the file to UTF-8")
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, file: String) throws(InputError) -> String {
        guard bytes.count % 2 == 0 else {
            throw InputError(file: file, message: "truncated UTF-16 (odd number of bytes)")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw InputError(file: file, message: "invalid UTF-16")
        }
        if text.unicodeScalars.contains("\0") {
            throw InputError(file: file, message: "binary data (a NUL character), not text")
        }
        return text
    }

    private static func firstInvalidUTF8Line(_ bytes: ArraySlice<UInt8>) -> Int {
        var line = 1
        var lineStart = bytes.startIndex
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == 0x0A {
                if String(validating: bytes[lineStart..<i], as: UTF8.self) == nil { return line }
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        return line
    }
}
