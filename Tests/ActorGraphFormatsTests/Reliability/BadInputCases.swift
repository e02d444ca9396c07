import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

/// The bad-input cases of `Fixtures/bad-input/cases.tsv` (written by
/// `make-cases.py`): a file with one mistake, the line its error must name,
/// and words the error must contain.
struct BadInputCase: CustomTestStringConvertible, Sendable {
    var file: String
    var line: Int
    var mentions: String

    var path: String { BadInputCase.folder.appendingPathComponent(file).path }
    var testDescription: String { file }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/bad-input").standardized

    /// Every case of the manifest.
    static let all: [BadInputCase] = {
        let text = (try? String(contentsOf: folder.appendingPathComponent("cases.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { row in
            guard !row.hasPrefix("#") else { return nil }
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, let line = Int(fields[1]) else { return nil }
            return BadInputCase(file: fields[0], line: line, mentions: fields[2])
        }
    }()

    /// The valid files the cases were made from.
    static let validFiles = ["valid-facts.yaml", "valid-facts.json", "valid-actorgraph.json"]
}

/// Reads bytes with the reader the command line would choose for the file's name.
enum AnyReader {
    static func read(bytes: [UInt8], file: String) throws(InputError) -> Graph {
        switch (file as NSString).pathExtension.lowercased() {
        case "json" where ActorGraphJSONReader.recognizes(bytes):
            return try ActorGraphJSONReader.read(bytes: bytes, file: file)
        case "tsv":
            return try GDELTEventReader().read(bytes: bytes, file: file).graph
        case "graphml":
            return try GraphMLReader.read(bytes: bytes, file: file)
        default:
            return try FactsReader.read(bytes: bytes, file: file)
        }
    }

    static func read(path: String) throws(InputError) -> Graph {
        try read(bytes: TextInput.bytes(ofFile: path), file: path)
    }
}

/// Test inputs built from bytes.
enum Bytes {
    static func of(_ path: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))) ?? []
    }

    /// `text` as UTF-16 with a byte-order mark.
    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            out += bigEndian ? [high, low] : [low, high]
        }
        return out
    }

    /// The 1-based line on which byte `offset` lies.
    static func line(at offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes.prefix(offset).filter { $0 == 0x0A }.count
    }

    /// The line of the last non-blank byte.
    static func lastLine(_ bytes: [UInt8]) -> Int {
        var end = bytes.count
        while end > 0, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[end - 1]) { end -= 1 }
        return line(at: end - 1, in: bytes)
    }
}
