import Foundation

/// A fresh folder under the system's temporary directory, removed by `remove()`
/// unless the environment sets `KEEP_TMP` (to look at what a test wrote).
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// The names in the folder, hidden ones included (temporary files start with a dot).
    func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    func remove() { if ProcessInfo.processInfo.environment["KEEP_TMP"] == nil { try? FileManager.default.removeItem(at: url) } }
}
