/// A set of Graphviz attributes (`shape`, `label`, `color`, …) by name.
///
/// Names are Graphviz's own (see graphviz.org/docs/attrs). They are applied in
/// name order, so the same attributes always give the same output whatever
/// order they were set in.
///
/// ```swift
/// var attributes: Attributes = ["shape": "box", "penwidth": 2]
/// attributes["label"] = .html("<B>France</B>")
/// ```
public struct Attributes: Hashable, Sendable {
    private var storage: [String: AttributeValue]

    /// Creates an empty attribute set.
    public init() { storage = [:] }

    /// Creates an attribute set from name–value pairs; a later duplicate wins.
    public init(_ pairs: [(String, AttributeValue)]) {
        storage = Dictionary(pairs, uniquingKeysWith: { _, last in last })
    }

    /// The value of an attribute, or nil when it is not set; assigning nil removes it.
    public subscript(name: String) -> AttributeValue? {
        get { storage[name] }
        set { storage[name] = newValue }
    }

    /// Whether no attribute is set.
    public var isEmpty: Bool { storage.isEmpty }

    /// The number of attributes set.
    public var count: Int { storage.count }

    /// The attributes in name order.
    ///
    /// - Complexity: O(*n* log *n*).
    public var sorted: [(name: String, value: AttributeValue)] {
        storage.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
    }

    /// This set with the attributes of `other` added; `other` wins on conflicts.
    public func merging(_ other: Attributes) -> Attributes {
        var copy = self
        for (name, value) in other.storage { copy.storage[name] = value }
        return copy
    }
}

extension Attributes: ExpressibleByDictionaryLiteral {
    /// Creates an attribute set from a dictionary literal.
    public init(dictionaryLiteral elements: (String, AttributeValue)...) {
        self.init(elements)
    }
}
