import ActorGraph
import Foundation

/// Writes the graph as RDF 1.1 Turtle in the vocabulary of `TurtleVocabulary`,
/// and counts the triples it writes, so a reader's count can be checked.
///
/// ```turtle
/// <urn:actorgraph:node:country:france> a ag:Country ; ag:id "country:france" ;
///     rdfs:label "France" ; ag:alias "Paris" ; attr:iso3 "FRA" ;
///     ag:evidence [ a ag:Evidence ; ag:document <urn:actorgraph:document:sha256:…> ; ag:sentence 1 ] .
/// <urn:actorgraph:node:country:france> ag:withdrawsFrom <urn:actorgraph:node:country:mali> .
/// <urn:actorgraph:edge:country:france/withdrawsFrom/country:mali> a ag:Relation ;
///     rdf:subject <…france> ; rdf:predicate ag:withdrawsFrom ; rdf:object <…mali> ;
///     ag:sign -1 ; ag:weight "1.0"^^xsd:double .
/// ```
public enum TurtleWriter {
    static let formatName = "rdf"

    /// Writes the graph to `url` atomically.
    /// - Returns: the number of triples written.
    @discardableResult
    public static func write(_ graph: Graph, to url: URL) throws(ExportError) -> Int {
        var triples = 0
        try SingleFileExport.write(graph, to: url, format: formatName) { triples = write(graph, into: $0) }
        return triples
    }

    /// The Turtle bytes of the graph and the number of triples they hold.
    public static func encode(_ graph: Graph) throws(ExportError) -> (bytes: [UInt8], triples: Int) {
        var triples = 0
        let bytes = try SingleFileExport.encode(graph, format: formatName) { triples = write(graph, into: $0) }
        return (bytes, triples)
    }

    /// Writes the Turtle text and returns the number of triples.
    static func write(_ graph: Graph, into w: ByteWriter) -> Int {
        var t = TripleWriter(w: w)
        w.text("# Written by ActorGraph; vocabulary in docs/exports.md.\n")
        w.text(TurtleVocabulary.prefixes)

        // The vocabulary used, with each relation type's definition.
        let kinds = Set(graph.nodes.values.map(\.kind))
        for kind in NodeKind.allCases where kinds.contains(kind) {
            t.subject { $0.text(TurtleVocabulary.className(of: kind)) }
            t.predicate("a") { $0.text("rdfs:Class") }
            t.end()
        }
        let types = Set(graph.edges.values.map(\.type))
        for type in RelationType.allCases where types.contains(type) {
            t.subject { $0.text("ag:"); $0.text(type.rawValue) }
            t.predicate("a") { $0.text("rdf:Property") }
            t.predicate("rdfs:comment") { $0.turtleString(type.definition) }
            t.end()
        }

        for document in graph.documents.values {
            t.subject { $0.turtleIRI("urn:actorgraph:document:", document.id) }
            t.predicate("a") { $0.text("ag:Document") }
            t.predicate("ag:id") { $0.turtleString(document.id) }
            for (predicate, value) in [("dcterms:title", document.title), ("dcterms:date", document.date),
                                       ("dcterms:source", document.source), ("ag:url", document.url)] {
                guard let value else { continue }
                t.predicate(predicate) { $0.turtleString(value) }
            }
            t.end()
        }

        for node in graph.nodes.values {
            t.subject { $0.turtleIRI("urn:actorgraph:node:", node.id) }
            t.predicate("a") { $0.text(TurtleVocabulary.className(of: node.kind)) }
            t.predicate("ag:id") { $0.turtleString(node.id) }
            t.predicate("rdfs:label") { $0.turtleString(node.name) }
            for alias in node.aliases { t.predicate("ag:alias") { $0.turtleString(alias) } }
            for key in node.attributes.keys.sorted() {
                t.predicate({ w in
                    if TurtleEscape.isSimpleLocalName(key) { w.text("attr:"); w.text(key) } else { w.turtleIRI("urn:actorgraph:attribute:", key) }
                }) { $0.turtleString(node.attributes[key]!) }
            }
            for evidence in node.evidence { t.evidence(evidence) }
            if node.kind == .statement {
                var seen = Set<String>()
                for evidence in node.evidence where seen.insert(evidence.document).inserted {
                    t.predicate("ag:sourceDocument") { $0.turtleIRI("urn:actorgraph:document:", evidence.document) }
                }
            }
            t.end()
        }

        for edge in graph.edges.values {
            t.subject { $0.turtleIRI("urn:actorgraph:node:", edge.source) }
            t.predicate({ $0.text("ag:"); $0.text(edge.type.rawValue) }) { $0.turtleIRI("urn:actorgraph:node:", edge.target) }
            t.end()
            t.subject { w in
                w.text("<urn:actorgraph:edge:")
                w.percentEncoded(edge.source)
                w.byte(UInt8(ascii: "/"))
                w.text(edge.type.rawValue)
                w.byte(UInt8(ascii: "/"))
                w.percentEncoded(edge.target)
                w.byte(UInt8(ascii: ">"))
            }
            t.predicate("a") { $0.text("ag:Relation") }
            t.predicate("rdf:subject") { $0.turtleIRI("urn:actorgraph:node:", edge.source) }
            t.predicate("rdf:predicate") { $0.text("ag:"); $0.text(edge.type.rawValue) }
            t.predicate("rdf:object") { $0.turtleIRI("urn:actorgraph:node:", edge.target) }
            t.predicate("ag:sign") { $0.int(edge.sign) }
            t.predicate("ag:weight") { w in
                w.byte(UInt8(ascii: "\""))
                w.double(edge.weight)
                w.text("\"^^xsd:double")
            }
            for evidence in edge.evidence { t.evidence(evidence) }
            t.end()
        }
        return t.count
    }
}

/// Writes `subject predicate object ; predicate object .` groups and counts their triples.
private struct TripleWriter {
    let w: ByteWriter
    var count = 0
    private var first = true

    init(w: ByteWriter) { self.w = w }

    mutating func subject(_ body: (ByteWriter) -> Void) {
        body(w)
        first = true
    }

    mutating func predicate(_ predicate: String, _ object: (ByteWriter) -> Void) {
        self.predicate({ $0.text(predicate) }, object)
    }

    mutating func predicate(_ predicate: (ByteWriter) -> Void, _ object: (ByteWriter) -> Void) {
        w.text(first ? " " : " ;\n    ")
        first = false
        predicate(w)
        w.byte(UInt8(ascii: " "))
        object(w)
        count += 1
    }

    /// An `ag:evidence` blank node: one triple for the link, one per field.
    mutating func evidence(_ evidence: Evidence) {
        predicate("ag:evidence") { w in
            w.text("[ a ag:Evidence ; ag:document ")
            w.turtleIRI("urn:actorgraph:document:", evidence.document)
            w.text(" ; ag:sentence ")
            w.int(evidence.sentence)
            if let start = evidence.start {
                w.text(" ; ag:start ")
                w.int(start)
            }
            if let end = evidence.end {
                w.text(" ; ag:end ")
                w.int(end)
            }
            if let excerpt = evidence.excerpt {
                w.text(" ; ag:excerpt ")
                w.turtleString(excerpt)
            }
            w.text(" ]")
        }
        count += 3 + (evidence.start == nil ? 0 : 1) + (evidence.end == nil ? 0 : 1) + (evidence.excerpt == nil ? 0 : 1)
    }

    mutating func end() { w.text(" .\n") }
}

extension GraphExportFormat {
    /// RDF 1.1 Turtle with the documented `ag:` vocabulary.
    public static let rdf = GraphExportFormat(
        name: TurtleWriter.formatName,
        summary: "RDF Turtle: kinds as classes, relations as properties plus a Relation resource with sign, weight, evidence",
        producesFolder: false, fileExtension: "ttl",
        write: { graph, url throws(ExportError) in try TurtleWriter.write(graph, to: url) })
}
