/// A strict RFC 4180 reader for the tests: fields, quotes doubled inside
/// quoted fields, line breaks allowed inside quotes. Unquoted empty fields
/// come back as nil, quoted ones as "".
enum CSVReading {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(_ text: String) throws -> [[String?]] {
        var rows: [[String?]] = []
        var row: [String?] = []
        var field = ""
        var quoted = false
        var wasQuoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" {
                        chars.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !wasQuoted else { throw Malformed(description: "quote inside an unquoted field after '\(field)'") }
                quoted = true
                wasQuoted = true
            case ",":
                row.append(wasQuoted || !field.isEmpty ? field : nil)
                field = ""
                wasQuoted = false
            case "\n":
                row.append(wasQuoted || !field.isEmpty ? field : nil)
                rows.append(row)
                row = []
                field = ""
                wasQuoted = false
            default:
                guard !wasQuoted else { throw Malformed(description: "text after a closing quote: '\(c)'") }
                field.unicodeScalars.append(c)
            }
        }
        guard !quoted else { throw Malformed(description: "unterminated quoted field") }
        if !row.isEmpty || !field.isEmpty { throw Malformed(description: "last record without a line end") }
        return rows
    }

    /// Rows as dictionaries keyed by the header.
    static func records(_ text: String) throws -> (header: [String], rows: [[String: String?]]) {
        let rows = try parse(text)
        guard let header = rows.first?.map({ $0 ?? "" }) else { throw Malformed(description: "no header") }
        var records: [[String: String?]] = []
        for (n, row) in rows.dropFirst().enumerated() {
            guard row.count == header.count else {
                throw Malformed(description: "record \(n + 1) has \(row.count) fields, the header \(header.count)")
            }
            var record: [String: String?] = [:]
            for (key, value) in zip(header, row) { record[key] = .some(value) }
            records.append(record)
        }
        return (header, records)
    }
}
