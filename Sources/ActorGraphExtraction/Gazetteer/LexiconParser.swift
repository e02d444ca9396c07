import ActorGraph
import Foundation

/// Reads lexicon files: tab-separated lines (`.tsv`, the default) or a JSON
/// array of entries (`.json`).
///
/// TSV: `record<TAB>name<TAB>aliases<TAB>attributes`; aliases separated by `|`;
/// attributes as `key=value` pairs separated by `;` (a value may list several
/// items with `|`). Blank lines and lines starting with `#` are skipped; the
/// last two columns may be left out.
/// JSON: `[{"record": "person", "name": "…", "aliases": […], "attributes": {…}}]`.
enum LexiconParser {
    /// Record types the extractor understands.
    static let records: Set<String> = [
        "country", "organization", "mission", "person", "place", "title", "speech", "relation", "source",
        "document", "government", "govmod", "forces", "orghead", "stance", "orgref", "group", "groupmod",
        "firstname", "gendered",
    ]

    static func parse(file url: URL) throws(LexiconError) -> [LexiconEntry] {
        let name = url.lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: url.path, reason: "\(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(file: url.path, reason: "not UTF-8 text")
        }
        if url.pathExtension.lowercased() == "json" {
            return try parseJSON(data, file: name)
        }
        return try parseTSV(text, file: name)
    }

    static func parseTSV(_ text: String, file: String) throws(LexiconError) -> [LexiconEntry] {
        var entries: [LexiconEntry] = []
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.trimmedWhitespace().isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 2 else {
                throw .malformed(file: file, line: lineNumber,
                                 reason: "expected 'record<TAB>name[<TAB>aliases[<TAB>attributes]]', found no tab")
            }
            guard columns.count <= 4 else {
                throw .malformed(file: file, line: lineNumber, reason: "expected at most 4 tab-separated columns, found \(columns.count)")
            }
            let record = columns[0].trimmedWhitespace()
            let entry = LexiconEntry(
                record: record, name: columns[1].trimmedWhitespace(),
                aliases: columns.count > 2 ? splitList(columns[2]) : [],
                attributes: columns.count > 3 ? try parseAttributes(columns[3], file: file, line: lineNumber) : [:],
                origin: "\(file):\(lineNumber)")
            try validate(entry, file: file, line: lineNumber)
            entries.append(entry)
        }
        return entries
    }

    static func parseJSON(_ data: Data, file: String) throws(LexiconError) -> [LexiconEntry] {
        struct Raw: Decodable {
            var record: String
            var name: String
            var aliases: [String]?
            var attributes: [String: String]?
        }
        let raws: [Raw]
        do {
            raws = try JSONDecoder().decode([Raw].self, from: data)
        } catch {
            throw .malformed(file: file, line: 1, reason: "expected a JSON array of {record, name, aliases, attributes}: \(error)")
        }
        var entries: [LexiconEntry] = []
        for (index, raw) in raws.enumerated() {
            let entry = LexiconEntry(record: raw.record, name: raw.name, aliases: raw.aliases ?? [],
                                     attributes: raw.attributes ?? [:], origin: "\(file)#\(index + 1)")
            try validate(entry, file: file, line: index + 1)
            entries.append(entry)
        }
        return entries
    }

    private static func splitList(_ column: String) -> [String] {
        column.split(separator: "|").map { String($0).trimmedWhitespace() }.filter { !$0.isEmpty }
    }

    private static func parseAttributes(_ column: String, file: String, line: Int) throws(LexiconError) -> [String: String] {
        var out: [String: String] = [:]
        for pair in column.split(separator: ";") {
            let item = String(pair).trimmedWhitespace()
            if item.isEmpty { continue }
            guard let eq = item.firstIndex(of: "=") else {
                throw .malformed(file: file, line: line, reason: "attribute '\(item)' is not key=value")
            }
            let key = String(item[..<eq]).trimmedWhitespace()
            guard !key.isEmpty else { throw .malformed(file: file, line: line, reason: "attribute '\(item)' has no key") }
            out[key] = String(item[item.index(after: eq)...]).trimmedWhitespace()
        }
        return out
    }

    private static func validate(_ entry: LexiconEntry, file: String, line: Int) throws(LexiconError) {
        guard records.contains(entry.record) else {
            throw .malformed(file: file, line: line,
                             reason: "unknown record type '\(entry.record)'; expected one of \(records.sorted().joined(separator: ", "))")
        }
        guard !entry.name.isEmpty else { throw .malformed(file: file, line: line, reason: "the name column is empty") }
        if entry.record == "relation" {
            guard let type = entry.attributes["type"] else {
                throw .malformed(file: file, line: line, reason: "a relation needs type=RelationType")
            }
            guard RelationType(rawValue: type) != nil else {
                throw .malformed(file: file, line: line,
                                 reason: "unknown relation type '\(type)'; expected one of \(RelationType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        if entry.record == "speech", let mode = entry.attributes["mode"], !["clause", "object", "according"].contains(mode) {
            throw .malformed(file: file, line: line, reason: "speech mode must be clause, object or according, not '\(mode)'")
        }
        if entry.record == "firstname" || entry.record == "gendered", Gender(rawValue: entry.name) == nil {
            throw .malformed(file: file, line: line, reason: "a \(entry.record) entry is named 'female' or 'male', not '\(entry.name)'")
        }
        if entry.record == "stance", !["negative", "positive"].contains(entry.name) {
            throw .malformed(file: file, line: line, reason: "a stance entry is named 'negative' or 'positive', not '\(entry.name)'")
        }
    }
}
