import Foundation

/// Runs the built `actorgraph` binary, as a user would.
struct CLIRunner {
    /// What a run printed and how it ended.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The repository root (for graphs/ and fixtures).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardized

    /// The binary to run: `ACTORGRAPH_BINARY` when set (scripts/sanitize.sh sets it
    /// to its sanitized build's), else the one beside the test executable (swift build
    /// puts both in one folder), else `.build/debug/actorgraph`.
    ///
    /// On Linux `Bundle.main.bundleURL` is the folder that holds the test
    /// executable, so the folder above it, which this used to search, never had
    /// the binary: every run fell back to `.build/debug/actorgraph`, and the
    /// sanitizer runs tested an ordinary, possibly stale, build of the command.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["ACTORGRAPH_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let besideTests = [Bundle.main.executableURL?.deletingLastPathComponent(),   // Linux: …/debug/X.xctest is a file
                           Bundle.main.bundleURL.deletingLastPathComponent()]      // macOS: …/debug/X.xctest/ is a bundle
        for folder in besideTests.compactMap({ $0 }) {
            let candidate = folder.appendingPathComponent("actorgraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return root.appendingPathComponent(".build/debug/actorgraph")
    }

    /// Runs `actorgraph ARGS` in `directory` (default: a new temporary folder).
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agcli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
