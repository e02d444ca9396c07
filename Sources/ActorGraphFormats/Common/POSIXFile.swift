import Foundation

/// The system calls behind `AtomicFile`, with errors as the user should read them.
enum POSIXFile {
    /// A failed call: what the system said, in words.
    struct Failure: Error {
        var message: String

        init(_ code: Int32) {
            switch code {
            case ENOENT: message = "no such folder"
            case ENOSPC: message = "the disk is full"
            default: message = String(cString: strerror(code))
            }
        }
    }

    /// Creates `path` (which must not exist) holding `bytes`, flushed to disk under `Durability.synced`.
    static func create(_ path: String, with bytes: [UInt8]) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw Failure(errno) }
        do throws(Failure) {
            try writeAll(bytes, to: fd)
            guard !Durability.waitsForDisk || fsync(fd) == 0 else { throw Failure(errno) }
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw Failure(errno) }
    }

    /// Writes `bytes` into an existing file that cannot be replaced (a FIFO, a device, `/dev/stdout`).
    static func writeThrough(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard fd >= 0 else { throw OutputError(path: path, message: Failure(errno).message) }
        defer { close(fd) }
        do throws(Failure) {
            try writeAll(bytes, to: fd)
        } catch {
            throw OutputError(path: path, message: error.message)
        }
    }

    static func rename(_ from: String, to: String) throws(Failure) {
        guard Foundation.rename(from, to) == 0 else { throw Failure(errno) }
    }

    /// Makes a rename in `folder` durable (best effort: some file systems refuse).
    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// The path a chain of symbolic links ends at (which may not exist yet).
    static func resolvingSymbolicLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {  // as many hops as the kernel follows
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { return current }
            let link = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link
                : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(link)
        }
        return current
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32) throws(Failure) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(errno)
            }
            done += n
        }
    }
}
