"""Shared helpers of the interoperability checks.

Each check loads an ActorGraph export with a real tool and compares what the
tool sees with expected.json, the graph as the Swift test wrote it with
Foundation's JSONEncoder (independently of the export writers):
{"documents": [...], "nodes": [Node...], "edges": [Edge...]}.
A check prints what it compared and exits non-zero with a message on the
first difference.
"""
import json
import sys

PREFIX = "attr."
RESERVED = {"id", "kind", "name", "aliases", "evidence"}


class Mismatch(Exception):
    pass


def column(key):
    """The column name of a free attribute (AttributeNames.column in Swift)."""
    return PREFIX + key if key.lower() in RESERVED or key.startswith(PREFIX) else key


def attribute(col):
    """The attribute a column stands for (AttributeNames.attribute in Swift)."""
    return col[len(PREFIX):] if col.startswith(PREFIX) else col


def load_expected(path):
    with open(path, encoding="utf-8") as f:
        graph = json.load(f)
    nodes = {n["id"]: normalise_node(n) for n in graph["nodes"]}
    edges = {(e["source"], e["target"], e["type"]): normalise_edge(e) for e in graph["edges"]}
    return graph, nodes, edges


def normalise_node(n):
    return {
        "kind": n["kind"], "name": n["name"], "aliases": list(n.get("aliases", [])),
        "attributes": dict(n.get("attributes", {})), "evidence": [normalise_evidence(e) for e in n.get("evidence", [])],
    }


def normalise_edge(e):
    return {"sign": int(e["sign"]), "weight": float(e["weight"]),
            "evidence": [normalise_evidence(x) for x in e.get("evidence", [])]}


def normalise_evidence(e):
    return {k: e[k] for k in ("document", "sentence", "start", "end", "excerpt") if e.get(k) is not None}


def evidence_from_json(text):
    return [normalise_evidence(e) for e in json.loads(text)]


def expect_equal(what, got, want):
    if got != want:
        raise Mismatch(f"{what}: expected {want!r}, got {got!r}")


def compare_nodes(tool, got, want):
    """got: {id: node dict in the normalised form}."""
    expect_equal(f"{tool}: node ids", sorted(got), sorted(want))
    for node_id, node in want.items():
        for field in ("kind", "name", "aliases", "attributes", "evidence"):
            if field in got[node_id]:
                expect_equal(f"{tool}: {field} of {node_id}", got[node_id][field], node[field])


def compare_edges(tool, got, want):
    """got: {(source, target, type): edge dict in the normalised form}."""
    expect_equal(f"{tool}: edge count", len(got), len(want))
    missing = set(want) - set(got)
    if missing:
        raise Mismatch(f"{tool}: edges missing, e.g. {sorted(missing)[:3]}")
    for key, edge in want.items():
        for field in ("sign", "weight", "evidence"):
            if field in got[key]:
                expect_equal(f"{tool}: {field} of edge {key}", got[key][field], edge[field])


def actor_degree_top(nodes, edges, n=5):
    """The top-n actors (persons, organizations, countries) by degree in the undirected
    simple view: the number of distinct other nodes they share a relation with
    (parallel relations count once; self-loops are ignored). Ties by id."""
    neighbours = {node_id: set() for node_id in nodes}
    for (s, t, _type) in edges:
        if s != t:
            neighbours[s].add(t)
            neighbours[t].add(s)
    actors = [(len(neighbours[i]), i) for i, node in nodes.items() if node["kind"] in ("person", "organization", "country")]
    actors.sort(key=lambda x: (-x[0], x[1]))
    return actors[:n]


def run(main):
    try:
        main(sys.argv[1:])
    except Mismatch as e:
        print(f"MISMATCH: {e}", file=sys.stderr)
        sys.exit(1)
