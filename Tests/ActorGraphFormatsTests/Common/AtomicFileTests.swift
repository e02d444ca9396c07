import Foundation
import Testing
@testable import ActorGraphFormats

@Suite("Atomic output files")
struct AtomicFileTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agatomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func entries(_ url: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }

    @Test("writes and replaces a file, leaving nothing else in the folder")
    func replaces() throws {
        let dir = try Self.folder()
        let file = dir.appendingPathComponent("out.json")
        try AtomicFile.write("one", to: file)
        try AtomicFile.write("two", to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "two")
        #expect(Self.entries(dir) == ["out.json"])
    }

    @Test("a missing folder or a folder as target is an error; no file and no temporary file is left")
    func failures() throws {
        let dir = try Self.folder()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: false)
        for (target, says) in [("none/out.json", "no such folder"), ("sub", "is a folder")] {
            let url = dir.appendingPathComponent(target)
            #expect(throws: OutputError(path: url.path, message: says)) { try AtomicFile.write("x", to: url) }
        }
        #expect(Self.entries(dir) == ["sub"])
        #expect(Self.entries(dir.appendingPathComponent("sub")).isEmpty)
    }

    @Test("a symbolic link is followed: the file it names is replaced, the link stays")
    func symlink() throws {
        let dir = try Self.folder()
        let real = dir.appendingPathComponent("real.json"), link = dir.appendingPathComponent("link.json")
        try "old".write(to: real, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.json")
        try AtomicFile.write("new", to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.json")
        #expect(try String(contentsOf: real, encoding: .utf8) == "new")
        #expect(Self.entries(dir) == ["link.json", "real.json"])
    }

    @Test("a FIFO is written through, not replaced by a regular file")
    func fifo() throws {
        let dir = try Self.folder()
        let fifo = dir.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        // The reader must stay until the writer closes (EOF), or the write would raise SIGPIPE in this process.
        let received = Received()
        let done = DispatchSemaphore(value: 0)
        let reader = Thread {
            let fd = open(fifo.path, O_RDONLY)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while fd >= 0 {
                let n = read(fd, &buffer, buffer.count)
                if n <= 0 { break }
                received.append(buffer[..<n])
            }
            close(fd)
            done.signal()
        }
        reader.start()
        try AtomicFile.write("through the pipe", to: fifo)
        done.wait()
        #expect(received.text == "through the pipe")
        var info = stat()
        #expect(lstat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(Self.entries(dir) == ["pipe"])
    }
}

/// Bytes a reader thread collects.
final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []
    func append(_ more: ArraySlice<UInt8>) { lock.withLock { bytes += more } }
    var text: String { lock.withLock { String(decoding: bytes, as: UTF8.self) } }
}
