import ActorGraph
import Foundation

/// Decodes the JSON text the exports put in string fields, with Foundation's decoder.
enum JSONText {
    static func evidence(_ text: String?) throws -> [Evidence] {
        try JSONDecoder().decode([Evidence].self, from: Data((text ?? "").utf8))
    }

    static func strings(_ text: String?) throws -> [String] {
        try JSONDecoder().decode([String].self, from: Data((text ?? "").utf8))
    }
}
