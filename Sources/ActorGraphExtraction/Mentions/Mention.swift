/// What kind of words a mention is.
enum MentionKind: Sendable, Equatable {
    /// A lexicon entity by its name or alias ("Mali", "ECOWAS", "Barkhane").
    case named
    /// A country's demonym ("Malian", "French").
    case demonym
    /// A country's capital ("Bamako"), standing for its government or the country.
    case capital
    /// A person's name found from context.
    case person
    /// An organization's name found from context.
    case organization
    /// A mission or operation found from context ("Operation X").
    case mission
    /// A government noun phrase ("Mali's ruling junta", "the authorities").
    case government
    /// A country's armed forces ("the French army").
    case forces
    /// A text that speaks for its signatories ("the joint statement").
    case document
    /// A personal pronoun (he, she, it, they).
    case pronoun
    /// A role without a name that may point back to a person ("the French president").
    case roleDescription
    /// A noun that points back to an organization ("the bloc", "this alliance").
    case organizationReference
    /// A collective actor named by a common noun ("Islamist insurgents", "its European partners").
    case group
}

/// Where a document names (or points to) an entity.
struct Mention: Sendable {
    /// The tokens of the mention.
    var range: Range<Int>
    /// The kind of mention.
    var kind: MentionKind
    /// The lexicon entity named (for demonyms, capitals, governments and forces: the country).
    var lexicon: Int?
    /// The name as written (persons, organizations), or the head word (governments, pronouns, roles).
    var name: String
    /// Modifiers: the determiner before a government noun ("the", "a", "whose"), a role's title.
    var detail: String = ""
    /// The document entity the mention resolves to, set by coreference.
    var entity: Int?
    /// The sentence the mention is in.
    var sentence: Int
    /// For a group: the token that names its owner ("its" in "France and its partners", "France" in
    /// "France's allies"), if the text says.
    var ownerToken: Int? = nil

    /// The first token.
    var start: Int { range.lowerBound }
    /// One past the last token.
    var end: Int { range.upperBound }
}

/// A title or role phrase before or after a name ("Defense Minister", "the spokesman for …").
struct RoleSpan: Sendable {
    /// The tokens of the role words, modifiers included ("foreign policy chief").
    var range: Range<Int>
    /// The title the phrase ends with.
    var title: TitleInfo
}

/// A role that a person holds, as stated in the text.
struct RoleClaim: Sendable {
    /// The person mention's index.
    var person: Int
    /// The role phrase.
    var role: RoleSpan
    /// The mention (actor or mission) the role belongs to, if the text says.
    var affiliation: Int?
}
