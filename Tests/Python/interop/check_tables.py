"""Python's csv module reads the csv, graphframes and neo4j-admin folders with the
headers each target requires and gets every value back (no Neo4j or Spark here:
the neo4j-admin import itself is not run).

usage: check_tables.py EXPECTED.json CSV_FOLDER GRAPHFRAMES_FOLDER NEO4J_ADMIN_FOLDER
"""
import csv
import json
import os
import re

from common import Mismatch, attribute, compare_edges, compare_nodes, evidence_from_json, expect_equal, load_expected, run


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, strict=True)
        header = next(reader)
        rows = list(reader)
    for row in rows:
        if len(row) != len(header):
            raise Mismatch(f"{path}: a record has {len(row)} fields, the header {len(header)}")
    return header, [dict(zip(header, r)) for r in rows]


def check_plain(tool, folder, nodes, edges, vertices, src, dst, rel):
    header, rows = read(os.path.join(folder, vertices))
    expect_equal(f"{tool}: node header", header[:5], ["id", "kind", "name", "aliases", "evidence"])
    got = {}
    for r in rows:
        got[r["id"]] = {"kind": r["kind"], "name": r["name"], "aliases": json.loads(r["aliases"]),
                        "evidence": evidence_from_json(r["evidence"]),
                        "attributes": {attribute(c): r[c] for c in header[5:] if r[c] != "" or c in nodes[r["id"]]["attributes"]}}
    compare_nodes(tool, got, nodes)
    header, rows = read(os.path.join(folder, "edges.csv"))
    expect_equal(f"{tool}: edge header", header, [src, dst, rel, "sign", "weight", "evidence"])
    got = {(r[src], r[dst], r[rel]): {"sign": int(r["sign"]), "weight": float(r["weight"]),
                                     "evidence": evidence_from_json(r["evidence"])} for r in rows}
    compare_edges(tool, got, edges)
    print(f"{tool}: {len(nodes)} nodes and {len(edges)} edges match")


def check_neo4j_admin(folder, nodes, edges):
    with open(os.path.join(folder, "import.sh"), encoding="utf-8") as f:
        script = f.read()
    for option in ("neo4j-admin database import full", "--nodes=nodes.csv", "--relationships=relationships.csv",
                   "--multiline-fields=true", "--id-type=string"):
        if option not in script:
            raise Mismatch(f"neo4j-admin: import.sh lacks {option}")
    delimiter = re.search(r"--array-delimiter='([^']+)'", script).group(1)
    delimiter = chr(int(delimiter[2:], 16)) if delimiter.startswith("U+") else delimiter

    header, rows = read(os.path.join(folder, "nodes.csv"))
    expect_equal("neo4j-admin: node header", header[:6], ["id:ID(Entity)", ":LABEL", "kind", "name", "aliases:string[]", "evidence"])
    for column in header[6:]:
        if not column.endswith(":string"):
            raise Mismatch(f"neo4j-admin: attribute column {column!r} is not typed")
    got = {}
    for r in rows:
        kind = r["kind"]
        expect_equal(f"neo4j-admin: labels of {r['id:ID(Entity)']}", r[":LABEL"].split(delimiter), ["Entity", kind[0].upper() + kind[1:]])
        node_id = r["id:ID(Entity)"]
        got[node_id] = {"kind": kind, "name": r["name"],
                        "aliases": r["aliases:string[]"].split(delimiter) if r["aliases:string[]"] else [],
                        "evidence": evidence_from_json(r["evidence"]),
                        "attributes": {attribute(c[:-len(":string")]): r[c] for c in header[6:]
                                       if r[c] != "" or attribute(c[:-len(":string")]) in nodes[node_id]["attributes"]}}
    compare_nodes("neo4j-admin", got, nodes)
    header, rows = read(os.path.join(folder, "relationships.csv"))
    expect_equal("neo4j-admin: relationship header", header,
                 [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "type", "sign:int", "weight:double", "evidence"])
    got = {}
    for r in rows:
        expect_equal("neo4j-admin: :TYPE", r[":TYPE"], "".join("_" + c if c.isupper() else c.upper() for c in r["type"]))
        got[(r[":START_ID(Entity)"], r[":END_ID(Entity)"], r["type"])] = {
            "sign": int(r["sign:int"]), "weight": float(r["weight:double"]), "evidence": evidence_from_json(r["evidence"])}
    compare_edges("neo4j-admin", got, edges)
    print(f"neo4j-admin: headers typed, array delimiter {delimiter!r}; {len(nodes)} nodes and {len(edges)} relationships match")


def main(args):
    expected_path, csv_folder, frames_folder, admin_folder = args
    _, nodes, edges = load_expected(expected_path)
    check_plain("csv", csv_folder, nodes, edges, "nodes.csv", "source", "target", "type")
    check_plain("graphframes", frames_folder, nodes, edges, "vertices.csv", "src", "dst", "relationship")
    check_neo4j_admin(admin_folder, nodes, edges)


if __name__ == "__main__":
    run(main)
