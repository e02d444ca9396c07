/// Where a node or an edge comes from: a document, the sentence in it and the
/// character span of the words that state it.
///
/// `start` and `end` are offsets in Unicode scalars from the start of the
/// document's text (end exclusive); `excerpt` is the sentence (or a short
/// part of it) so that "why is this edge here?" can be answered without the
/// original file.
public struct Evidence: Codable, Hashable, Sendable, Comparable {
    /// The document id (`sha256:…`).
    public var document: String
    /// The zero-based index of the sentence in the document.
    public var sentence: Int
    /// The first character of the span, or nil when unknown.
    public var start: Int?
    /// One past the last character of the span, or nil when unknown.
    public var end: Int?
    /// The sentence or a short excerpt of it.
    public var excerpt: String?

    /// Creates evidence for a span of a document.
    public init(document: String, sentence: Int, start: Int? = nil, end: Int? = nil, excerpt: String? = nil) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.excerpt = excerpt
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        if lhs.document != rhs.document { return lhs.document < rhs.document }
        if lhs.sentence != rhs.sentence { return lhs.sentence < rhs.sentence }
        if (lhs.start ?? -1) != (rhs.start ?? -1) { return (lhs.start ?? -1) < (rhs.start ?? -1) }
        if (lhs.end ?? -1) != (rhs.end ?? -1) { return (lhs.end ?? -1) < (rhs.end ?? -1) }
        return (lhs.excerpt ?? "") < (rhs.excerpt ?? "")
    }
}
