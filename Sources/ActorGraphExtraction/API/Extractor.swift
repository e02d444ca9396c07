import ActorGraph
import Foundation

/// Turns article text into an `actorgraph/1` graph fragment: the countries,
/// people, organizations and missions it names, what each said, and who acts
/// with or against whom, each with the sentence it rests on.
///
/// Rule-based and deterministic: the same text (and lexicon) gives the same
/// graph. An extractor is immutable and can be shared between threads.
///
/// ```swift
/// let extractor = try Extractor()
/// let graph = extractor.extract(text: article, title: "…", date: "2022-02-17", source: "DW")
/// ```
public struct Extractor: Sendable {
    /// The lexicon this extractor uses.
    public let lexicon: Lexicon
    let index: LexiconIndex

    /// Creates an extractor with a lexicon (the built-in one by default).
    /// - Throws: `LexiconError.missingResources` when the default lexicon is
    ///   empty because the module's resources could not be read.
    public init(lexicon: Lexicon = .default) throws(LexiconError) {
        guard !lexicon.entries.isEmpty else { throw .missingResources }
        self.lexicon = lexicon
        self.index = LexiconIndex(lexicon)
    }

    /// Extracts the graph of one article.
    /// - Parameters:
    ///   - text: the article as plain text (strip HTML first with `HTMLText.strip`).
    ///   - documentID: the document id; by default `sha256:` and the hash of the text's UTF-8 bytes.
    ///   - title: the headline; by default the first line when it reads like one.
    ///   - date: the publication date (ISO 8601); by default a date line near the top, if any.
    ///   - source: the outlet.
    ///   - url: where the article was found.
    /// - Returns: a graph with one document, its nodes and edges.
    /// - Complexity: O(n) in the length of the text, times the lexicon's fan-out per word.
    public func extract(text: String, documentID: String? = nil, title: String? = nil, date: String? = nil,
                        source: String? = nil, url: String? = nil) -> Graph {
        let id = documentID ?? SHA256.documentID(Array(text.utf8))
        let prepared = DocumentText(text, vocabulary: index.vocabulary)
        let metadata = ArticleMetadata.infer(prepared)
        let record = Document(id: id, title: title ?? metadata.title, date: date ?? metadata.date, source: source, url: url)
        return extract(prepared, record: record)
    }

    /// Extracts the graph of an article file (`.txt`, `.md`, `.html`): its id is
    /// the hash of the file's bytes; HTML is stripped to text first.
    /// - Throws: `ExtractionError` when the file cannot be read or is not UTF-8 text.
    public func extract(fileAt url: URL, source: String? = nil) throws(ExtractionError) -> Graph {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: url.path, reason: error.localizedDescription)
        }
        return try extract(bytes: data, file: url.path, source: source)
    }

    /// Extracts the graph of an article file's contents, as ``extract(fileAt:source:)``
    /// does once it has read the file: `file`'s extension says whether the bytes
    /// are HTML (`.html`, `.htm`, or anything but `.txt` and `.md` that looks
    /// like HTML), its last component is the document's `url`, and the id is
    /// the hash of the bytes. `actorgraph extract` and the fuzz targets use this path.
    /// - Throws: `ExtractionError.notText` when the bytes are not UTF-8.
    public func extract<Bytes: Collection>(bytes: Bytes, file: String, source: String? = nil) throws(ExtractionError) -> Graph
    where Bytes.Element == UInt8 {
        guard var text = String(data: Data(bytes), encoding: .utf8) else { throw .notText(file: file) }
        var title: String?
        let url = URL(fileURLWithPath: file)
        let ext = url.pathExtension.lowercased()
        if ext == "html" || ext == "htm" || (ext != "txt" && ext != "md" && HTMLText.looksLikeHTML(text)) {
            title = HTMLText.title(text)
            text = HTMLText.strip(text)
        }
        return extract(text: text, documentID: SHA256.documentID(bytes), title: title, source: source,
                       url: url.lastPathComponent)
    }

    func extract(_ prepared: DocumentText, record: Document) -> Graph {
        let key = GraphAssembler.key(for: record.id)
        var mentions = MentionFinder.find(in: prepared, lexicon: index)
        let table = Coreferencer.resolve(&mentions, doc: prepared, lexicon: index, documentKey: key)
        let quotes = QuoteFinder.find(prepared.tokens)
        let speech = SpeechAnalyzer.analyze(doc: prepared, lexicon: index, mentions: mentions, table: table,
                                            quotes: quotes, documentKey: key)
        var relations = RelationFinder.find(doc: prepared, mentions: mentions, table: speech.table)
        relations += StructuralRelations.find(doc: prepared, lexicon: index, mentions: mentions, table: speech.table)
        relations += JointStatementRelations.find(mentions: mentions, table: speech.table, signatories: speech.signatories,
                                                  statements: speech.statements)
        let assembler = GraphAssembler(doc: prepared, lex: index, documentID: record.id, mentions: mentions,
                                       table: speech.table, statements: speech.statements,
                                       signatories: speech.signatories, relations: relations)
        return assembler.assemble(record)
    }
}

/// What can go wrong when extracting from a file.
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// The file is not UTF-8 text.
    case notText(file: String)

    public var description: String {
        switch self {
        case let .unreadable(file, reason): return "\(file): cannot read: \(reason)"
        case let .notText(file): return "\(file): not UTF-8 text"
        }
    }
}
