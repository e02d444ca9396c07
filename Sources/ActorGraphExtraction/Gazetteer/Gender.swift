/// A person's grammatical gender as a text shows it, for "he" and "she".
enum Gender: String, Sendable {
    case female, male

    /// The gender a personal pronoun asks for ("he", "she"), or nil for any other word.
    init?(pronoun: String) {
        switch pronoun {
        case "she", "her", "hers", "herself": self = .female
        case "he", "him", "his", "himself": self = .male
        default: return nil
        }
    }
}
