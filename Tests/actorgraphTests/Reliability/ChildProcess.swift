import Foundation

/// The built `actorgraph` started with `posix_spawn`, for what `Process`
/// cannot give: the child's own peak memory (which it reports) and a SIGKILL at
/// any moment. Output goes to files, so a child never blocks on a full pipe.
final class ChildProcess {
    /// How a child ended.
    struct Exit {
        /// The exit status, when it exited.
        var status: Int32?
        /// The signal that killed it, when one did.
        var signal: Int32?
        /// Peak resident memory of the command's own address space, in bytes (from the
        /// `actorgraph: peak memory` line it writes at exit; `wait4`'s `ru_maxrss` would include
        /// this test process's size, which Linux carries into a spawned child at `exec`). Zero
        /// when the command did not report it (killed, or crashed).
        var peakMemory: Int
        var stdout: String
        var stderr: String
    }

    let pid: pid_t
    private let output: URL

    /// Starts `actorgraph ARGS`.
    init(_ arguments: [String]) throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("agchild-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.appendingPathComponent("out").path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, output.appendingPathComponent("err").path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // Pipes other tests hold open must not be inherited (their readers would wait for this child).
        // (glibc 2.34 has closefrom for spawn, but Swift's Glibc module does not export it.)
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
        }
        let binary = CLIRunner.binary.path
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let variables: [String] = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
            + ["ACTORGRAPH_REPORT_PEAK_MEMORY=1"]
        let environment: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
        defer { environment.forEach { free($0) } }
        let code = posix_spawn(&child, binary, &actions, nil, argv, environment)
        guard code == 0 else { throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EINVAL) }
        pid = child
    }

    /// Whether the child has ended (it is not reaped: `wait()` still reports how).
    var hasExited: Bool {
        var info = siginfo_t()
        return waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info._sifields._sigchld.si_pid == pid
    }

    /// Kills the child at once (it may have exited already: then nothing happens).
    func kill() { _ = Foundation.kill(pid, SIGKILL) }

    /// Waits for the child to end.
    func wait() -> Exit {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let read = { (name: String) in
            (try? String(contentsOf: self.output.appendingPathComponent(name), encoding: .utf8)) ?? ""
        }
        let prefix = "actorgraph: peak memory "
        var peak = 0
        let stderr = read("err").split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            guard line.hasPrefix(prefix) else { return true }
            peak = Int(line.dropFirst(prefix.count).prefix { $0.isNumber }) ?? 0
            return false
        }.joined(separator: "\n")
        let exit = Exit(status: status & 0x7F == 0 ? (status >> 8) & 0xFF : nil,
                        signal: status & 0x7F == 0 ? nil : status & 0x7F,
                        peakMemory: peak, stdout: read("out"), stderr: stderr)
        try? FileManager.default.removeItem(at: output)
        return exit
    }

    /// Runs `actorgraph ARGS` to the end.
    static func run(_ arguments: [String]) throws -> Exit { try ChildProcess(arguments).wait() }
}
