#!/usr/bin/env python3
"""Writes a synthetic actorgraph/1 JSON graph for benchmarks.

The graph looks like a corpus of conflict news: actors (countries,
organizations, persons), missions and statements; relations from the closed
vocabulary with their polarity; every edge with one piece of evidence. Ties
follow preferential attachment, so a few actors are hubs, as in real news.
The same --nodes and --seed always give the same file.

    python3 Benchmarks/generate_graph.py --nodes 2000 --seed 7 -o /tmp/g2000.json
"""
import argparse
import json
import random

# (relation type, polarity) from the vocabulary in DESIGN.md / RelationType.swift.
RELATIONS = [
    ("alliedWith", 1), ("supports", 1), ("cooperatesWith", 1), ("trains", 1), ("hosts", 1),
    ("meetsWith", 0), ("negotiatesWith", 0), ("mentions", 0),
    ("opposes", -1), ("criticizes", -1), ("sanctions", -1), ("accuses", -1), ("attacks", -1), ("threatens", -1),
]
KINDS = [("country", 0.12), ("organization", 0.38), ("person", 0.30), ("mission", 0.08), ("statement", 0.12)]
DOCUMENT = "sha256:" + "b" * 64


def generate(nodes: int, edges_per_node: int, seed: int) -> dict:
    rng = random.Random(seed)
    kinds = [k for k, _ in KINDS]
    weights = [w for _, w in KINDS]
    node_list, pool = [], []
    for i in range(nodes):
        kind = rng.choices(kinds, weights)[0]
        node = {"id": f"{kind}:n{i}", "kind": kind, "name": f"{kind.capitalize()} {i}"}
        if kind == "statement":
            node["attributes"] = {"text": f"Statement number {i} about the situation", "quote": "direct"}
        node_list.append(node)
    edges, seen = [], set()
    for i, node in enumerate(node_list):
        if i == 0:
            pool.append(0)
            continue
        for _ in range(min(edges_per_node, i)):
            j = rng.choice(pool)  # preferential attachment: hubs are in the pool many times
            a, b = (i, j) if rng.random() < 0.5 else (j, i)
            source, target = node_list[a], node_list[b]
            if source["kind"] == "statement":
                rel, sign = "about", rng.choice([-1, 0, 1])
            elif target["kind"] == "statement":
                rel, sign = "said", 0
            elif target["kind"] == "mission":
                rel, sign = ("participatesIn", 1) if rng.random() < 0.8 else ("withdrawsFrom", -1)
            else:
                rel, sign = rng.choice(RELATIONS)
            key = (source["id"], target["id"], rel)
            if key in seen or a == b:
                continue
            seen.add(key)
            sentence = len(edges)
            edges.append({"source": source["id"], "target": target["id"], "type": rel, "sign": sign, "weight": 1,
                          "evidence": [{"document": DOCUMENT, "sentence": sentence, "start": sentence * 100,
                                        "end": sentence * 100 + 40, "excerpt": f"{source['name']} {rel} {target['name']}"}]})
            pool += [i, j]
        pool.append(i)
    return {"format": "actorgraph/1",
            "documents": [{"id": DOCUMENT, "title": f"Synthetic corpus ({nodes} nodes, seed {seed})", "source": "generated"}],
            "nodes": node_list, "edges": edges}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--edges-per-node", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    graph = generate(args.nodes, args.edges_per_node, args.seed)
    with open(args.output, "w", encoding="utf-8") as f:
        json.dump(graph, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"{args.output}: {len(graph['nodes'])} nodes, {len(graph['edges'])} edges")


if __name__ == "__main__":
    main()
