import Foundation

/// The extractor's knowledge as data: named entities (countries, organizations,
/// missions, people, places), titles, speech verbs and relation patterns.
///
/// The built-in lexicon is the `.tsv` files in the module's `Lexicon/`
/// resources; users extend it with their own file (`--lexicon FILE`), whose
/// entries are added after the built-in ones and win where both name the same
/// form. The file format is described in docs/extraction.md and `LexiconParser`.
public struct Lexicon: Sendable, Equatable {
    /// Every entry, built-in first, in file order.
    public private(set) var entries: [LexiconEntry]

    /// Creates a lexicon from entries.
    public init(entries: [LexiconEntry]) {
        self.entries = entries
    }

    /// The built-in lexicon, read from the module's resources.
    /// - Throws: `LexiconError` when the resources are missing or malformed.
    public static func builtIn() throws(LexiconError) -> Lexicon {
        guard let folder = Bundle.module.url(forResource: "Lexicon", withExtension: nil) else { throw .missingResources }
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "tsv" }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            throw .missingResources
        }
        guard !files.isEmpty else { throw .missingResources }
        var entries: [LexiconEntry] = []
        for file in files { entries += try LexiconParser.parse(file: file) }
        return Lexicon(entries: entries)
    }

    /// The built-in lexicon, or an empty one if the resources cannot be read.
    public static var `default`: Lexicon { (try? builtIn()) ?? Lexicon(entries: []) }

    /// The built-in lexicon extended with a user's file (`.tsv` or `.json`).
    public static func load(extraFile url: URL) throws(LexiconError) -> Lexicon {
        try builtIn().adding(contentsOf: url)
    }

    /// This lexicon with the entries of a file added.
    public func adding(contentsOf url: URL) throws(LexiconError) -> Lexicon {
        Lexicon(entries: entries + (try LexiconParser.parse(file: url)))
    }

    /// This lexicon with more entries added.
    public func adding(_ more: [LexiconEntry]) -> Lexicon {
        Lexicon(entries: entries + more)
    }

    /// Country names by ISO 3166-1 alpha-3 code (`MLI` → `Mali`), for event data sets.
    public var countryNamesByISO3: [String: String] {
        var out: [String: String] = [:]
        for entry in entries where entry.record == "country" {
            if let code = entry.attributes["iso3"], out[code] == nil { out[code] = entry.name }
        }
        return out
    }

    /// The entries of one record type.
    public func entries(_ record: String) -> [LexiconEntry] {
        entries.filter { $0.record == record }
    }
}
