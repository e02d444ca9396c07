#!/usr/bin/env python3
"""Reference answers from NetworkX for the ActorGraph analysis tests.

The Swift tests (Tests/ActorGraphTests/Analysis) run this script with the
project virtualenv and compare our numbers with the ones written here.
Nothing is hard-coded: every graph is generated from a fixed seed and every
answer is computed by NetworkX at test time.

Usage:
    networkx_fixtures.py differential OUT.json   # >= 50 generated graphs, every measure
    networkx_fixtures.py known OUT.json          # karate club, Florentine families
"""
import json
import random
import sys

import networkx as nx
import numpy as np

TOL = 1e-12
MAX_ITER = 100_000
# Eigenvector iteration on a directed acyclic graph never converges; give up sooner.
EIGENVECTOR_MAX_ITER = 2_000
WEIGHTS = [0.5, 1.0, 2.0, 4.0]  # distances 1/w stay exact binary fractions


def random_edges(rng, n, m, directed, offset=0):
    """m distinct edges (no self-loops) on nodes offset..offset+n-1."""
    possible = n * (n - 1) if directed else n * (n - 1) // 2
    m = min(m, possible)
    seen = set()
    edges = []
    while len(edges) < m:
        u, v = rng.randrange(n), rng.randrange(n)
        if u == v:
            continue
        key = (u, v) if directed else (min(u, v), max(u, v))
        if key in seen:
            continue
        seen.add(key)
        edges.append((u + offset, v + offset))
    return edges


def generate(i):
    """The i-th test graph: size, density, components and isolated nodes vary with i."""
    rng = random.Random(1000 + i)
    directed = i % 2 == 1
    weighted = (i // 2) % 2 == 1
    shape = (i // 4) % 4
    edges = []
    if shape == 0:  # one sparse random graph
        n = rng.randint(2, 30)
        edges = random_edges(rng, n, rng.randint(n - 1, 2 * n), directed)
    elif shape == 1:  # several components and isolated nodes
        n = 0
        for _ in range(rng.randint(2, 4)):
            size = rng.randint(2, 12)
            edges += random_edges(rng, size, rng.randint(size - 1, 3 * size), directed, offset=n)
            n += size
        n += rng.randint(1, 4)  # isolated nodes at the end
    elif shape == 2:  # dense random graph
        n = rng.randint(4, 16)
        edges = random_edges(rng, n, rng.randint(n, n * (n - 1) // 2), directed)
    else:  # preferential attachment tree plus extra edges (hubs)
        n = rng.randint(5, 40)
        for v in range(1, n):
            u = rng.randrange(v)
            edges.append((v, u) if directed and rng.random() < 0.5 else (u, v))
        edges += [e for e in random_edges(rng, n, n // 3, directed) if e not in set(edges) and (e[1], e[0]) not in set(edges)]
    weights = [rng.choice(WEIGHTS) if weighted else 1.0 for _ in edges]
    return directed, weighted, n, [(u, v, w) for (u, v), w in zip(edges, weights)]


def as_list(d, n):
    return [float(d[v]) for v in range(n)]


def partition(sets):
    return sorted(sorted(int(v) for v in s) for s in sets)


def differential(count=64):
    graphs = []
    for i in range(count):
        directed, weighted, n, edges = generate(i)
        G = nx.DiGraph() if directed else nx.Graph()
        G.add_nodes_from(range(n))
        for u, v, w in edges:
            G.add_edge(u, v, weight=w, distance=1.0 / w)
        strength = "weight" if weighted else None
        distance = "distance" if weighted else None
        m = {}
        m["degree"] = as_list(nx.degree_centrality(G), n)
        m["weighted-degree"] = as_list(dict(G.degree(weight="weight")), n)
        m["betweenness"] = as_list(nx.betweenness_centrality(G, weight=distance), n)
        m["closeness"] = as_list(nx.closeness_centrality(G, distance=distance), n)
        m["harmonic"] = as_list(nx.harmonic_centrality(G, distance=distance), n)
        try:
            m["eigenvector"] = as_list(nx.eigenvector_centrality(G, max_iter=EIGENVECTOR_MAX_ITER, tol=TOL, weight=strength), n)
        except nx.PowerIterationFailedConvergence:
            m["eigenvector"] = None
        m["pagerank"] = as_list(nx.pagerank(G, alpha=0.85, tol=TOL, max_iter=MAX_ITER, weight=strength), n)
        A = nx.to_numpy_array(G, nodelist=range(n), weight=strength)
        lam = max(abs(np.linalg.eigvals(A))) if n else 0.0
        katz_alpha = 0.1 if lam < 5 else 0.5 / lam
        m["katz"] = as_list(nx.katz_centrality(G, alpha=katz_alpha, beta=1.0, tol=TOL, max_iter=MAX_ITER, weight=strength), n)
        # Sampled betweenness: NetworkX draws k sources with random.Random(seed).sample(list(G), k).
        k = max(2, n // 3)
        sample = None
        if k < n:
            pivots = random.Random(7).sample(list(G), k)
            sample = {"k": k, "pivots": pivots,
                      "scores": as_list(nx.betweenness_centrality(G, k=k, seed=7, weight=distance), n)}
        graph = {
            "name": f"graph-{i}", "directed": directed, "weighted": weighted, "n": n,
            "edges": [[u, v, w] for u, v, w in edges],
            "katzAlpha": katz_alpha, "measures": m, "sampledBetweenness": sample,
            "core": [int(nx.core_number(G)[v]) for v in range(n)],
        }
        if directed:
            graph["components"] = partition(nx.weakly_connected_components(G))
            graph["strongComponents"] = partition(nx.strongly_connected_components(G))
        else:
            graph["components"] = partition(nx.connected_components(G))
            graph["strongComponents"] = graph["components"]
            communities = nx.community.louvain_communities(G, weight=strength, seed=3)
            spread = [nx.community.modularity(G, nx.community.louvain_communities(G, weight=strength, seed=s),
                                              weight=strength) for s in range(10)]
            graph["louvain"] = {
                "communities": partition(communities),
                "modularity": nx.community.modularity(G, communities, weight=strength),
                "seedMinimum": min(spread), "seedMean": sum(spread) / len(spread),
            }
        graphs.append(graph)
    return {"networkx": nx.__version__, "graphs": graphs}


def known():
    karate = nx.karate_club_graph()
    florentine = nx.florentine_families_graph()
    names = sorted(florentine.nodes())
    return {
        "karate": {
            "n": karate.number_of_nodes(),
            "edges": [[u, v] for u, v in karate.edges()],
            "club": [karate.nodes[v]["club"] for v in range(karate.number_of_nodes())],
        },
        "florentine": {
            "names": names,
            "edges": [[u, v] for u, v in florentine.edges()],
            "betweenness": {k: float(v) for k, v in nx.betweenness_centrality(florentine).items()},
        },
    }


def main(argv):
    if len(argv) != 3 or argv[1] not in ("differential", "known"):
        sys.stderr.write(__doc__)
        return 2
    data = differential() if argv[1] == "differential" else known()
    with open(argv[2], "w") as out:
        json.dump(data, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
