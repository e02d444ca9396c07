import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a folder export through `AtomicFile.writeFolder`, so it appears
/// complete or not at all: the files and a manifest (`actorgraph-export.json`)
/// are written into a temporary folder beside the target, which is renamed
/// into place at the end.
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
        let target = url.standardizedFileURL
        try checkReplaceable(target.path)
        do {
            try AtomicFile.writeFolder(at: target) { staging in
                let folder = FolderExport(format: format, staging: staging.path)
                try body(folder)
                try folder.writeManifest()
            }
        } catch let error as ExportError {
            throw error
        } catch let error as OutputError {
            throw .io(path: error.path, operation: "write the folder", reason: error.message)
        } catch {
            throw .io(path: target.path, operation: "write the folder", reason: "\(error)")
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
            throw .io(path: path, operation: "make executable", reason: POSIXFile.Failure(errno).message)
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
}
