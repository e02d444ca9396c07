import Foundation

/// Headless Chromium (Debian's `chromium` package), for tests that open a page as a reader would.
struct Chromium {
    /// The browser binary: `$CHROMIUM`, else `chromium` or `chromium-browser` on the PATH.
    static let executable: URL? = {
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["CHROMIUM"], !explicit.isEmpty { candidates.append(explicit) }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] { candidates.append("\(folder)/\(name)") }
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map { URL(fileURLWithPath: $0) }
    }()

    /// Whether a browser was found.
    static var isInstalled: Bool { executable != nil }

    /// What a browser run printed.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs headless Chromium on `page` with `arguments` (a fresh profile per run, so
    /// parallel runs do not share one), killing it after `timeout` seconds.
    static func run(_ arguments: [String], page: URL, timeout: TimeInterval = 120) throws -> Output {
        guard let executable else { throw CocoaError(.fileNoSuchFile) }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        // Output goes to files, not pipes: --dump-dom prints more than a pipe holds, and a
        // full pipe would block the browser while we wait for it.
        let outFile = profile.appendingPathComponent("stdout.txt"), errFile = profile.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                             "--user-data-dir=\(profile.path)"] + arguments + [page.absoluteString]
        process.standardOutput = try FileHandle(forWritingTo: outFile)
        process.standardError = try FileHandle(forWritingTo: errFile)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
        }
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: (try? String(contentsOf: outFile, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: errFile, encoding: .utf8)) ?? "")
    }
}
