/// A source document: an article, a facts file's article, or an event data set.
public struct Document: Codable, Hashable, Sendable {
    /// A content hash, `sha256:<hex>`, so the same text is the same document.
    public var id: String
    /// The headline or a short title.
    public var title: String?
    /// The publication date, ISO 8601 (`2022-02-17`).
    public var date: String?
    /// The outlet or data set (`DW`, `GDELT`).
    public var source: String?
    /// Where the document was found (a URL or a file name).
    public var url: String?

    /// Creates a document record.
    public init(id: String, title: String? = nil, date: String? = nil, source: String? = nil, url: String? = nil) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.url = url
    }
}
