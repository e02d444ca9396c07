import Foundation
import Testing

/// scripts/sanitize.sh builds `actorgraph` with the sanitizer and sets
/// `ACTORGRAPH_SANITIZER`; the command-line tests must then run that binary,
/// not an ordinary build (they once ran `.build/debug/actorgraph`; see
/// `CLIRunner.binary`).
@Suite("Sanitizer runs test the sanitized command")
struct SanitizedBinaryTests {
    static let sanitizer = ProcessInfo.processInfo.environment["ACTORGRAPH_SANITIZER"]

    @Test("the actorgraph the tests run has the sanitizer's runtime",
          .enabled(if: sanitizer != nil, "only under scripts/sanitize.sh"))
    func runsTheSanitizedBinary() throws {
        let runtimes = ["address": ("ASAN_OPTIONS", "AddressSanitizer"), "thread": ("TSAN_OPTIONS", "ThreadSanitizer")]
        let (variable, name) = try #require(runtimes[Self.sanitizer ?? ""], "unknown sanitizer \(Self.sanitizer ?? "")")
        // help=1: the sanitizer's runtime lists its flags on stderr as the process starts.
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["--help"]
        process.environment = ProcessInfo.processInfo.environment.merging([variable: "help=1"]) { $1 }
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(stderr.contains("Available flags for \(name)"), "\(CLIRunner.binary.path) is not built with \(name)")
    }
}
