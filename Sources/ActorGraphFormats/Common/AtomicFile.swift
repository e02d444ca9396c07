import Foundation

/// Writes files and folders so that readers see the old content or the new,
/// never a half-written one: the data goes to a temporary file beside the
/// target, which is then renamed over it.
public enum AtomicFile {
    /// Writes `bytes` to `url` atomically: to a temporary file beside the
    /// target (flushed to disk first under `Durability.synced`), then renamed over it. A symbolic link is
    /// followed (the file it names is replaced; the link stays). A target
    /// that is not a regular file and cannot be replaced (`/dev/stdout`, a
    /// FIFO, a device) is written through instead.
    /// - Throws: `OutputError` naming the path when the folder is missing or
    ///   not writable, or the target is a folder. No temporary file is left.
    public static func write<Bytes: Collection>(_ bytes: Bytes, to url: URL) throws(OutputError)
    where Bytes.Element == UInt8 {
        let path = url.path
        var info = stat()
        if stat(path, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR { throw OutputError(path: path, message: "is a folder") }
            if type != S_IFREG || path.hasPrefix("/dev/") || path.hasPrefix("/proc/") {
                return try POSIXFile.writeThrough(Array(bytes), to: path)
            }
        }
        let target = POSIXFile.resolvingSymbolicLinks(path)
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let stamp = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).tmp-\(stamp)"
        do throws(POSIXFile.Failure) {
            try POSIXFile.create(temporary, with: Array(bytes))
            try POSIXFile.rename(temporary, to: target)
        } catch {
            unlink(temporary)
            throw OutputError(path: path, message: error.message)
        }
        if Durability.waitsForDisk { POSIXFile.syncFolder(folder.isEmpty ? "." : folder) }
    }

    /// Writes a string as UTF-8 to `url` atomically.
    public static func write(_ text: String, to url: URL) throws(OutputError) {
        try write(Array(text.utf8), to: url)
    }

    /// Builds a folder with `fill` in a temporary folder beside `url`, then puts
    /// it in place of `url` (replacing an old folder) only when `fill` succeeded.
    public static func writeFolder(at url: URL, _ fill: (URL) throws -> Void) throws {
        let fm = FileManager.default
        let parent = url.deletingLastPathComponent()
        let stamp = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let temporary = parent.appendingPathComponent(".\(url.lastPathComponent).tmp-\(stamp)")
        let old = parent.appendingPathComponent(".\(url.lastPathComponent).old-\(stamp)")
        do {
            try fm.createDirectory(at: temporary, withIntermediateDirectories: false)
        } catch {
            throw OutputError(path: url.path, message: reason(error))
        }
        do {
            try fill(temporary)
        } catch {
            try? fm.removeItem(at: temporary)
            throw error
        }
        var isFolder: ObjCBool = false
        let existed = fm.fileExists(atPath: url.path, isDirectory: &isFolder)
        if existed && !isFolder.boolValue {
            try? fm.removeItem(at: temporary)
            throw OutputError(path: url.path, message: "exists and is not a folder")
        }
        if existed && rename(url.path, old.path) != 0 {
            try? fm.removeItem(at: temporary)
            throw OutputError(path: url.path, message: String(cString: strerror(errno)))
        }
        if rename(temporary.path, url.path) != 0 {
            let code = errno
            if existed { _ = rename(old.path, url.path) }
            try? fm.removeItem(at: temporary)
            throw OutputError(path: url.path, message: String(cString: strerror(code)))
        }
        if Durability.waitsForDisk { POSIXFile.syncFolder(parent.path) }
        if existed { try? fm.removeItem(at: old) }
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileNoSuchFileError, NSFileWriteNoPermissionError, NSFileWriteOutOfSpaceError:
                break
            default:
                break
            }
        }
        return ns.localizedDescription
    }
}

/// A problem writing an output file: which path, and why.
public struct OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path that could not be written.
    public var path: String
    /// Why.
    public var message: String

    /// Creates an output error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): cannot write: \(message)" }
}
