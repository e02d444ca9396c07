import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The parts of a GraphML file the reader uses, as parsed, each with its line:
/// key declarations, graph data, nodes and edges with their `<data>` values.
struct GraphMLDocument {
    /// A `<key>`: what it is for, its attribute name and type, and its default.
    struct Key {
        var domain: String
        var name: String
        var type: String
        var defaultValue: String?
    }

    /// A `<node>` or `<edge>` with its XML attributes and `<data>` values by key id.
    struct Element {
        var line: Int
        var attributes: [String: String]
        var data: [(key: String, value: String, line: Int)] = []
    }

    var keys: [String: Key] = [:]
    var graphData: [(key: String, value: String, line: Int)] = []
    var nodes: [Element] = []
    var edges: [Element] = []
    var edgeDefault = "directed"

    /// Parses GraphML text.
    /// - Throws: `InputError` naming the file and line for XML that is not well-formed,
    ///   a DOCTYPE (never needed by GraphML; refused so entity expansion cannot blow up),
    ///   a document that is not GraphML, nested graphs and hyperedges.
    static func parse(_ utf8: [UInt8], file: String) throws(InputError) -> GraphMLDocument {
        if let doctype = utf8.firstRange(of: Array("<!DOCTYPE".utf8)) {
            let line = utf8[..<doctype.lowerBound].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw InputError(file: file, line: line, message: "a DOCTYPE is not allowed in GraphML input (entity declarations are refused)")
        }
        let parser = XMLParser(data: Data(utf8))
        parser.shouldResolveExternalEntities = false
        let builder = Builder(file: file)
        parser.delegate = builder
        let ok = parser.parse()
        if let error = builder.error { throw error }
        guard ok else {
            let reason = (parser.parserError as NSError?).map(describe) ?? "not well-formed XML"
            throw InputError(file: file, line: max(1, parser.lineNumber), message: "not well-formed XML: \(reason)")
        }
        guard builder.sawRoot else {
            throw InputError(file: file, line: 1, message: "empty file; expected a GraphML document")
        }
        return builder.document
    }

    /// The text with the XML declaration's `encoding` made harmless: the reader
    /// has decoded the file already (UTF-8, or UTF-16 with a byte-order mark,
    /// which it hands on as UTF-8), so libxml2 must not switch encodings again.
    /// A declared UTF-8 or US-ASCII stays; a declared UTF-16 in a file that was
    /// UTF-16 is blanked out with spaces (lines and columns stay); any other
    /// encoding is refused. libxml2 2.9's push parser, which FoundationXML uses,
    /// crashes on `encoding='utf-7'` (a NULL dereference in `xmlParseChunk`,
    /// found by the `graphml` fuzz target), and a declared Latin-1 would turn
    /// UTF-8 names into mojibake silently.
    /// - Throws: `InputError` at line 1 for an encoding other than these.
    static func withoutEncodingDeclaration(_ utf8: [UInt8], transcodedFromUTF16: Bool,
                                           file: String) throws(InputError) -> [UInt8] {
        // `<?xml` S … `?>` at the very start (libxml2 reads a declaration nowhere else).
        guard utf8.starts(with: Array("<?xml".utf8)), utf8.count > 5, isBlank(utf8[5]) else { return utf8 }
        let end = utf8.firstRange(of: Array("?>".utf8))?.lowerBound ?? utf8.count
        let name = Array("encoding".utf8)
        var out = utf8
        var i = 5
        while i + name.count <= end {
            guard utf8[i..<(i + name.count)].elementsEqual(name) else { i += 1; continue }
            // libxml2's EncodingDecl: S? '=' S? then a quoted name.
            var j = i + name.count
            while j < end, isBlank(utf8[j]) { j += 1 }
            guard j < end, utf8[j] == UInt8(ascii: "=") else { i += name.count; continue }
            j += 1
            while j < end, isBlank(utf8[j]) { j += 1 }
            guard j < end, utf8[j] == UInt8(ascii: "\"") || utf8[j] == UInt8(ascii: "'") else { i += name.count; continue }
            let quote = utf8[j]
            let valueStart = j + 1
            var k = valueStart
            while k < utf8.count, utf8[k] != quote, utf8[k] != UInt8(ascii: ">") { k += 1 }
            let value = String(decoding: utf8[valueStart..<k], as: UTF8.self)
            let utf16Names: Set<String> = ["UTF-16", "UTF16", "UTF-16LE", "UTF-16BE", "UCS-2", "ISO-10646-UCS-2"]
            switch value.uppercased() {
            case "UTF-8", "UTF8", "US-ASCII", "ASCII":
                break
            case let name where transcodedFromUTF16 && utf16Names.contains(name):
                for blank in i..<min(k + 1, utf8.count) where out[blank] != 0x0A { out[blank] = 0x20 }
            default:
                let shown = value.count > 40 ? String(value.prefix(40)) + "…" : value
                throw InputError(file: file, line: 1, message: "the XML declaration says encoding '\(shown)'; "
                                 + "GraphML input must be UTF-8 (or UTF-16 with a byte-order mark)")
            }
            i = k
        }
        return out
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    /// libxml2's message when FoundationXML passes it on (Darwin); on Linux it
    /// passes only libxml2's error number, so the common ones are named here.
    fileprivate static func describe(_ error: NSError) -> String {
        if let message = error.userInfo["NSXMLParserErrorMessage"] as? String {
            return message.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return libxml2Messages[error.code] ?? "libxml2 error \(error.code)"
    }

    /// libxml2's `xmlParserErrors` numbers that malformed or truncated files give.
    private static let libxml2Messages: [Int: String] = [
        4: "the document is empty", 5: "the document ends early (truncated?) or has content after its end",
        9: "a character XML does not allow", 23: "an entity reference without ';' (write & as &amp;)",
        26: "an undeclared entity (write & as &amp;)", 38: "'<' in an attribute value",
        39: "an attribute value without quotes", 40: "an attribute value not closed",
        41: "an attribute without a value", 42: "an attribute given twice", 68: "a name was expected",
        73: "'>' expected", 76: "an end tag does not match its start tag",
        77: "the document ends inside an element (truncated?)",
    ]

    /// The SAX delegate that fills the document; it stops at the first problem.
    private final class Builder: NSObject, XMLParserDelegate {
        let file: String
        var document = GraphMLDocument()
        var error: InputError?
        var sawRoot = false
        private var path: [String] = []
        private var key: (id: String, key: Key)?
        private var element: Element?
        private var elementIsNode = false
        private var dataKey: (id: String, line: Int)?
        private var text = ""
        private var graphDepth = 0

        init(file: String) { self.file = file }

        private func fail(_ parser: XMLParser, _ message: String) {
            if error == nil { error = InputError(file: file, line: parser.lineNumber, message: message) }
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let local = name.split(separator: ":").last.map(String.init) ?? name
            defer { path.append(local) }
            if path.isEmpty {
                sawRoot = true
                guard local == "graphml" else { return fail(parser, "the root element is <\(name)>, expected <graphml>") }
                return
            }
            let line = parser.lineNumber
            switch local {
            case "key" where path == ["graphml"]:
                guard let id = attributes["id"] else { return fail(parser, "<key> without an id") }
                key = (id, Key(domain: attributes["for"] ?? "all", name: attributes["attr.name"] ?? id,
                               type: attributes["attr.type"] ?? "string"))
            case "default" where key != nil:
                text = ""
            case "graph":
                graphDepth += 1
                guard graphDepth == 1 else { return fail(parser, "nested graphs are not supported") }
                document.edgeDefault = attributes["edgedefault"] ?? "directed"
            case "node" where element == nil:
                guard attributes["id"] != nil else { return fail(parser, "<node> without an id") }
                element = Element(line: line, attributes: attributes)
                elementIsNode = true
            case "edge" where element == nil:
                guard attributes["source"] != nil, attributes["target"] != nil else {
                    return fail(parser, "<edge> without a source or a target")
                }
                element = Element(line: line, attributes: attributes)
                elementIsNode = false
            case "hyperedge":
                fail(parser, "hyperedges are not supported")
            case "data":
                guard let id = attributes["key"] else { return fail(parser, "<data> without a key") }
                dataKey = (id, line)
                text = ""
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            text += String(decoding: block, as: UTF8.self)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let local = path.removeLast()
            switch local {
            case "default" where key != nil:
                key?.key.defaultValue = text
            case "key":
                if let key { document.keys[key.id] = key.key }
                key = nil
            case "data":
                guard let dataKey else { return }
                let item = (key: dataKey.id, value: text, line: dataKey.line)
                if element != nil {
                    element?.data.append(item)
                } else if path.last == "graph" {
                    document.graphData.append(item)
                }
                self.dataKey = nil
            case "node" where elementIsNode && path.last == "graph":
                if let element { document.nodes.append(element) }
                element = nil
            case "edge" where !elementIsNode && path.last == "graph":
                if let element { document.edges.append(element) }
                element = nil
            default:
                break
            }
        }

        /// FoundationXML reports some errors (a mismatched end tag) here and still returns true from `parse()`.
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            let reason = GraphMLDocument.describe(parseError as NSError)
            fail(parser, "not well-formed XML: \(reason)")
        }
    }
}
