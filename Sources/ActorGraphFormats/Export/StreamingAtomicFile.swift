import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes one file so that readers only ever see the old file or the complete
/// new one: the bytes go to a temporary file beside the target, which is
/// synced and then renamed over it. On any failure the temporary file is
/// removed and the target is left as it was.
enum StreamingAtomicFile {
    /// Writes the file at `url` from what `body` appends to the writer it is given.
    /// - Throws: `ExportError.io` for file-system failures, or the first failure `body` recorded.
    static func write(to url: URL, format: String, _ body: (ByteWriter) -> Void) throws(ExportError) {
        let target = url.path
        let directory = url.deletingLastPathComponent().path
        let temporary = directory + "/." + url.lastPathComponent + "." + TemporaryName.suffix() + ".tmp"
        try writeNew(at: temporary, format: format, body)
        if rename(temporary, target) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .io(path: target, operation: "rename the finished file into place", reason: reason)
        }
    }

    /// Creates a new file at `path` (which must not exist), fills it and syncs it to disk.
    /// On failure the partial file is removed.
    static func writeNew(at path: String, format: String, _ body: (ByteWriter) -> Void) throws(ExportError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw .io(path: path, operation: "create", reason: String(cString: strerror(errno)))
        }
        do throws(ExportError) {
            let writer = ByteWriter(format: format, fileDescriptor: fd, path: path)
            body(writer)
            try writer.finish()
            if fsync(fd) != 0 {
                throw ExportError.io(path: path, operation: "sync", reason: String(cString: strerror(errno)))
            }
            if close(fd) != 0 {
                throw ExportError.io(path: path, operation: "close", reason: String(cString: strerror(errno)))
            }
        } catch {
            close(fd)
            unlink(path)
            throw error
        }
    }
}

/// Random suffixes for temporary names, so concurrent exports never collide.
enum TemporaryName {
    /// A short random hexadecimal string.
    static func suffix() -> String {
        String(UInt64.random(in: 0...UInt64.max), radix: 16)
    }
}
