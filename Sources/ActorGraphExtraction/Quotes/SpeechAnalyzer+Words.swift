/// The word lists the speech analysis reads.
extension SpeechAnalyzer {
    static let tailWords: Set<String> = [
        "on", "in", "at", "during", "late", "earlier", "last", "this", "yesterday", "today", "after", "before",
        "to", "via", "from", "when", "while", "reporters", "journalists", "afp", "on", "told", "friday", "monday",
        "tuesday", "wednesday", "thursday", "saturday", "sunday", "tonight", "without",
    ]
    static let adverbs: Set<String> = ["also", "later", "then", "further"]
    static let determinersOfDocuments: Set<String> = ["the", "a", "an", "its", "their", "this", "that", "his", "her"]
    /// Words that open a described speaker ("a source …", "the leaders of …", "two officials").
    static let describedOpeners: Set<String> = [
        "a", "an", "the", "one", "two", "three", "four", "several", "some", "many", "other", "senior", "another",
        "around", "about", "nearly", "over", "dozens", "hundreds",
    ]
    /// Conjunctions that open a clause with its own subject ("… after the army said …").
    static let subordinators: Set<String> = ["after", "because", "since", "although", "though", "while", "whereas", "when", "before", "until", "once"]
    /// Nouns for a news outlet ("the agency", "the Russian news agency").
    static let mediaHeads: Set<String> = ["agency", "broadcaster", "newspaper", "daily", "channel", "outlet", "network", "station", "website"]
    /// Words that pick some of a group ("one of the leaders", "some of the residents").
    static let partitives: Set<String> = [
        "one", "some", "two", "three", "several", "many", "most", "none", "each", "all", "dozens", "hundreds", "thousands",
        "scores",
    ]
    static let describedDeterminers: Set<String> = ["a", "an", "the", "another"]
    /// Nouns for people who are never named, so that "the security source" describes rather than points back.
    static let anonymousHeads: Set<String> = ["source", "villager", "resident", "witness", "survivor", "eyewitness", "member", "relative"]
    /// Documents that speak with their issuer's voice ("the statement said").
    static let issuedDocuments: Set<String> = [
        "statement", "joint statement", "communiqué", "communique", "joint communiqué", "press release", "declaration",
        "joint declaration",
    ]
    /// Plural nouns for the unnamed people wire copy quotes, who speak without a determiner.
    static let anonymousVoices: Set<String> = [
        "sources", "witnesses", "residents", "locals", "villagers", "inhabitants", "survivors", "eyewitnesses",
        "analysts", "experts",
    ]
    /// Words of time that end a described speaker's name ("a woman | on Sunday").
    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
    ]
    /// Singular head nouns of one person speaking for an organization.
    static let voiceHeads: Set<String> = ["official", "spokesman", "spokeswoman", "spokesperson", "officer", "commander", "representative", "member"]
    /// Head nouns of a described speaker (people, not things).
    static let describedHeads: Set<String> = Set<String>([
        "official", "officials", "source", "sources", "serviceman", "servicemen", "soldier", "soldiers", "officer",
        "officers", "leader", "leaders", "diplomat", "diplomats", "witness", "witnesses", "resident", "residents",
        "analyst", "analysts", "expert", "experts", "observer", "observers", "activist", "activists", "member",
        "members", "representative", "representatives", "delegate", "delegates", "commander", "commanders",
        "fighter", "fighters", "protester", "protesters", "demonstrator", "demonstrators", "villager", "villagers",
        "survivor", "survivors", "mediator", "mediators", "aide", "aides", "insider", "insiders", "people", "office", "relative", "relatives",
        "spokesman", "spokeswoman", "spokesperson", "group", "delegation", "negotiator", "negotiators", "rebel",
        "rebels", "militant", "militants", "minister", "ministers", "envoy", "envoys", "worker", "workers",
        "countries", "nations", "states", "governments", "juntas", "ngos",
    ]).union(moreSingularHeads).union(morePluralHeads)
    /// Singular nouns for a person that may stand right before a name ("Djibo resident Amsatou Dicko", "panel
    /// member Stephen Isaac").
    static let singularPersonNouns: Set<String> = moreSingularHeads.union(describedHeads.filter { !pluralHeads.contains($0) && !$0.hasSuffix("s") })
        .subtracting(["office", "group", "delegation", "people", "figure"])

    /// The singular of a plural head noun for people ("soldiers" → "soldier", "women" → "woman"), if it is one.
    static func singular(of plural: String) -> String? {
        for (suffix, replacement) in [("men", "man"), ("ies", "y"), ("s", "")] where plural.hasSuffix(suffix) {
            let word = String(plural.dropLast(suffix.count)) + replacement
            if describedHeads.contains(word) { return word }
        }
        return nil
    }

    /// Heads that are people only with a word before them ("a civilian figure", not "a figure confirmed by").
    static let modifiedHeads: Set<String> = ["figure", "figures"]
    /// Adjectives that only say a speaker is not named ("an anonymous resident"), left out of the speaker's name.
    static let unnamedAdjectives: Set<String> = ["anonymous", "unnamed", "unidentified"]
    /// People wire copy quotes without a name: traders, drivers, mothers.
    static let moreSingularHeads: Set<String> = [
        "mutineer", "importer", "trader", "driver", "doctor", "nurse", "journalist", "student", "farmer", "herder",
        "miner", "teacher", "lawyer", "researcher", "mother", "father", "woman", "man", "youth", "refugee", "victim",
        "employee", "policeman", "guard", "militiaman", "jihadist", "insurgent", "citizen", "voter", "supporter",
        "opponent", "parent", "elder", "shopkeeper", "merchant", "businessman", "businesswoman", "activist", "academic",
        "professor", "politician", "lawmaker", "senator", "deputy", "medic", "volunteer", "pilot", "inhabitant",
        "local", "eyewitness", "resident", "colleague", "neighbour", "neighbor", "friend", "spokeswoman",
        "deacon", "priest", "pastor", "imam", "cleric", "monk", "nun", "passenger", "traveller", "traveler", "vendor",
        "engineer", "lecturer", "fisherman", "herdsman", "servant", "baker", "tailor", "mechanic", "carpenter", "cook",
        "housewife", "grandmother", "grandfather", "widow", "hairdresser", "girl", "boy", "schoolgirl", "schoolboy",
        "pupil", "child", "figure", "instructor", "trainer",
    ]
    static let morePluralHeads: Set<String> = [
        "mutineers", "importers", "traders", "drivers", "doctors", "nurses", "journalists", "students", "farmers",
        "herders", "miners", "teachers", "lawyers", "researchers", "mothers", "fathers", "women", "men", "youths",
        "refugees", "victims", "employees", "policemen", "police", "guards", "militiamen", "jihadists", "insurgents",
        "citizens", "voters", "supporters", "opponents", "parents", "elders", "shopkeepers", "merchants", "academics",
        "politicians", "lawmakers", "senators", "deputies", "medics", "volunteers", "inhabitants", "locals",
        "eyewitnesses", "families", "relatives", "colleagues", "neighbours", "neighbors", "friends", "authorities",
        "candidates", "coalition", "collective", "crowd", "platform", "grouping", "deacons", "priests", "pastors",
        "imams", "clerics", "monks", "nuns", "passengers", "travellers", "travelers", "vendors", "engineers",
        "lecturers", "fishermen", "herdsmen", "servants", "girls", "boys", "schoolgirls", "schoolboys", "pupils",
        "children", "figures", "instructors", "trainers",
    ]
    static let pluralHeads: Set<String> = Set<String>([
        "officials", "sources", "servicemen", "soldiers", "officers", "leaders", "diplomats", "witnesses", "residents",
        "analysts", "experts", "observers", "activists", "members", "representatives", "delegates", "commanders",
        "fighters", "protesters", "demonstrators", "villagers", "survivors", "mediators", "aides", "insiders", "people",
        "group", "delegation", "negotiators", "rebels", "militants", "ministers", "envoys", "workers",
        "countries", "nations", "states", "governments", "juntas", "ngos",
    ]).union(morePluralHeads)
    /// Modal and auxiliary verbs that make words after a verb of saying a clause, not its speaker.
    static let clauseVerbWords: Set<String> = [
        "must", "should", "would", "will", "could", "can", "may", "might", "shall", "is", "are", "was", "were",
        "has", "have", "had",
    ]
    static let auxiliaries: Set<String> = [
        "have", "has", "had", "also", "later", "then", "would", "will", "could", "did", "have", "had", "previously",
        "repeatedly", "separately", "already", "again", "reportedly", "earlier", "recently", "meanwhile",
    ]
    /// Numbers that count a group of countries ("the three countries").
    static let smallNumbers: [String: Int] = ["two": 2, "three": 3, "four": 4, "five": 5, "both": 2]
    /// Plural nouns for a counted group of countries.
    static let countryGroupHeads: Set<String> = ["countries", "nations", "states", "governments", "juntas", "neighbours", "neighbors"]
    /// Words that open a circumstance before a sentence's subject ("On Wednesday, during a briefing, …").
    static let circumstanceOpeners: Set<String> = [
        "on", "during", "in", "at", "after", "before", "since", "following", "speaking", "asked", "last", "earlier",
        "later", "late", "early", "this", "for", "with", "by", "from", "when", "while", "as", "addressing",
    ]
}
