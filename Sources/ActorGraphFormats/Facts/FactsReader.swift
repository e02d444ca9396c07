import ActorGraph
import Foundation
import Yams

/// Reads hand-written facts files (`actorgraph-facts/1`, YAML or JSON; the
/// format is in docs/facts-format.md) into a graph fragment, checking every
/// field and naming the file, line and field of the first problem.
public enum FactsReader {
    /// The format name a facts file may declare.
    public static let formatName = "actorgraph-facts/1"

    /// Reads the facts file at `path`.
    public static func read(path: String) throws(InputError) -> Graph {
        try read(bytes: TextInput.bytes(ofFile: path), file: path)
    }

    /// Reads `bytes` as the facts file `file`.
    public static func read(bytes: [UInt8], file: String) throws(InputError) -> Graph {
        let text = try TextInput.decode(bytes, file: file)
        try YAMLGuard.check(text, file: file)
        let root: Yams.Node
        do {
            // The basic resolver leaves plain scalars untyped: the parser converts
            // each field itself, and the default resolver's regular expressions
            // (run on every key when the composer checks for duplicates) took
            // most of the reading time.
            guard let parsed = try Yams.compose(yaml: text, .basic) else {
                throw InputError(file: file, line: 1, message: "empty file; expected a facts mapping (docs/facts-format.md)")
            }
            root = parsed
        } catch let error as InputError {
            throw error
        } catch let error as YamlError {
            throw inputError(error, file: file, lastLine: lastLine(of: text))
        } catch {
            throw InputError(file: file, message: "not valid YAML: \(error)")
        }
        var parser = FactsParser(file: file, fileHash: SHA256.documentID(bytes))
        return try parser.parse(YAMLValue(node: root, file: file, field: ""))
    }

    /// The line of the last non-blank character of `text` (1 for a blank text).
    private static func lastLine(of text: String) -> Int {
        let utf8 = text.utf8
        guard let last = utf8.lastIndex(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return 1 }
        return 1 + utf8[..<last].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    private static func inputError(_ error: YamlError, file: String, lastLine: Int) -> InputError {
        // JSON facts files go through the YAML parser too; name the syntax the user wrote.
        let syntax = file.lowercased().hasSuffix(".json") ? "JSON" : "YAML"
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            // libyaml puts the end of the input on the line after a final newline; a
            // truncated file is reported on its last line, where the user can see it.
            return InputError(file: file, line: min(mark.line, lastLine), message: "not valid \(syntax): \(problem)")
        case let .reader(problem, _, _, _):
            return InputError(file: file, message: "not valid \(syntax): \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return InputError(file: file, line: context.mark.line, message: "duplicate key \(keys) in one mapping")
        default:
            return InputError(file: file, message: "not valid \(syntax): \(error)")
        }
    }
}
