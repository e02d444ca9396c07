"""FalkorDB (embedded through falkordblite) runs our Cypher scripts unchanged and
holds the same nodes, labels, relationships and properties.

usage: check_falkordb.py EXPECTED.json PORTABLE.cypher FALKORDB.cypher
The portable script (schema statements as comments) and the FalkorDB dialect
(index first) are each run statement by statement into a fresh graph; on large
graphs the portable one runs after the index statement its header recommends.
"""
import json
import os
import tempfile

from redislite.falkordb_client import FalkorDB

from common import Mismatch, attribute, compare_edges, compare_nodes, evidence_from_json, expect_equal, load_expected, run
from cypher_script import statements

FIXED = {"id", "kind", "name", "aliases", "evidence"}


def label(kind):
    return kind[0].upper() + kind[1:]


def rel_type(relation):
    return "".join("_" + c if c.isupper() else c.upper() for c in relation)


def load(db, name, path, index_first=False):
    graph = db.select_graph(name)
    if index_first:
        # What the script's header tells users of large graphs to run first.
        graph.query("CREATE INDEX FOR (n:Entity) ON (n.id)")
    with open(path, encoding="utf-8") as f:
        script = f.read()
    parts = statements(script)
    for statement in parts:
        try:
            graph.query(statement)
        except Exception as e:
            raise Mismatch(f"{name}: statement failed: {e}\n{statement[:300]}")
    return graph, len(parts)


def check(tool, graph, nodes, edges):
    counts = (graph.query("MATCH (n) RETURN count(n)").result_set[0][0],
              graph.query("MATCH ()-[r]->() RETURN count(r)").result_set[0][0])
    expect_equal(f"{tool}: node and relationship counts", counts, (len(nodes), len(edges)))
    got = {}
    for node_id, labels, props in graph.query("MATCH (n) RETURN n.id, labels(n), properties(n)").result_set:
        want = nodes.get(node_id)
        if want is None:
            raise Mismatch(f"{tool}: unexpected node {node_id!r}")
        expect_equal(f"{tool}: labels of {node_id}", sorted(labels), sorted(["Entity", label(want["kind"])]))
        got[node_id] = {
            "kind": props["kind"], "name": props["name"], "aliases": list(props["aliases"]),
            "evidence": evidence_from_json(props["evidence"]),
            "attributes": {attribute(k): v for k, v in props.items() if k not in FIXED},
        }
    compare_nodes(tool, got, nodes)
    got = {}
    for s, t, rtype, props in graph.query("MATCH (s)-[r]->(t) RETURN s.id, t.id, type(r), properties(r)").result_set:
        expect_equal(f"{tool}: type of {s}->{t}", rtype, rel_type(props["type"]))
        got[(s, t, props["type"])] = {"sign": props["sign"], "weight": float(props["weight"]),
                                      "evidence": evidence_from_json(props["evidence"])}
    compare_edges(tool, got, edges)


def main(args):
    expected_path, portable, dialect = args
    _, nodes, edges = load_expected(expected_path)
    with tempfile.TemporaryDirectory() as tmp:
        db = FalkorDB(os.path.join(tmp, "falkordb.db"))
        try:
            large = len(edges) > 2000
            graph, count = load(db, "portable", portable, index_first=large)
            check("falkordb (portable script)", graph, nodes, edges)
            # Running it again changes nothing: MERGE on ids.
            load(db, "portable", portable)
            check("falkordb (portable script, run twice)", graph, nodes, edges)
            graph, _ = load(db, "indexed", dialect)
            indexes = graph.query("CALL db.indexes()").result_set
            if not any("Entity" in str(row) for row in indexes):
                raise Mismatch(f"falkordb dialect: no index on Entity ({indexes})")
            check("falkordb (cypher-falkordb script)", graph, nodes, edges)
            print(f"falkordb: {count} statements; {len(nodes)} nodes, {len(edges)} relationships and all properties match")
        finally:
            db.close()


if __name__ == "__main__":
    run(main)
