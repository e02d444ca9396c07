import ActorGraph

/// An entity of one document: what its mentions resolve to, and later a node.
struct DocEntity: Sendable {
    /// The node id (`country:mali`, `organization:mali-government`).
    var id: String
    /// The node kind.
    var kind: NodeKind
    /// The display name.
    var name: String
    /// Other names the document uses for it.
    var aliases: [String] = []
    /// Node attributes.
    var attributes: [String: String] = [:]
    /// The lexicon entity, for named entities (for governments and forces: their country).
    var lexicon: Int?
    /// For a government or armed forces: the lexicon index of the country.
    var country: Int?
    /// Whether the entity is a country's government.
    var isGovernment = false
    /// Whether the entity is a document that speaks for its signatories.
    var isDocument = false
    /// Whether the entity is a collective actor named only by a common noun ("Islamist insurgents").
    var isGroup = false
    /// For a group: the entity that owns it ("France" for "its European partners").
    var owner: Int?
    /// For a person: the country (lexicon index) the text ties them to ("Burkina Faso's Capt Ibrahim
    /// Traoré", "Malian President …", a role claimed for a country).
    var personCountry: Int?
    /// Raw forms already offered as aliases (to skip normalizing them again).
    var seenForms: Set<String> = []
    /// The normalized forms of the name and aliases.
    var keys: Set<String> = []
}

/// The entities of one document, by id, in the order first seen.
struct EntityTable: Sendable {
    private(set) var list: [DocEntity] = []
    private var byID: [String: Int] = [:]

    /// The index of the entity with this id, creating it with `make` if needed.
    mutating func intern(_ id: String, make: () -> DocEntity) -> Int {
        if let index = byID[id] { return index }
        let index = list.count
        list.append(make())
        byID[id] = index
        return index
    }

    /// The index of the entity with this id, if any.
    func index(of id: String) -> Int? { byID[id] }

    /// The entity at `index`.
    subscript(index: Int) -> DocEntity {
        get { list[index] }
        set { list[index] = newValue }
    }

    /// Adds an alias unless it is the name or already known (compared as `NameKey` does).
    mutating func addAlias(_ raw: String, to index: Int) {
        guard list[index].seenForms.insert(raw).inserted else { return }
        let alias = Self.clean(raw)
        let key = NameKey.normalize(alias)
        guard !key.isEmpty else { return }
        if list[index].keys.isEmpty { list[index].keys.insert(NameKey.normalize(list[index].name)) }
        guard list[index].keys.insert(key).inserted else { return }
        list[index].aliases.append(alias)
    }

    /// Gives an entity a new display name; the old one becomes an alias.
    mutating func rename(_ index: Int, to name: String) {
        let old = list[index].name
        guard old != name else { return }
        if list[index].keys.isEmpty { list[index].keys.insert(NameKey.normalize(old)) }
        list[index].name = name
        list[index].keys.insert(NameKey.normalize(name))
        list[index].aliases.removeAll { NameKey.normalize($0) == NameKey.normalize(name) }
        if !list[index].aliases.contains(old) { list[index].aliases.append(old) }
    }

    /// A name as written, with typographic apostrophes made plain and runs of
    /// spaces (also no-break spaces and line breaks) made one space.
    static func clean(_ text: String) -> String {
        // Most names are plain ASCII with single spaces: nothing to change.
        var plain = true
        var previous: UInt8 = 0x20
        for b in text.utf8 {
            if b >= 0x80 || b < 0x20 || b == 0x7F || (b == 0x20 && previous == 0x20) { plain = false; break }
            previous = b
        }
        if plain && previous != 0x20 { return text }
        var out = String.UnicodeScalarView()
        var space = false
        for c in text.unicodeScalars {
            if c.properties.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space { out.append(" "); space = false }
            out.append(c == "\u{2019}" || c == "\u{2018}" ? "'" : c)
        }
        return String(out)
    }
}
