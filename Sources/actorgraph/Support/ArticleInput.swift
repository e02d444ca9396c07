import ActorGraph
import ActorGraphExtraction
import ActorGraphFormats
import Foundation

/// Article files (`.txt`, `.md`, `.html`) read through the extractor, for
/// `extract` and `build`.
enum ArticleInput {
    /// Extensions read as articles.
    static let extensions: Set<String> = ["txt", "md", "html", "htm"]

    /// The extractor with the built-in lexicon, made once.
    static let shared: Result<Extractor, LexiconError> = Result { () throws(LexiconError) in try Extractor() }

    /// One article as a graph fragment.
    static func read(_ path: String) throws -> Graph {
        let extractor = try shared.mapError { InputError(file: path, message: $0.description) }.get()
        return try extract(path, with: extractor)
    }

    /// Every article among `paths` (folders expanded) as one graph.
    static func extract(_ paths: [String], lexicon: String?, source: String?) throws -> Graph {
        let extractor: Extractor
        do {
            extractor = try Extractor(lexicon: lexicon.map { try Lexicon.load(extraFile: URL(fileURLWithPath: $0)) } ?? .builtIn())
        } catch let error as LexiconError {
            throw InputError(file: lexicon ?? "lexicon", message: error.description)
        }
        var graph = Graph()
        for path in try InputReader.expand(paths) where extensions.contains((path as NSString).pathExtension.lowercased()) {
            graph.merge(try extract(path, with: extractor, source: source))
        }
        return graph
    }

    private static func extract(_ path: String, with extractor: Extractor, source: String? = nil) throws -> Graph {
        do {
            return try extractor.extract(fileAt: URL(fileURLWithPath: path), source: source)
        } catch {
            throw InputError(file: path, message: error.description)
        }
    }
}
