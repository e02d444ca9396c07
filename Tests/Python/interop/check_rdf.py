"""rdflib parses our Turtle, counts exactly the triples the writer reported, and
finds every node, alias, attribute, relation, sign, weight and evidence.

usage: check_rdf.py EXPECTED.json GRAPH.ttl TRIPLES
"""
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

from common import Mismatch, compare_edges, compare_nodes, expect_equal, load_expected, run

AG = Namespace("urn:actorgraph:vocab#")
ATTR = "urn:actorgraph:attribute:"
DOC = "urn:actorgraph:document:"


def evidence_of(g, subject):
    out = []
    for item in g.objects(subject, AG.evidence):
        document = g.value(item, AG.document)
        doc_id = g.value(document, AG.id)
        e = {"document": str(doc_id) if doc_id is not None else decode_doc(document), "sentence": int(g.value(item, AG.sentence))}
        for field in ("start", "end"):
            value = g.value(item, AG[field])
            if value is not None:
                e[field] = int(value)
        excerpt = g.value(item, AG.excerpt)
        if excerpt is not None:
            e["excerpt"] = str(excerpt)
        out.append(e)
    return in_order(out)


def in_order(evidence):
    """RDF has no order: both sides are compared sorted as the model sorts evidence."""
    return sorted(evidence, key=lambda e: (e["document"], e["sentence"], e.get("start", -1), e.get("end", -1), e.get("excerpt", "")))


def decode_doc(iri):
    from urllib.parse import unquote
    return unquote(str(iri)[len(DOC):])


def main(args):
    expected_path, path, triples = args
    _, nodes, edges = load_expected(expected_path)
    g = Graph()
    g.parse(path, format="turtle")
    expect_equal("rdf: triple count", len(g), int(triples))

    iri_of, got = {}, {}
    kinds = {"Person", "Organization", "Country", "Mission", "Statement"}
    for subject, node_id in g.subject_objects(AG.id):
        classes = {str(c)[len(str(AG)):] for c in g.objects(subject, RDF.type)}
        if "Document" in classes:
            continue
        node_id = str(node_id)
        iri_of[subject] = node_id
        kind = (classes & kinds).pop()
        attributes = {}
        for p, o in g.predicate_objects(subject):
            if str(p).startswith(ATTR):
                from urllib.parse import unquote
                attributes[unquote(str(p)[len(ATTR):])] = str(o)
        got[node_id] = {
            "kind": kind[0].lower() + kind[1:], "name": str(g.value(subject, RDFS.label)),
            "aliases": sorted(str(a) for a in g.objects(subject, AG.alias)), "attributes": attributes,
            "evidence": evidence_of(g, subject),
        }
        if kind == "Statement":
            sources = {decode_doc(d) for d in g.objects(subject, AG.sourceDocument)}
            expect_equal(f"rdf: source documents of {node_id}", sources, {e["document"] for e in nodes[node_id]["evidence"]})
    want_nodes = {i: dict(n, aliases=sorted(n["aliases"]), evidence=in_order(n["evidence"])) for i, n in nodes.items()}
    compare_nodes("rdf", got, want_nodes)

    relation_types = {str(p)[len(str(AG)):] for p in g.subjects(RDF.type, RDF.Property)}
    plain = {(iri_of[s], iri_of[o], str(p)[len(str(AG)):]) for s, p, o in g
             if str(p).startswith(str(AG)) and str(p)[len(str(AG)):] in relation_types}
    expect_equal("rdf: plain relation triples", plain, set(edges))
    got = {}
    for relation in g.subjects(RDF.type, AG.Relation):
        key = (iri_of[g.value(relation, RDF.subject)], iri_of[g.value(relation, RDF.object)],
               str(g.value(relation, RDF.predicate))[len(str(AG)):])
        weight = g.value(relation, AG.weight)
        if weight.datatype != URIRef("http://www.w3.org/2001/XMLSchema#double"):
            raise Mismatch(f"rdf: weight of {key} typed {weight.datatype}")
        got[key] = {"sign": int(g.value(relation, AG.sign)), "weight": float(weight), "evidence": evidence_of(g, relation)}
    compare_edges("rdf", got, {k: dict(e, evidence=in_order(e["evidence"])) for k, e in edges.items()})
    print(f"rdf: {len(g)} triples as reported; {len(got_nodes(iri_of))} nodes and {len(got)} relations match")


def got_nodes(iri_of):
    return set(iri_of.values())


if __name__ == "__main__":
    run(main)
