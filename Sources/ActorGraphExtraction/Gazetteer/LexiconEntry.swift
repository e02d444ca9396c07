/// One line of the lexicon: a record type, a name, other forms, attributes.
///
/// The record type says what the entry is: `country`, `organization`,
/// `mission`, `person`, `place` (named things), `title` (ranks and roles),
/// `speech` (verbs of saying), `relation` (relation patterns), and the word
/// lists `source`, `document`, `government`, `govmod`, `forces`, `orghead`,
/// `stance`. docs/extraction.md describes each.
public struct LexiconEntry: Codable, Hashable, Sendable {
    /// The record type (`country`, `organization`, `relation`, …).
    public var record: String
    /// The canonical name (for a country, its display name; for a verb, its lemma).
    public var name: String
    /// Other forms: aliases, acronyms, inflections.
    public var aliases: [String]
    /// Attributes (`iso3=MLI`, `type=withdrawsFrom`, `demonyms=Malian|Malians`).
    public var attributes: [String: String]
    /// Where the entry was read (file name and line), for error messages.
    public var origin: String?

    /// Creates an entry.
    public init(record: String, name: String, aliases: [String] = [], attributes: [String: String] = [:],
                origin: String? = nil) {
        self.record = record
        self.name = name
        self.aliases = aliases
        self.attributes = attributes
        self.origin = origin
    }

    /// The `|`-separated values of an attribute (`demonyms=Malian|Malians` → ["Malian", "Malians"]).
    public func list(_ key: String) -> [String] {
        guard let value = attributes[key], !value.isEmpty else { return [] }
        return value.split(separator: "|").map { String($0).trimmedWhitespace() }.filter { !$0.isEmpty }
    }

    /// The entry's name followed by its aliases.
    public var forms: [String] { [name] + aliases }
}
