import Foundation

/// The built `actorgraph` started with `posix_spawn`, for what `Process`
/// cannot give: the child's own peak memory (from `wait4`) and a SIGKILL at
/// any moment. Output goes to files, so a child never blocks on a full pipe.
final class ChildProcess {
    /// How a child ended.
    struct Exit {
        /// The exit status, when it exited.
        var status: Int32?
        /// The signal that killed it, when one did.
        var signal: Int32?
        /// Peak resident memory, in bytes.
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
        let code = posix_spawn(&child, binary, &actions, nil, argv, environ)
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
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let read = { (name: String) in
            (try? String(contentsOf: self.output.appendingPathComponent(name), encoding: .utf8)) ?? ""
        }
        let exit = Exit(status: status & 0x7F == 0 ? (status >> 8) & 0xFF : nil,
                        signal: status & 0x7F == 0 ? nil : status & 0x7F,
                        peakMemory: Int(usage.ru_maxrss) * 1024, stdout: read("out"), stderr: read("err"))
        try? FileManager.default.removeItem(at: output)
        return exit
    }

    /// Runs `actorgraph ARGS` to the end.
    static func run(_ arguments: [String]) throws -> Exit { try ChildProcess(arguments).wait() }
}
