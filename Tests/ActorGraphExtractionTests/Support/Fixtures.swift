import ActorGraph
@testable import ActorGraphExtraction

/// Shared helpers: one extractor for all tests, and readable queries on graphs.
enum Fixture {
    /// The extractor with the built-in lexicon.
    static let extractor: Extractor = {
        do { return try Extractor() } catch { preconditionFailure("the built-in lexicon must load: \(error)") }
    }()

    /// The graph of a short text.
    static func graph(_ text: String) -> Graph { extractor.extract(text: text) }

    /// The prepared text (tokens and sentences) of a short text.
    static func document(_ text: String) -> DocumentText { DocumentText(text) }

    /// The mentions found in a short text, resolved.
    static func mentions(_ text: String) -> (DocumentText, MentionSet, EntityTable) {
        let doc = DocumentText(text)
        var set = MentionFinder.find(in: doc, lexicon: extractor.index)
        let table = Coreferencer.resolve(&set, doc: doc, lexicon: extractor.index)
        return (doc, set, table)
    }
}

extension Graph {
    /// The id of the node with this name or alias, if any.
    func id(_ name: String) -> String? { resolve(name) }

    /// The relations as "Source type Target" lines, by display name (what a failing test prints).
    var relations: [String] {
        edges.values.filter { $0.type != .said && $0.type != .about }
            .map { "\(nodes[$0.source]?.name ?? $0.source) \($0.type.rawValue) \(nodes[$0.target]?.name ?? $0.target)" }
    }

    /// The statements, as (speaker names, text, quote kind).
    var statements: [(speakers: [String], text: String, quote: String)] {
        nodes.values.filter { $0.kind == .statement && $0.attributes["form"] == nil }.map { node in
            let speakers = edges.values.filter { $0.type == .said && $0.target == node.id }
                .compactMap { nodes[$0.source]?.name }
            return (speakers, node.attributes["text"] ?? "", node.attributes["quote"] ?? "")
        }
    }

    /// Who said the statement whose text contains `words`.
    func speakers(of words: String) -> [String] {
        statements.filter { $0.text.contains(words) }.flatMap(\.speakers)
    }

    /// The names of the nodes of one kind.
    func names(_ kind: NodeKind) -> [String] { nodes.values.filter { $0.kind == kind }.map(\.name) }
}
