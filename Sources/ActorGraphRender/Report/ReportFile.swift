import Foundation

/// Writes the report so that readers see the old file or the whole new one:
/// the bytes go to a temporary file beside the target (same folder, so the
/// same file system), which is flushed and renamed over it.
enum ReportFile {
    /// Writes `bytes` to `path`, replacing any file there.
    ///
    /// - Throws: ``ReportError/writeFailed(path:reason:)``; the temporary file is removed.
    static func write(_ bytes: [UInt8], to path: String) throws(ReportError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0 ... UInt32.max))")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: temporary)
        else {
            throw .writeFailed(path: path, reason: reason(for: folder))
        }
        do {
            try handle.write(contentsOf: bytes)
            try handle.synchronize()
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw .writeFailed(path: path, reason: error.localizedDescription)
        }
        if rename(temporary.path, url.path) != 0 {
            let message = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .writeFailed(path: path, reason: message)
        }
    }

    /// Why a file cannot be created in `folder`.
    private static func reason(for folder: URL) -> String {
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) { return "the folder does not exist" }
        if !isFolder.boolValue { return "\(folder.path) is not a folder" }
        return "the folder is not writable"
    }
}
