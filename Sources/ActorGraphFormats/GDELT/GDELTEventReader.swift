import ActorGraph
import Foundation

/// Reads GDELT 2.0 event rows (the raw export: 61 tab-separated columns, no
/// header) into a graph: one actor-to-actor edge per event, typed from the
/// CAMEO root code and signed from the QuadClass, with the event as evidence.
///
/// Each source URL is a document (its id is the SHA-256 of the URL), so the
/// same events ingested twice change nothing. Rows without two actors carry
/// no relation and are skipped (and counted); a row with the wrong number of
/// columns or an unknown code is an error naming its line.
public struct GDELTEventReader: Sendable {
    /// ISO 3166 alpha-3 code → country name, so that "NGA" named "KANO" is Nigeria.
    public var countryNames: [String: String]

    /// Creates a reader; `countryNames` maps ISO alpha-3 codes to names (the gazetteer has them).
    public init(countryNames: [String: String] = [:]) {
        self.countryNames = countryNames
    }

    /// The number of columns of a GDELT 2.0 event row.
    public static let columnCount = 61

    /// Whether the bytes look like GDELT event rows (the first line has 61 tab-separated fields).
    public static func recognizes(_ bytes: [UInt8]) -> Bool {
        let firstLine = bytes.prefix(8192).split(separator: 0x0A, maxSplits: 1).first ?? []
        return firstLine.split(separator: 0x09, omittingEmptySubsequences: false).count == columnCount
    }

    /// Reads the file at `path`.
    public func read(path: String) throws(InputError) -> (graph: Graph, skipped: Int) {
        try read(bytes: TextInput.bytes(ofFile: path), file: path)
    }

    /// Reads `bytes` as the event file `file`.
    public func read(bytes: [UInt8], file: String) throws(InputError) -> (graph: Graph, skipped: Int) {
        let text = try TextInput.decode(bytes, file: file)
        var graph = Graph()
        var skipped = 0
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let row = line.hasSuffix("\r") ? line.dropLast() : line
            if row.isEmpty { continue }
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == Self.columnCount else {
                throw InputError(file: file, line: lineNumber,
                                 message: "has \(fields.count) tab-separated fields; a GDELT 2.0 event row has \(Self.columnCount)")
            }
            guard let event = try Event(fields: fields, file: file, line: lineNumber) else {
                skipped += 1
                continue
            }
            add(event, to: &graph)
        }
        if lineNumber == 0 || (graph.nodeCount == 0 && skipped == 0) {
            throw InputError(file: file, line: 1, message: "empty file; expected GDELT 2.0 event rows")
        }
        return (graph, skipped)
    }

    private func add(_ event: Event, to graph: inout Graph) {
        let document = SHA256.documentID(Array(event.url.utf8))
        graph.add(Document(id: document, title: event.url, date: event.date, source: "GDELT", url: event.url))
        let evidence = Evidence(
            document: document, sentence: 0,
            excerpt: "GDELT event \(event.id): CAMEO \(event.code), Goldstein \(event.goldstein)")
        let source = node(for: event.actor1, evidence: evidence)
        let target = node(for: event.actor2, evidence: evidence)
        let sourceID = graph.merge(source)
        let targetID = graph.merge(target)
        // Both endpoints were just merged, so this cannot fail.
        try? graph.merge(Edge(source: sourceID, target: targetID, type: event.type, sign: event.sign, evidence: [evidence]))
    }

    private func node(for actor: Event.Actor, evidence: Evidence) -> Node {
        let countryName = actor.country.isEmpty ? nil : countryNames[actor.country]
        if actor.type.isEmpty, actor.code == actor.country, !actor.country.isEmpty {
            let name = countryName ?? Self.titleCase(actor.name)
            return Node(kind: .country, name: name, attributes: ["iso3": actor.country], evidence: [evidence])
        }
        // "MALI" typed MIL is "Mali military"; an actor with no country ("POLICE") keeps its own name.
        let name = actor.type.isEmpty || actor.country.isEmpty ? Self.titleCase(actor.name)
            : "\(countryName ?? Self.titleCase(actor.name)) \(CAMEO.actorTypes[actor.type] ?? actor.type.lowercased())"
        var attributes = ["cameo": actor.code]
        if !actor.country.isEmpty { attributes["country"] = actor.country }
        return Node(kind: .organization, name: name, attributes: attributes, evidence: [evidence])
    }

    static func titleCase(_ text: String) -> String {
        text.lowercased().split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// One event row, checked.
    struct Event {
        struct Actor {
            var code, name, country, type: String
        }
        var id, date, code, url, goldstein: String
        var actor1, actor2: Actor
        var type: RelationType
        var sign: Int

        /// Nil when the row names fewer than two actors (no relation to record).
        init?(fields f: [String], file: String, line: Int) throws(InputError) {
            actor1 = Actor(code: f[5], name: f[6], country: f[7], type: f[12])
            actor2 = Actor(code: f[15], name: f[16], country: f[17], type: f[22])
            // A blank name is no name (it would make a node without one).
            guard !actor1.code.isEmpty, !actor1.name.trimmingCharacters(in: .whitespaces).isEmpty,
                  !actor2.code.isEmpty, !actor2.name.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            id = f[0]
            let sql = f[1]
            date = sql.count == 8 ? "\(sql.prefix(4))-\(sql.dropFirst(4).prefix(2))-\(sql.suffix(2))" : sql
            code = f[26]
            goldstein = f[30]
            url = f[60].isEmpty ? "gdelt:\(id)" : f[60]
            guard let type = CAMEO.relation(rootCode: f[28]) else {
                throw InputError(file: file, line: line, field: "EventRootCode", message: "'\(f[28])' is not a CAMEO root code (01–20)")
            }
            guard let sign = CAMEO.sign(quadClass: f[29]) else {
                throw InputError(file: file, line: line, field: "QuadClass", message: "'\(f[29])' is not a QuadClass (1–4)")
            }
            self.type = type
            self.sign = sign
        }
    }
}
