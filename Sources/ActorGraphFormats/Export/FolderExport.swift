import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a folder export so that it appears complete or not at all: the files
/// are written into a temporary folder beside the target, with a manifest
/// (`actorgraph-export.json`), and the folder is renamed into place at the end.
///
/// An existing target is replaced only if it is an empty folder or one that an
/// earlier export wrote (it holds the manifest); anything else is refused, so
/// `-o ~/Documents` cannot wipe a user's folder.
final class FolderExport {
    /// The manifest file every folder export holds.
    static let manifestName = "actorgraph-export.json"

    private let format: String
    private let staging: String
    private(set) var files: [String] = []

    private init(format: String, staging: String) {
        self.format = format
        self.staging = staging
    }

    /// Builds the folder at `url` from the files `body` adds.
    /// - Throws: `ExportError.refusesToReplace` when the target is not ours to replace,
    ///   `ExportError.io` for file-system failures, or what `body` throws.
    static func write(
        to url: URL, format: String, _ body: (FolderExport) throws(ExportError) -> Void
    ) throws(ExportError) {
        let target = url.standardizedFileURL.path
        try checkReplaceable(target)
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let staging = parent + "/." + name + "." + TemporaryName.suffix() + ".tmp"
        guard mkdir(staging, 0o755) == 0 else {
            throw .io(path: staging, operation: "create the staging folder", reason: String(cString: strerror(errno)))
        }
        let folder = FolderExport(format: format, staging: staging)
        do throws(ExportError) {
            try body(folder)
            try folder.writeManifest()
            try moveIntoPlace(staging: staging, target: target)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
    }

    /// Adds a file named `name` to the folder, filled by `body`.
    func file(_ name: String, _ body: (ByteWriter) -> Void) throws(ExportError) {
        try StreamingAtomicFile.writeNew(at: staging + "/" + name, format: format, body)
        files.append(name)
    }

    /// Makes a file executable (for load scripts).
    func makeExecutable(_ name: String) throws(ExportError) {
        let path = staging + "/" + name
        guard chmod(path, 0o755) == 0 else {
            throw .io(path: path, operation: "make executable", reason: String(cString: strerror(errno)))
        }
    }

    private func writeManifest() throws(ExportError) {
        let files = self.files
        let format = self.format
        try StreamingAtomicFile.writeNew(at: staging + "/" + Self.manifestName, format: format) { w in
            w.text("{\"generator\":\"ActorGraph\",\"format\":")
            w.jsonString(format)
            w.text(",\"files\":")
            w.jsonStrings(files)
            w.text("}\n")
        }
    }

    private static func checkReplaceable(_ target: String) throws(ExportError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw .refusesToReplace(path: target, reason: "it is a file, and this format writes a folder")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
        guard entries.isEmpty || entries.contains(manifestName) else {
            throw .refusesToReplace(
                path: target,
                reason: "the folder is not empty and was not written by an export (no \(manifestName)); choose another path")
        }
    }

    private static func moveIntoPlace(staging: String, target: String) throws(ExportError) {
        guard FileManager.default.fileExists(atPath: target) else {
            guard rename(staging, target) == 0 else {
                throw .io(path: target, operation: "rename the finished folder into place",
                          reason: String(cString: strerror(errno)))
            }
            return
        }
        let parent = (target as NSString).deletingLastPathComponent
        let old = parent + "/." + (target as NSString).lastPathComponent + "." + TemporaryName.suffix() + ".old"
        guard rename(target, old) == 0 else {
            throw .io(path: target, operation: "move the previous export aside", reason: String(cString: strerror(errno)))
        }
        guard rename(staging, target) == 0 else {
            let reason = String(cString: strerror(errno))
            rename(old, target)
            throw .io(path: target, operation: "rename the finished folder into place", reason: reason)
        }
        try? FileManager.default.removeItem(atPath: old)
    }
}
