"""NetworkX reads our GraphML, GEXF and node-link (both spellings) and sees the same graph.

usage: check_networkx.py EXPECTED.json EXPORT_DIR
EXPORT_DIR holds graph.graphml, graph.gexf, graph.node-link.json, graph.node-link-d3.json;
the check writes networkx.graphml there (NetworkX's GraphML of the graph it read) for
the Swift test to read back with GraphMLReader.
"""
import json
import os

import networkx as nx

from common import (Mismatch, attribute, compare_edges, compare_nodes, evidence_from_json, expect_equal,
                    load_expected, normalise_evidence, run)


def nodes_from(graph, name_field, json_lists):
    got = {}
    for node_id, data in graph.nodes(data=True):
        data = dict(data)
        data.pop("viz", None)
        node = {"kind": data.pop("kind"), "name": data.pop(name_field)}
        aliases, evidence = data.pop("aliases"), data.pop("evidence")
        node["aliases"] = json.loads(aliases) if json_lists else aliases
        node["evidence"] = evidence_from_json(evidence) if json_lists else [normalise_evidence(e) for e in evidence]
        node["attributes"] = {attribute(k): v for k, v in data.items()}
        got[node_id] = node
    return got


def edges_from(graph, type_field, json_lists):
    got = {}
    for s, t, key, data in graph.edges(keys=True, data=True):
        evidence = data["evidence"]
        edge = {"sign": data["sign"], "weight": data["weight"],
                "evidence": evidence_from_json(evidence) if json_lists else [normalise_evidence(e) for e in evidence]}
        if not isinstance(edge["sign"], int):
            raise Mismatch(f"sign read as {type(edge['sign']).__name__}, not int")
        triple = (s, t, data[type_field])
        if triple in got:
            raise Mismatch(f"edge {triple} read twice")
        got[triple] = edge
    return got


def main(args):
    expected_path, folder = args
    raw, nodes, edges = load_expected(expected_path)

    g = nx.read_graphml(os.path.join(folder, "graph.graphml"), force_multigraph=True)
    expect_equal("graphml: directed multigraph", (g.is_directed(), g.is_multigraph()), (True, True))
    compare_nodes("graphml", nodes_from(g, "name", True), nodes)
    compare_edges("graphml", edges_from(g, "type", True), edges)
    expect_equal("graphml: format tag", g.graph.get("format"), "actorgraph/1")
    expect_equal("graphml: documents", json.loads(g.graph["documents"]), raw["documents"])
    print(f"graphml: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges match")
    # NetworkX's own GraphML of what it read, for the Swift test to read back with our reader.
    # Its pure-Python writer, the one `write_graphml` is without lxml, so the result does not
    # depend on whether lxml is installed (make bench installs it): that writer puts carriage
    # returns in raw, the lxml one writes &#13;.
    nx.write_graphml_xml(g, os.path.join(folder, "networkx.graphml"))

    g = nx.read_gexf(os.path.join(folder, "graph.gexf"))
    expect_equal("gexf: directed", g.is_directed(), True)
    compare_nodes("gexf", nodes_from(g, "label", True), nodes)
    compare_edges("gexf", edges_from(g, "label", True), edges)
    print(f"gexf: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges match")

    for name, key in (("node-link", "edges"), ("node-link-d3", "links")):
        with open(os.path.join(folder, f"graph.{name}.json"), encoding="utf-8") as f:
            data = json.load(f)
        g = nx.node_link_graph(data, edges=key)
        expect_equal(f"{name}: directed multigraph", (g.is_directed(), g.is_multigraph()), (True, True))
        compare_nodes(name, nodes_from(g, "name", False), nodes)
        got = edges_from(g, "type", False)
        compare_edges(name, got, edges)
        for s, t, k in g.edges(keys=True):
            expect_equal(f"{name}: key of {s}->{t}", k, g.edges[s, t, k]["type"])
        expect_equal(f"{name}: documents", g.graph["documents"], raw["documents"])
        print(f"{name}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges match")


if __name__ == "__main__":
    run(main)
