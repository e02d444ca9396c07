@testable import ActorGraphExtraction
import Foundation
import Testing

/// A development aid: with ACTORGRAPH_DEBUG_FILE set, prints what each stage
/// found in that file (sentences, mentions, verbs, quotes, statements).
@Test func debugDumpWhenAsked() throws {
    guard let path = ProcessInfo.processInfo.environment["ACTORGRAPH_DEBUG_FILE"] else { return }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let extractor = try Extractor()
    let doc = DocumentText(text)
    var set = MentionFinder.find(in: doc, lexicon: extractor.index)
    let table = Coreferencer.resolve(&set, doc: doc, lexicon: extractor.index)
    let quotes = QuoteFinder.find(doc.tokens)
    for s in doc.sentences {
        print("S\(s.index) p\(s.paragraph): \(doc.text(sentence: s.index))")
        for m in set.mentions where m.sentence == s.index {
            print("   M \(m.kind) '\(doc.text(tokens: m.range))' -> \(m.entity.map { table[$0].id } ?? "nil") [\(m.detail)]")
        }
        for v in set.speech where doc.tokens[v.range.lowerBound].sentence == s.index {
            print("   V \(v.verb.lemma)/\(v.verb.mode) '\(doc.text(tokens: v.range))'")
        }
        for t in set.triggers where doc.tokens[t.range.lowerBound].sentence == s.index {
            print("   T \(t.pattern.type) '\(doc.text(tokens: t.range))'")
        }
        for r in set.roles where doc.tokens[r.range.lowerBound].sentence == s.index {
            print("   R '\(doc.text(tokens: r.range))' rank=\(r.title.isRank)")
        }
    }
    for q in quotes { print("Q \(q.closed) '\(q.parts.map { doc.text(tokens: $0) }.joined(separator: " / "))'") }
    let speech = SpeechAnalyzer.analyze(doc: doc, lexicon: extractor.index, mentions: set, table: table, quotes: quotes,
                                        documentKey: "debug")
    for st in speech.statements {
        print("ST \(st.speakers.map { speech.table[$0].id }) \(st.direct ? "direct" : "indirect"): \(st.content.map { doc.text(tokens: $0) })")
    }
}
