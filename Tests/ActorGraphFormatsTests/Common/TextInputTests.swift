import Foundation
import Testing
@testable import ActorGraphFormats

@Suite("Reading input files")
struct TextInputTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agtext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a missing file, a folder and a FIFO are errors naming the file, without blocking")
    func notFiles() throws {
        let dir = try Self.folder()
        let fifo = dir.appendingPathComponent("pipe.yaml").path
        #expect(mkfifo(fifo, 0o644) == 0)
        for (path, says) in [(dir.appendingPathComponent("none.yaml").path, "no such file"),
                             (dir.path, "is a folder"), (fifo, "is not a regular file")] {
            #expect {
                _ = try TextInput.bytes(ofFile: path)
            } throws: { error in
                "\(error)" == "\(path): \(says)" || "\(error)".hasPrefix("\(path): \(says)")
            }
        }
    }

    @Test("a file over the size limit is refused before it is read (a sparse 1.1 GiB file)")
    func tooLarge() throws {
        let path = try Self.folder().appendingPathComponent("huge.json").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, off_t(TextInput.maximumBytes) + (100 << 20)) == 0)
        #expect {
            _ = try TextInput.bytes(ofFile: path)
        } throws: { error in
            "\(error)".contains("inputs are limited to 1024 MiB")
        }
        try Data("{}".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: InputError.self) { _ = try TextInput.bytes(ofFile: path, maximumBytes: 1) }
        #expect(try TextInput.bytes(ofFile: path, maximumBytes: 2) == Array("{}".utf8))
    }

    @Test("byte-order marks are honoured: UTF-8 BOM dropped, UTF-16 both ways decoded")
    func byteOrderMarks() throws {
        #expect(try TextInput.decode([0xEF, 0xBB, 0xBF] + Array("a: é".utf8), file: "f") == "a: é")
        #expect(try TextInput.decode(Bytes.utf16("a: é\n", bigEndian: true), file: "f") == "a: é\n")
        #expect(try TextInput.decode(Bytes.utf16("a: é\n", bigEndian: false), file: "f") == "a: é\n")
    }

    @Test("nesting is counted outside strings only")
    func nestingSkipsStrings() throws {
        let inString = "[\"" + String(repeating: "[{", count: 500) + "\\\"]\"]"
        try NestingLimit.checkJSON(Array(inString.utf8), file: "s.json")
        #expect(throws: InputError.self) {
            try NestingLimit.checkJSON(Array((String(repeating: "[", count: 65) + "\"]\"").utf8), file: "s.json")
        }
    }
}
