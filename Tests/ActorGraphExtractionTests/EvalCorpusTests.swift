import ActorGraphExtraction
import Foundation
import Testing

/// The evaluation harness behind `scripts/eval.sh` (until the CLI's `extract`
/// is there): with ACTORGRAPH_EVAL_IN (a folder of .txt articles) and
/// ACTORGRAPH_EVAL_OUT set, writes `<stem>.json` per article. Without them it
/// does nothing.
@Test func evalCorpusWhenAsked() throws {
    let env = ProcessInfo.processInfo.environment
    guard let input = env["ACTORGRAPH_EVAL_IN"], let output = env["ACTORGRAPH_EVAL_OUT"] else { return }
    let extractor = try Extractor()
    let files = try FileManager.default.contentsOfDirectory(atPath: input)
        .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") || $0.hasSuffix(".md") }.sorted()
    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
    for file in files {
        let graph = try extractor.extract(fileAt: URL(fileURLWithPath: input).appendingPathComponent(file))
        let stem = (file as NSString).deletingPathExtension
        try GraphJSON.data(graph).write(to: URL(fileURLWithPath: output).appendingPathComponent(stem + ".json"))
    }
    #expect(!files.isEmpty, "no articles in \(input)")
}
