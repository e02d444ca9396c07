/// The GraphML keys ActorGraph writes and reads back.
///
/// GraphML data keys take only `boolean`, `int`, `long`, `float`, `double` and
/// `string`, so lists (aliases) and evidence are JSON text in `string` keys;
/// free node attributes get one `string` key each, named by ``AttributeNames``.
enum GraphMLSchema {
    /// The GraphML namespace.
    static let namespace = "http://graphml.graphdrawing.org/xmlns"

    /// Key ids of the fixed fields.
    enum Key {
        static let format = "g_format"
        static let documents = "g_documents"
        static let kind = "n_kind"
        static let name = "n_name"
        static let aliases = "n_aliases"
        static let nodeEvidence = "n_evidence"
        static let type = "e_type"
        static let sign = "e_sign"
        static let weight = "e_weight"
        static let edgeEvidence = "e_evidence"
        /// The key id of the i-th free attribute.
        static func attribute(_ index: Int) -> String { "n_a\(index)" }
    }

    /// The value of the graph's `format` key: this is a graph ActorGraph wrote.
    static let formatTag = "actorgraph/1"
}
