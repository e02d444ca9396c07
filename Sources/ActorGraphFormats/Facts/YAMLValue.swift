import Yams

/// A parsed YAML (or JSON) value with the line it starts on, and typed
/// accessors whose errors say which field is wrong and where.
struct YAMLValue {
    let node: Yams.Node
    let file: String
    let field: String

    var line: Int? { node.mark?.line }

    func error(_ message: String, field: String? = nil) -> InputError {
        InputError(file: file, line: line, field: field ?? (self.field.isEmpty ? nil : self.field), message: message)
    }

    /// The mapping's entries in file order, with the line each key is on.
    func mapping() throws(InputError) -> [(key: String, value: YAMLValue, keyLine: Int?)] {
        guard case let .mapping(mapping) = node else { throw error("expected a mapping (key: value pairs)") }
        var out: [(key: String, value: YAMLValue, keyLine: Int?)] = []
        var seen = Set<String>()
        for (key, value) in mapping {
            guard case let .scalar(scalar) = key else {
                throw YAMLValue(node: key, file: file, field: field).error("keys must be plain strings")
            }
            guard seen.insert(scalar.string).inserted else {
                throw YAMLValue(node: key, file: file, field: field).error("duplicate key '\(scalar.string)'")
            }
            out.append((scalar.string, YAMLValue(node: value, file: file, field: child(scalar.string)), key.mark?.line))
        }
        return out
    }

    /// Refuses keys outside `allowed`, so that a misspelt field (`evidense:`)
    /// is an error rather than data silently dropped.
    func checkKeys(_ allowed: Set<String>) throws(InputError) {
        for entry in try mapping() where !allowed.contains(entry.key) {
            throw InputError(file: file, line: entry.keyLine ?? line, field: child(entry.key),
                             message: "unknown field '\(entry.key)'; expected one of \(allowed.sorted().joined(separator: ", "))")
        }
    }

    /// The value for `key` in a mapping, if present and not null.
    /// (A direct look-up: `mapping()`, which also checks the keys, runs once per
    /// mapping through `checkKeys`, not once per field.)
    func optional(_ key: String) throws(InputError) -> YAMLValue? {
        guard case let .mapping(mapping) = node else { throw error("expected a mapping (key: value pairs)") }
        for (k, value) in mapping {
            guard case let .scalar(name) = k, name.string == key else { continue }
            if case let .scalar(s) = value, s.tag == .implicit, s.style == .plain,
               ["", "~", "null", "Null", "NULL"].contains(s.string) {
                return nil
            }
            return YAMLValue(node: value, file: file, field: child(key))
        }
        return nil
    }

    /// The value for `key`, which must be present.
    func required(_ key: String) throws(InputError) -> YAMLValue {
        guard let value = try optional(key) else {
            throw InputError(file: file, line: line, field: child(key), message: "is missing")
        }
        return value
    }

    /// The items of a sequence; a single non-sequence value counts as a list of one when `lenient`.
    func list(lenient: Bool = false) throws(InputError) -> [YAMLValue] {
        if case let .sequence(sequence) = node {
            return sequence.enumerated().map { YAMLValue(node: $0.element, file: file, field: "\(field)[\($0.offset)]") }
        }
        if lenient { return [self] }
        throw error("expected a list")
    }

    /// A scalar as a string.
    func string() throws(InputError) -> String {
        guard case let .scalar(scalar) = node else {
            throw error(isAlias ? "YAML aliases are not supported" : "expected a text value")
        }
        return scalar.string
    }

    /// A scalar as an integer.
    func int() throws(InputError) -> Int {
        let text = try string()
        guard let value = Int(text) else { throw error("is '\(text)'; expected an integer") }
        return value
    }

    /// A scalar as a finite number.
    func double() throws(InputError) -> Double {
        let text = try string()
        guard let value = Double(text), value.isFinite else { throw error("is '\(text)'; expected a number") }
        return value
    }

    private var isAlias: Bool {
        if case .alias = node { return true }
        return false
    }

    private func child(_ key: String) -> String { field.isEmpty ? key : "\(field).\(key)" }
}
