import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `AtomicFile` for writers that stream: the bytes go through a `ByteWriter`
/// into a temporary file beside the target as they are produced (a
/// million-edge export never sits in memory), which is renamed over the
/// target when complete (and synced to disk first under `Durability.synced`). Same rules as `AtomicFile`: a symbolic link is followed,
/// a target that cannot be replaced (`/dev/stdout`, a FIFO, a device) is
/// written through, a folder is refused; on failure no temporary file is left
/// and the target is as it was.
enum StreamingAtomicFile {
    /// Writes the file at `url` from what `body` appends to the writer it is given.
    /// - Throws: `ExportError.io` for file-system failures, or the first failure `body` recorded.
    static func write(to url: URL, format: String, _ body: (ByteWriter) -> Void) throws(ExportError) {
        let path = url.path
        var info = stat()
        if stat(path, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR { throw .io(path: path, operation: "write", reason: "is a folder") }
            if type != S_IFREG || path.hasPrefix("/dev/") || path.hasPrefix("/proc/") {
                return try writeThrough(at: path, format: format, body)
            }
        }
        let target = POSIXFile.resolvingSymbolicLinks(path)
        let folder = (target as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/." + (target as NSString).lastPathComponent
            + "." + TemporaryName.suffix() + ".tmp"
        try writeNew(at: temporary, format: format, reportedAs: path, body)
        if rename(temporary, target) != 0 {
            let reason = POSIXFile.Failure(errno).message
            unlink(temporary)
            throw .io(path: path, operation: "rename the finished file into place", reason: reason)
        }
        if Durability.waitsForDisk { POSIXFile.syncFolder(folder.isEmpty ? "." : folder) }
    }

    /// Creates a new file at `path` (which must not exist) and fills it; under
    /// `Durability.synced` it also starts writing to disk as it goes and syncs at the end.
    /// On failure the partial file is removed. Errors name `reportedAs` (the user's path).
    static func writeNew(
        at path: String, format: String, reportedAs shownPath: String? = nil, _ body: (ByteWriter) -> Void
    ) throws(ExportError) {
        let shown = shownPath ?? path
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw .io(path: shown, operation: "write", reason: POSIXFile.Failure(errno).message) }
        do throws(ExportError) {
            let syncs = Durability.waitsForDisk
            let writer = ByteWriter(format: format, fileDescriptor: fd, path: shown, startsWriteback: syncs)
            body(writer)
            try writer.finish()
            if syncs, fsync(fd) != 0 { throw ExportError.io(path: shown, operation: "sync", reason: POSIXFile.Failure(errno).message) }
            if close(fd) != 0 { throw ExportError.io(path: shown, operation: "close", reason: POSIXFile.Failure(errno).message) }
        } catch {
            close(fd)
            unlink(path)
            throw error
        }
    }

    /// Streams into an existing file that cannot be replaced (a FIFO, a device, `/dev/stdout`).
    private static func writeThrough(at path: String, format: String, _ body: (ByteWriter) -> Void) throws(ExportError) {
        let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard fd >= 0 else { throw .io(path: path, operation: "open", reason: POSIXFile.Failure(errno).message) }
        defer { close(fd) }
        let writer = ByteWriter(format: format, fileDescriptor: fd, path: path)
        body(writer)
        try writer.finish()
    }
}

/// Random suffixes for temporary names, so concurrent exports never collide.
enum TemporaryName {
    /// The process id and a random number.
    static func suffix() -> String {
        "\(ProcessInfo.processInfo.processIdentifier)-\(String(UInt64.random(in: 0...UInt64.max), radix: 16))"
    }
}
