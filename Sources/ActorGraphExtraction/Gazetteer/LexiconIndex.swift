import ActorGraph

/// What a named lexicon entry is.
enum EntityKind: String, Sendable {
    case country, organization, mission, person, place

    /// The node kind of an entity, nil for places (which make no node).
    var nodeKind: NodeKind? {
        switch self {
        case .country: return .country
        case .organization: return .organization
        case .mission: return .mission
        case .person: return .person
        case .place: return nil
        }
    }
}

/// A named entity of the lexicon, ready for matching.
struct LexiconEntity: Sendable {
    var kind: EntityKind
    var name: String
    var aliases: [String]
    var attributes: [String: String]
    var demonyms: [String]
    var capitals: [String]
    /// Words one of which must come right before a match ("on" for the platform X).
    var context: Set<String>

    /// Whether the entity is a news outlet (`type=media`): quoted as a source, never what "the bloc" means.
    var isNewsOutlet: Bool { attributes["type"] == "media" }

    /// The node id the entity gets (nil for places).
    var nodeID: String? { kind.nodeKind.map { NodeID.make(kind: $0, name: name) } }
}

/// How a text form names a lexicon entity.
enum EntityForm: Sendable {
    case name, demonym, capital
}

/// A title or role from the lexicon.
struct TitleInfo: Sendable {
    var name: String
    /// A rank or honorific that stands right before a name ("Colonel").
    var isRank: Bool
    /// Whether the holder heads what the role names (head, leader, commander).
    var leads: Bool
    /// Whether the role alone does not name anybody ("an official").
    var anonymous: Bool
}

/// How a verb of saying introduces what was said.
enum SpeechMode: String, Sendable {
    case clause, object, according
}

/// A verb of saying.
struct SpeechVerb: Sendable {
    var lemma: String
    var mode: SpeechMode
    var listener: Bool
    /// Words one of which must follow the verb (empty: any).
    var next: Set<String> = []
}

/// A family of group nouns: the unnamed collective actors of one kind.
struct GroupFamily: Sendable {
    /// The family's label ("insurgents", "partners").
    var name: String
    /// "armed" or "coalition".
    var type: String
    /// Whether the noun alone names the group ("jihadists"), without a modifier or owner.
    var bare: Bool
}

/// A relation pattern: trigger words, the relation type and where its ends are.
struct RelationPattern: Sendable {
    var name: String
    var type: RelationType
    /// Prepositions after which the object stands; "direct" for a direct object.
    var objectPreps: [String]
    /// Prepositions after which a passive agent stands ("by").
    var agentPreps: [String]
    var symmetric: Bool
    var reverse: Bool
    var missionsOnly: Bool
    var window: Int
}

/// The lexicon compiled into matchers, built once per extractor.
struct LexiconIndex: Sendable {
    /// The words of every phrase below; tokens carry their id (`Token.word`).
    var vocabulary = Vocabulary()
    var entities: [LexiconEntity] = []
    var entityMatcher = PhraseMatcher<(Int, EntityForm)>(caseSensitive: true)
    var titles = PhraseMatcher<TitleInfo>(caseSensitive: false)
    var speech = PhraseMatcher<SpeechVerb>(caseSensitive: false)
    var relations = PhraseMatcher<RelationPattern>(caseSensitive: false)
    var governmentNouns = PhraseMatcher<String>(caseSensitive: false)
    var governmentModifiers = PhraseMatcher<String>(caseSensitive: false)
    var sourceNouns = PhraseMatcher<String>(caseSensitive: false)
    var documentNouns = PhraseMatcher<String>(caseSensitive: false)
    var forcesNouns = PhraseMatcher<String>(caseSensitive: false)
    var organizationReferences = PhraseMatcher<String>(caseSensitive: false)
    var groupNouns = PhraseMatcher<GroupFamily>(caseSensitive: false)
    /// The group families by name.
    var groupFamilies: [String: GroupFamily] = [:]
    var groupModifiers = PhraseMatcher<String>(caseSensitive: false)
    var stance = PhraseMatcher<Int>(caseSensitive: false)
    var orgHeads: Set<String> = []
    /// Node ids of the entities, by index (computed once).
    var entityIDs: [String?] = []
    /// Lower-cased single words that are titles, speech verbs or other lexicon words (not names).
    var commonWords: Set<String> = []
    /// Given names by their gender, lower-cased and folded ("stephanie").
    var firstNameGender: [String: Gender] = [:]
    /// Honorifics and nouns that tell a person's gender ("ms", "spokeswoman"), lower-cased.
    var genderWords: [String: Gender] = [:]

    init(_ lexicon: Lexicon) {
        for entry in lexicon.entries {
            switch entry.record {
            case "country", "organization", "mission", "person", "place":
                addEntity(entry)
            case "title":
                let info = TitleInfo(name: entry.name, isRank: entry.attributes["kind"] == "rank",
                                     leads: entry.attributes["relation"] == "leads",
                                     anonymous: entry.attributes["anonymous"] == "yes")
                for form in entry.forms { titles.add(form, payload: info, vocabulary: &vocabulary); noteCommon(form) }
            case "speech":
                let verb = SpeechVerb(lemma: entry.name, mode: SpeechMode(rawValue: entry.attributes["mode"] ?? "clause") ?? .clause,
                                      listener: entry.attributes["listener"] == "yes",
                                      next: Set(entry.list("next").map { NameFold.lower($0) }))
                // The name is a label ("accord" for "according to"); the forms are the aliases.
                for form in entry.aliases.isEmpty ? [entry.name] : entry.aliases { speech.add(form, payload: verb, vocabulary: &vocabulary); noteCommon(form) }
            case "relation":
                guard let type = entry.attributes["type"].flatMap(RelationType.init(rawValue:)) else { continue }
                let pattern = RelationPattern(
                    name: entry.name, type: type,
                    objectPreps: entry.list("object").isEmpty ? ["direct"] : entry.list("object"),
                    agentPreps: entry.list("agent"), symmetric: entry.attributes["symmetric"] == "yes",
                    reverse: entry.attributes["reverse"] == "yes", missionsOnly: entry.attributes["missions"] == "yes",
                    window: Int(entry.attributes["window"] ?? "") ?? 6)
                for form in entry.aliases.isEmpty ? [entry.name] : entry.aliases { relations.add(form, payload: pattern, vocabulary: &vocabulary) }
            case "government":
                for form in entry.forms { governmentNouns.add(form, payload: entry.name, vocabulary: &vocabulary); noteCommon(form) }
            case "govmod":
                for form in entry.forms { governmentModifiers.add(form, payload: form, vocabulary: &vocabulary) }
            case "source":
                for form in entry.forms { sourceNouns.add(form, payload: entry.name, vocabulary: &vocabulary); noteCommon(form) }
            case "document":
                for form in entry.forms { documentNouns.add(form, payload: form, vocabulary: &vocabulary); noteCommon(form) }
            case "forces":
                for form in entry.forms { forcesNouns.add(form, payload: entry.name, vocabulary: &vocabulary) }
            case "orgref":
                for form in entry.forms { organizationReferences.add(form, payload: entry.name, vocabulary: &vocabulary) }
            case "group":
                let family = GroupFamily(name: entry.name, type: entry.attributes["type"] ?? "armed",
                                         bare: entry.attributes["bare"] == "yes")
                groupFamilies[family.name] = family
                for form in entry.forms { groupNouns.add(form, payload: family, vocabulary: &vocabulary) }
            case "groupmod":
                for form in entry.aliases { groupModifiers.add(form, payload: form, vocabulary: &vocabulary) }
            case "orghead":
                for form in entry.forms { orgHeads.insert(NameFold.lower(form)) }
            case "firstname", "gendered":
                guard let gender = Gender(rawValue: entry.name) else { continue }
                for form in entry.aliases {
                    if entry.record == "firstname" { firstNameGender[NameFold.lower(form)] = gender }
                    else { genderWords[NameFold.lower(form)] = gender }
                }
            case "stance":
                let sign = entry.name == "negative" ? -1 : 1
                for form in entry.aliases { stance.add(form, payload: sign, vocabulary: &vocabulary) }
            default:
                continue
            }
        }
        entityIDs = entities.map(\.nodeID)
    }

    private mutating func noteCommon(_ form: String) {
        if !form.contains(" ") { commonWords.insert(NameFold.lower(form)) }
    }

    private mutating func addEntity(_ entry: LexiconEntry) {
        guard let kind = EntityKind(rawValue: entry.record) else { return }
        var attributes = entry.attributes
        let demonyms = entry.list("demonyms")
        let capitals = entry.list("capitals")
        let context = Set(entry.list("context").map { NameFold.lower($0) })
        for key in ["demonyms", "capitals", "context"] { attributes[key] = nil }
        let aliases = entry.aliases.map(Self.dropArticle)
        // A later entry with the same kind and name extends the earlier one.
        let index: Int
        if let known = entities.firstIndex(where: { $0.kind == kind && $0.name == entry.name }) {
            index = known
            entities[known].aliases += aliases.filter { !entities[known].aliases.contains($0) }
            entities[known].attributes.merge(attributes) { _, new in new }
            entities[known].demonyms += demonyms
            entities[known].capitals += capitals
        } else {
            index = entities.count
            entities.append(LexiconEntity(kind: kind, name: entry.name, aliases: aliases, attributes: attributes,
                                          demonyms: demonyms, capitals: capitals, context: context))
        }
        for form in [entry.name] + aliases { entityMatcher.add(form, payload: (index, .name), vocabulary: &vocabulary) }
        for form in demonyms { entityMatcher.add(form, payload: (index, .demonym), vocabulary: &vocabulary) }
        for form in capitals { entityMatcher.add(form, payload: (index, .capital), vocabulary: &vocabulary) }
    }

    /// "the United Nations" → "United Nations": articles are matched by the rules, not the names.
    private static func dropArticle(_ form: String) -> String {
        for article in ["the ", "The "] where form.hasPrefix(article) && form.count > article.count + 2 {
            return String(form.dropFirst(article.count))
        }
        return form
    }
}
