import ActorGraph

/// The small RDF vocabulary of the Turtle export (documented in docs/exports.md).
///
/// - Namespaces: `ag:` = `urn:actorgraph:vocab#` (classes and properties),
///   `attr:` = `urn:actorgraph:attribute:` (one property per free attribute key),
///   node, edge and document resources under `urn:actorgraph:node:`,
///   `urn:actorgraph:edge:` and `urn:actorgraph:document:` (URNs, because the
///   project owns no web domain; ids are percent-encoded).
/// - Classes: the kinds `ag:Person`, `ag:Organization`, `ag:Country`,
///   `ag:Mission`, `ag:Statement`, and `ag:Relation`, `ag:Evidence`, `ag:Document`.
/// - Node properties: `ag:id`, `rdfs:label` (name), `ag:alias`, `attr:<key>`,
///   `ag:evidence`, and for statements `ag:sourceDocument`.
/// - Relations: one property per relation type (`ag:withdrawsFrom`) for the
///   plain triple, and an `ag:Relation` resource with `rdf:subject`,
///   `rdf:predicate`, `rdf:object`, `ag:sign`, `ag:weight`, `ag:evidence`.
/// - Evidence: blank nodes with `ag:document`, `ag:sentence`, `ag:start`, `ag:end`, `ag:excerpt`.
/// - Documents: `ag:id`, `dcterms:title`, `dcterms:date`, `dcterms:source`, `ag:url`.
enum TurtleVocabulary {
    /// The vocabulary namespace.
    static let namespace = "urn:actorgraph:vocab#"

    /// The class of a kind: `ag:Country`.
    static func className(of kind: NodeKind) -> String { "ag:" + CypherNames.label(of: kind) }

    /// The prefix block.
    static let prefixes = """
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix dcterms: <http://purl.org/dc/terms/> .
        @prefix ag: <urn:actorgraph:vocab#> .
        @prefix attr: <urn:actorgraph:attribute:> .

        """
}
