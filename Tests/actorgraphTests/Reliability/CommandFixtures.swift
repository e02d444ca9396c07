import Foundation
import Testing

/// Inputs and stores for the command-line reliability tests.
enum CommandFixtures {
    /// The bad-input cases shared with the reader tests (Fixtures/bad-input/cases.tsv).
    struct Case: CustomTestStringConvertible, Sendable {
        /// The file the error names.
        var path: String
        /// The line it names, or nil when no line applies.
        var line: Int?
        /// Words the error contains.
        var mentions: String
        /// What the commands are given (a folder holding `path`), when not `path` itself.
        var input: String?
        var testDescription: String { (path as NSString).lastPathComponent }
    }

    static let badInput = CLIRunner.root.appendingPathComponent("Tests/ActorGraphFormatsTests/Fixtures/bad-input")
    static let mali = CLIRunner.root.appendingPathComponent("graphs/mali-2022/facts.yaml").path

    /// Every case of the manifest.
    static let manifest: [Case] = {
        let text = (try? String(contentsOf: badInput.appendingPathComponent("cases.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { row in
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard !row.hasPrefix("#"), fields.count == 3, let line = Int(fields[1]) else { return nil }
            return Case(path: badInput.appendingPathComponent(fields[0]).path, line: line, mentions: fields[2])
        }
    }()

    /// A store holding the Mali facts, built once; tests work on copies.
    static let template: URL = {
        let url = (try? CLIRunner.temporaryFolder())!.appendingPathComponent("template.sqlite")
        _ = try? CLIRunner.run(["build", mali, "--graph", url.path])
        return url
    }()

    /// A new folder holding a copy of the template store, `g.sqlite`.
    static func storeCopy() throws -> (folder: URL, store: String) {
        let folder = try CLIRunner.temporaryFolder()
        let store = folder.appendingPathComponent("g.sqlite")
        try FileManager.default.copyItem(at: template, to: store)
        return (folder, store.path)
    }

    /// The names in a folder, sorted.
    static func entries(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    static func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }

    /// A new file in a new folder, holding `bytes`.
    static func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = try CLIRunner.temporaryFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
}
