import Foundation

/// Reports the process's own peak resident memory on standard error at exit,
/// when the environment variable `ACTORGRAPH_REPORT_PEAK_MEMORY` is set.
///
/// `wait4`'s `ru_maxrss` cannot be used for this by a parent that starts
/// the command with `posix_spawn` (or `fork`): Linux carries the parent's
/// resident size into the child's maximum at `exec`, so a large test runner
/// sees its own size. `VmHWM` in `/proc/self/status` belongs to the command's
/// own address space. The line is `actorgraph: peak memory N bytes`.
enum PeakMemoryReport {
    /// The environment variable that turns the report on.
    static let variable = "ACTORGRAPH_REPORT_PEAK_MEMORY"

    /// Registers the report, if the environment asks for it.
    static func registerIfRequested() {
        guard ProcessInfo.processInfo.environment[variable] != nil else { return }
        atexit {
            guard let bytes = PeakMemoryReport.highWaterMark() else { return }
            FileHandle.standardError.write(Data("actorgraph: peak memory \(bytes) bytes\n".utf8))
        }
    }

    /// `VmHWM` of this process, in bytes, or nil where `/proc` does not give it.
    static func highWaterMark() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 2, let kilobytes = Int(fields[1]) else { return nil }
            return kilobytes * 1024
        }
        return nil
    }
}
