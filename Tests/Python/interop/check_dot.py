"""Graphviz parses our DOT: `dot -Tcanon` (or `nop` for large graphs) accepts it, and gvpr sees the same nodes,
edges and values (after DOT's escString rules: \\\\ is a backslash, \\n a line feed).

usage: check_dot.py EXPECTED.json GRAPH.dot
DOT cannot tell an empty attribute from a missing one, so empty values are not compared.
"""
import json
import subprocess

from common import Mismatch, attribute, compare_edges, compare_nodes, evidence_from_json, expect_equal, load_expected, run

# Prints every node and edge with all its non-empty attributes, one value per line:
# values hold no raw line breaks (the writer escapes them), so lines are safe.
GVPR = r'''
BEGIN { string a; }
BEG_G { printf("G\t%d\t%d\n", nNodes($G), nEdges($G)); }
N {
  printf("N\t%s\n", $.name);
  for (a = fstAttr($G, "N"); a != ""; a = nxtAttr($G, "N", a)) {
    if (aget($, a) != "") printf("A\t%s\t%s\n", a, aget($, a));
  }
}
E {
  printf("E\t%s\t%s\n", $.tail.name, $.head.name);
  for (a = fstAttr($G, "E"); a != ""; a = nxtAttr($G, "E", a)) {
    if (aget($, a) != "") printf("A\t%s\t%s\n", a, aget($, a));
  }
}
'''


LAYOUT_LIMIT = 2000


def esc_string(value):
    """Undoes the escString escapes the writer used: \\\\, \\n, \\r."""
    out, i = [], 0
    while i < len(value):
        c = value[i]
        if c == "\\" and i + 1 < len(value):
            d = value[i + 1]
            out.append({"\\": "\\", "n": "\n", "r": "\r"}.get(d, c + d))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def main(args):
    expected_path, path = args
    _, nodes, edges = load_expected(expected_path)
    # `dot -Tcanon` lays the graph out before printing it (12 GB and minutes for 12,000 edges),
    # so large graphs are parsed by `nop`, Graphviz's layout-free pretty printer, instead.
    command = ["dot", "-Tcanon", path] if len(edges) <= LAYOUT_LIMIT else ["nop", path]
    canon = subprocess.run(command, capture_output=True, text=True)
    if canon.returncode != 0 or canon.stderr.strip():
        raise Mismatch(f"{' '.join(command[:2])} failed ({canon.returncode}): {canon.stderr.strip()[:500]}")
    out = subprocess.run(["gvpr", GVPR, path], capture_output=True, text=True, check=True).stdout
    got_nodes, got_edges, current = {}, {}, None
    counts = None
    for line in out.split("\n"):
        if not line:
            continue
        tag, _, rest = line.partition("\t")
        if tag == "G":
            counts = tuple(int(x) for x in rest.split("\t"))
        elif tag == "N":
            current = {"attributes": {}}
            got_nodes[esc_string(rest)] = current
        elif tag == "E":
            tail, head = rest.split("\t")
            current = {"attributes": {}, "ends": (esc_string(tail), esc_string(head))}
            got_edges.setdefault(current["ends"], []).append(current)
        elif tag == "A":
            name, _, value = rest.partition("\t")
            current["attributes"][name] = esc_string(value)
        else:
            raise Mismatch(f"unexpected gvpr line {line!r}")
    expect_equal("dot: node and edge counts", counts, (len(nodes), len(edges)))
    node_view = {}
    for node_id, n in got_nodes.items():
        a = dict(n["attributes"])
        node_view[node_id] = {
            "kind": a.pop("kind"), "name": a.pop("label"), "aliases": json.loads(a.pop("aliases")),
            "evidence": evidence_from_json(a.pop("evidence")),
            "attributes": {k[len("attr."):]: v for k, v in a.items() if k.startswith("attr.")},
        }
        want = {k: v for k, v in nodes[node_id]["attributes"].items() if v != ""}
        expect_equal(f"dot: attributes of {node_id}", node_view[node_id].pop("attributes"), want)
    compare_nodes("dot", node_view, nodes)
    edge_view = {}
    for (s, t), items in got_edges.items():
        for e in items:
            a = e["attributes"]
            edge_view[(s, t, a["type"])] = {"sign": int(a["sign"]), "weight": float(a["weight"]),
                                           "evidence": evidence_from_json(a["evidence"])}
    compare_edges("dot", edge_view, edges)
    print(f"dot: {command[0]} parsed it; {counts[0]} nodes, {counts[1]} edges and their values match")


if __name__ == "__main__":
    run(main)
