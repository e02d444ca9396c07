"""Kùzu (embedded, the `kuzu` package) loads our Kùzu export with its own two
scripts and holds the same nodes, relationships and values; a Cypher query
returns the same counts and top-5 degree actors as the graph itself.

usage: check_kuzu.py EXPECTED.json EXPORT_FOLDER TOP5.json
TOP5.json is `actorgraph top -n 5` (degree) as computed by our analysis module: a JSON list of ids.
"""
import os
import tempfile

import kuzu

from common import (Mismatch, actor_degree_top, attribute, compare_edges, compare_nodes, evidence_from_json,
                    expect_equal, load_expected, run)
import json

FIXED = {"id", "kind", "name", "aliases", "evidence"}


def rows(conn, query):
    result = conn.execute(query)
    out = []
    while result.has_next():
        out.append(result.get_next())
    return out


def main(args):
    expected_path, folder, top_path = args
    _, nodes, edges = load_expected(expected_path)
    with tempfile.TemporaryDirectory() as tmp:
        db = kuzu.Database(os.path.join(tmp, "graph.kuzu"))
        conn = kuzu.Connection(db)
        cwd = os.getcwd()
        os.chdir(folder)  # load.cypher names its files relative to the folder
        try:
            for script in ("schema.cypher", "load.cypher"):
                with open(script, encoding="utf-8") as f:
                    conn.execute(f.read())
        finally:
            os.chdir(cwd)

        counts = (rows(conn, "MATCH (n) RETURN count(n)")[0][0], rows(conn, "MATCH ()-[r]->() RETURN count(r)")[0][0])
        expect_equal("kuzu: node and relationship counts", counts, (len(nodes), len(edges)))

        got = {}
        for (node,) in rows(conn, "MATCH (n) RETURN n"):
            props = {k: v for k, v in node.items() if not k.startswith("_")}
            expect_equal(f"kuzu: table of {props['id']}", node["_label"], props["kind"][0].upper() + props["kind"][1:])
            got[props["id"]] = {
                "kind": props["kind"], "name": props["name"], "aliases": json.loads(props["aliases"]),
                "evidence": evidence_from_json(props["evidence"]),
                "attributes": {attribute(k): v for k, v in props.items() if k not in FIXED and v is not None},
            }
        compare_nodes("kuzu", got, nodes)

        got = {}
        for s, t, rtype, sign, weight, evidence in rows(
                conn, "MATCH (s)-[r]->(t) RETURN s.id, t.id, label(r), r.sign, r.weight, r.evidence"):
            got[(s, t, rtype)] = {"sign": sign, "weight": weight, "evidence": evidence_from_json(evidence)}
        compare_edges("kuzu", got, edges)

        top = rows(conn, """
            MATCH (a)-[]-(b)
            WHERE a.kind IN ['person', 'organization', 'country'] AND a.id <> b.id
            RETURN a.id AS id, count(DISTINCT b.id) AS degree
            ORDER BY degree DESC, id
            LIMIT 5""")
        want = actor_degree_top(nodes, edges)
        expect_equal("kuzu: top-5 degree actors (against the edge list)", [(d, i) for i, d in top], want)
        with open(top_path, encoding="utf-8") as f:
            ours = json.load(f)
        expect_equal("kuzu: top-5 degree actors (against our ranking)", [i for i, _ in top], ours)
        print(f"kuzu: {counts[0]} nodes, {counts[1]} relationships, all values and the top-5 degree actors {[i for _, i in want]} match")


if __name__ == "__main__":
    run(main)
