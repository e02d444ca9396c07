#!/usr/bin/env python3
"""Times ActorGraph's analysis against NetworkX, igraph, NetworKit and rustworkx.

Run by `make bench` with the project virtualenv (Benchmarks/requirements.txt):

    .venv/bin/python Benchmarks/run_analysis_bench.py [--quick] [--repeats 5] [--timeout 100] [--budget 20]

Two G(n, m) random graphs, seed 42 (100,000 nodes / 1,000,000 edges and
5,000 / 25,000), are written once as edge lists; every tool reads the same
file. Each (tool, measure, graph) runs in its own process: the graph is loaded
once, then the measure alone is timed several times (median reported), and the
process's peak resident memory is recorded. Ours is the release build of
`actorgraph-bench`. Results go to BENCHMARKS.md, replacing only its section
"## Analysis" (other sections, written by other benchmarks, are kept).

Where a peer cannot finish in the time limit, the table says "> T s" (a lower
bound); where a peer lacks the measure, n/a. Where NetworkX (or igraph, on the
large graph) would run for hours on a path measure, it is timed from a sample
of sources and scaled, marked est. The whole run took 40 minutes on two
cores shared with other work (load 5-10): each job stops repeating once its runs exceed a time budget, and hopeless
jobs are cut by the timeout.
"""
import argparse
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, ".build", "analysis-bench")
BENCH = os.path.join(ROOT, ".build", "release", "actorgraph-bench")
GRAPHS = [("G(n=5,000, m=25,000)", "small", 5_000, 25_000), ("G(n=100,000, m=1,000,000)", "big", 100_000, 1_000_000)]
MEASURES = ["degree", "weighted-degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "katz",
            "louvain", "components", "core", "shortest-path"]
TOOLS = ["ours", "networkx", "igraph", "networkit", "rustworkx"]
SAMPLES = 100  # betweenness pivots on the large graph
KATZ_ALPHA = 0.01  # alpha 0.1 diverges on these graphs (lambda_max ~ 11 and ~ 21)
TOL = 1e-12
PAIRS = 100  # shortest-path: node pairs per run, drawn by `pairs` (the same in actorgraph-bench)
# A run repeats a quicker measure until it has taken this many seconds and counts the time per
# repetition (every tool alike): on the shared machine a run of a millisecond is otherwise decided
# by whether the scheduler paused the process during it.
MIN_RUN = 0.1
# Sampled sources for NetworkX path measures (scaled up to all sources, marked est.):
# exact runs take many minutes on the small graph and days on the large one.
NX_SAMPLE = {"small": {"betweenness": 100, "closeness": 100, "harmonic": 100},
             "big": {"betweenness": 2, "closeness": 4, "harmonic": 4}}
IGRAPH_SAMPLE = 100  # igraph closeness and harmonic on the large graph (about 20 minutes from all sources)
PEERS = {"networkx": "networkx", "igraph": "igraph", "networkit": "networkit", "rustworkx": "rustworkx"}


def pairs(count, n):
    """`count` (source, target) pairs from SplitMix64 seeded 42, as actorgraph-bench draws them."""
    mask = (1 << 64) - 1
    state = 42

    def draw():
        nonlocal state
        state = (state + 0x9E3779B97F4A7C15) & mask
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
        return (z ^ (z >> 31)) % n

    result = []
    for _ in range(count):
        s = draw()
        result.append((s, draw()))
    return result


def edge_file(size, n, m):
    os.makedirs(DATA, exist_ok=True)
    path = os.path.join(DATA, f"gnm-{n}-{m}-seed42.txt")
    if not os.path.exists(path):
        import networkx as nx
        G = nx.gnm_random_graph(n, m, seed=42)
        with open(path + ".tmp", "w") as out:
            out.write(f"{n} {G.number_of_edges()}\n")
            out.write("".join(f"{u} {v}\n" for u, v in G.edges()))
        os.replace(path + ".tmp", path)
    return path


def read_edges(path):
    with open(path) as f:
        n, m = map(int, f.readline().split())
        edges = [tuple(map(int, line.split())) for line in f]
    return n, edges


# ---------------------------------------------------------------- workers

def peak_memory_kb():
    """VmHWM: unlike ru_maxrss, it is not inherited from the parent across fork and exec."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def worker(tool, measure, path, size, repeats, budget):
    """Runs in a child process: load once, time `measure` up to `repeats` times."""
    n, edges = read_edges(path)
    started = time.perf_counter()
    run, scale = prepare(tool, measure, n, edges, size)
    if run is None:
        raise SystemExit("NotAvailable")
    load = time.perf_counter() - started
    times = []
    spent = 0.0
    value = None
    while len(times) < repeats:
        t = time.perf_counter()
        repetitions = 0
        while True:
            value = run()
            repetitions += 1
            elapsed = time.perf_counter() - t
            if elapsed >= MIN_RUN:
                break
        spent += elapsed
        times.append(elapsed / repetitions * scale)
        if spent > budget:
            break
    rss = peak_memory_kb()
    result = {"load": load, "times": times, "maxrss_kb": rss, "estimated": scale != 1}
    if measure == "louvain":
        result["checksum"] = modularity(tool, value)
    print(json.dumps(result))


def modularity(tool, value):
    """The modularity a Louvain run reached (outside the timing), or None."""
    try:
        if tool == "igraph":
            return value.modularity
        if tool == "networkit":
            import networkit as nk
            algorithm, graph = value
            return nk.community.Modularity().getQuality(algorithm.getPartition(), graph)
    except Exception:  # a missing quality figure must not lose the timing
        return None
    return None


def prepare(tool, measure, n, edges, size):
    """A zero-argument function running the measure, and the factor its time is scaled by."""
    big = size == "big"
    if tool == "networkx":
        import networkx as nx
        G = nx.Graph()
        G.add_nodes_from(range(n))
        G.add_edges_from(edges, weight=1.0)
        nodes = list(G)
        if measure == "degree":
            return (lambda: nx.degree_centrality(G)), 1
        if measure == "weighted-degree":
            return (lambda: dict(G.degree(weight="weight"))), 1
        if measure == "betweenness":  # k sources, scaled to SAMPLES sources (large) or all (small)
            k = NX_SAMPLE[size]["betweenness"]
            return (lambda: nx.betweenness_centrality(G, k=k, seed=42)), (SAMPLES if big else n) / k
        if measure == "closeness":
            k = NX_SAMPLE[size]["closeness"]
            return (lambda: [nx.closeness_centrality(G, u=u) for u in nodes[:k]]), n / k
        if measure == "harmonic":
            k = NX_SAMPLE[size]["harmonic"]
            return (lambda: nx.harmonic_centrality(G, sources=nodes[:k])), n / k
        if measure == "eigenvector":
            return (lambda: nx.eigenvector_centrality(G, tol=TOL, max_iter=100_000)), 1
        if measure == "pagerank":
            return (lambda: nx.pagerank(G, tol=TOL, max_iter=100_000, weight=None)), 1
        if measure == "katz":
            return (lambda: nx.katz_centrality(G, alpha=KATZ_ALPHA, tol=TOL, max_iter=100_000)), 1
        if measure == "louvain":
            return (lambda: nx.community.louvain_communities(G, seed=42)), 1
        if measure == "components":
            return (lambda: list(nx.connected_components(G))), 1
        if measure == "core":
            return (lambda: nx.core_number(G)), 1
        if measure == "shortest-path":  # bidirectional BFS
            endpoints = pairs(PAIRS, n)

            def paths():
                total = 0
                for s, t in endpoints:
                    try:
                        total += len(nx.shortest_path(G, s, t))
                    except nx.NetworkXNoPath:
                        pass
                return total
            return paths, 1
        return None, 1
    if tool == "igraph":
        import igraph as ig
        g = ig.Graph(n=n, edges=edges)
        g.es["weight"] = 1.0
        sample = list(range(IGRAPH_SAMPLE))
        endpoints = pairs(PAIRS, n)
        table = {
            "degree": (lambda: g.degree(), 1),
            "weighted-degree": (lambda: g.strength(weights="weight"), 1),
            "betweenness": (None, 1) if big else (lambda: g.betweenness(), 1),
            "closeness": (lambda: g.closeness(vertices=sample), n / len(sample)) if big else (lambda: g.closeness(), 1),
            "harmonic": (lambda: g.harmonic_centrality(vertices=sample), n / len(sample)) if big
            else (lambda: g.harmonic_centrality(), 1),
            "eigenvector": (lambda: g.eigenvector_centrality(), 1),
            "pagerank": (lambda: g.pagerank(), 1),
            "louvain": (lambda: g.community_multilevel(), 1),
            "components": (lambda: g.connected_components(), 1),
            "core": (lambda: g.coreness(), 1),
            "shortest-path": (lambda: sum(len(g.get_shortest_path(s, to=t)) for s, t in endpoints), 1),
        }
        return table.get(measure, (None, 1))
    if tool == "networkit":
        import networkit as nk
        nk.setNumberOfThreads(os.cpu_count() or 1)
        G = nk.Graph(n)
        for u, v in edges:
            G.addEdge(u, v)
        G.indexEdges()

        def algo(make):
            def run():
                algorithm = make()
                algorithm.run()
                return algorithm, G
            return run

        def pagerank():
            # The same stopping rule as ours, NetworkX and rustworkx: L1 change below n · tol.
            algorithm = nk.centrality.PageRank(G, damp=0.85, tol=n * TOL)
            algorithm.norm = nk.centrality.Norm.L1_NORM
            return algorithm

        endpoints = pairs(PAIRS, n)

        def paths():
            total = 0
            for s, t in endpoints:
                if s == t:
                    total += 1
                    continue
                search = nk.distance.BidirectionalBFS(G, s, t, True)
                search.run()
                total += len(search.getPath()) + 2  # the path between s and t, both excluded
            return total

        table = {
            "degree": algo(lambda: nk.centrality.DegreeCentrality(G, normalized=True)),
            "betweenness": algo(lambda: nk.centrality.EstimateBetweenness(G, SAMPLES, True, True)) if big
            else algo(lambda: nk.centrality.Betweenness(G, normalized=True)),
            "closeness": algo(lambda: nk.centrality.Closeness(G, True, nk.centrality.ClosenessVariant.Generalized)),
            "harmonic": algo(lambda: nk.centrality.HarmonicCloseness(G, normalized=False)),
            "eigenvector": algo(lambda: nk.centrality.EigenvectorCentrality(G, tol=TOL)),
            "pagerank": algo(pagerank),
            "katz": algo(lambda: nk.centrality.KatzCentrality(G, alpha=KATZ_ALPHA, beta=1.0, tol=TOL)),
            "louvain": algo(lambda: nk.community.PLM(G, refine=False, gamma=1.0)),
            "components": algo(lambda: nk.components.ConnectedComponents(G)),
            "core": algo(lambda: nk.centrality.CoreDecomposition(G)),
            "shortest-path": paths,
        }
        return (table.get(measure), 1)
    if tool == "rustworkx":
        import rustworkx as rx

        def path_length(paths, t):
            return len(paths[t]) if t in paths else 0
        G = rx.PyGraph()
        G.add_nodes_from(range(n))
        G.add_edges_from_no_data(edges)
        D = rx.PyDiGraph()
        D.add_nodes_from(range(n))
        D.add_edges_from_no_data(edges + [(v, u) for u, v in edges])
        table = {
            "degree": lambda: rx.degree_centrality(G),
            "betweenness": None if big else (lambda: rx.betweenness_centrality(G)),
            "closeness": lambda: rx.closeness_centrality(G, wf_improved=True),
            "eigenvector": lambda: rx.eigenvector_centrality(G, tol=TOL, max_iter=100_000),
            "pagerank": lambda: rx.pagerank(D, tol=TOL, max_iter=100_000),
            "katz": lambda: rx.katz_centrality(G, alpha=KATZ_ALPHA, tol=TOL, max_iter=100_000),
            "components": lambda: rx.connected_components(G),
            "core": lambda: rx.core_number(G),
            # No unweighted point-to-point search: Dijkstra with unit weights, stopping at the target.
            "shortest-path": lambda: sum(path_length(rx.graph_dijkstra_shortest_paths(G, s, target=t, default_weight=1.0), t)
                                         for s, t in pairs(PAIRS, n)),
        }
        return (table.get(measure), 1)
    raise ValueError(tool)


# ---------------------------------------------------------------- driver

def run_job(tool, measure, path, size, repeats, timeout, budget):
    if tool == "ours":
        # Twice the peers' budget, so that our slowest measures still get two runs.
        command = [BENCH, path, measure, str(repeats), "--katz-alpha", str(KATZ_ALPHA), "--budget", str(2 * budget),
                   "--pairs", str(PAIRS), "--min-run", str(MIN_RUN)]
        if measure == "betweenness" and size == "big":
            command += ["--samples", str(SAMPLES)]
    else:
        command = [sys.executable, os.path.abspath(__file__), "--worker", tool, measure, path, size, str(repeats),
                   str(budget)]
    # The timeout caps peers that cannot finish; ours is never cut (a loaded machine can slow it past it).
    limit = timeout if tool != "ours" else 10 * timeout
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=limit)
    except subprocess.TimeoutExpired:
        return {"status": f"> {limit:.0f} s"}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["failed"])[-1]
        if "NotAvailable" in last:
            return {"status": "n/a"}
        print(done.stderr[-2000:], file=sys.stderr)
        return {"status": f"error: {last[:120]}"}
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["runs"] = len(result["times"])
    result["median"] = statistics.median(result["times"])
    return result


def available(tool, measure, size):
    """Whether the peer has the measure (checked without running it)."""
    big = size == "big"
    missing = {
        "igraph": {"katz"} | ({"betweenness"} if big else set()),
        "networkit": {"weighted-degree"},
        "rustworkx": {"weighted-degree", "harmonic", "louvain"} | ({"betweenness"} if big else set()),
    }
    return measure not in missing.get(tool, set())


def seconds(x):
    return f"{x:.3g}" if x >= 0.001 else f"{x * 1000:.2g} ms"


def cell(result):
    if "status" in result:
        return result["status"]
    text = seconds(result["median"])
    return text + " est." if result.get("estimated") else text


def ratio(cells, ours):
    """Fastest peer time / ours: "est." when that time is estimated; "> R×" when a peer that ran out of
    time could be the fastest (its timeout is below every measured time), R from that timeout."""
    if not ours:
        return "—"
    times = [(c["median"], c.get("estimated", False)) for c in cells if "median" in c]
    limits = [float(c["status"].split()[1]) for c in cells if c.get("status", "").startswith("> ")]
    if limits and (not times or min(limits) < min(times)[0]):
        return f"> {min(limits) / ours:.3g}×"
    if times:
        best, estimated = min(times)
        return f"{best / ours:.3g}×" + (" est." if estimated else "")
    return "—"


PEER_NOTES = (
    "What each column computes: "
    "**degree** — ours, NetworkX, NetworKit and rustworkx the degree over n − 1, igraph the raw degree; "
    "**weighted-degree** — the sum of edge weights (NetworkX `G.degree(weight=...)`, igraph `strength`); "
    "**betweenness** — exact (Brandes) on the small graph; on the large one from {samples} sampled sources "
    "(ours, NetworKit `EstimateBetweenness`; NetworkX from {nx_big_b} sources scaled to {samples}, est.; igraph and "
    "rustworkx cannot sample, n/a); NetworkX on the small graph from {nx_small} sources scaled to all, est.; "
    "**closeness** — Wasserman–Faust corrected (ours, NetworkX, rustworkx `wf_improved=True`, NetworKit "
    "`Closeness(..., Generalized)`), igraph its per-component closeness; "
    "**harmonic** — the sum of inverse distances (rustworkx lacks it); on the large graph NetworkX from {nx_big_c} "
    "sources and igraph from {ig_sample} sources, scaled to all (est.); "
    "**eigenvector, pagerank, katz** — ours, NetworkX and rustworkx power iteration stopping when the L1 change of "
    "a step is below n · {tol:g}; NetworKit PageRank with the same L1 test (`norm = L1_NORM`, `tol = n · {tol:g}`), "
    "NetworKit eigenvector and Katz with their own, looser test (the iterate's norm changing by less than {tol:g}); "
    "igraph PageRank by PRPACK and eigenvector by ARPACK (exact to machine precision), no Katz; Katz with alpha "
    "{alpha} and beta 1 (alpha 0.1 diverges on these graphs); "
    "**louvain** — ours, NetworkX `louvain_communities(seed=42)`, igraph `community_multilevel`, NetworKit `PLM` "
    "without refinement; "
    "**components** — connected components; **core** — core numbers (igraph `coreness`, NetworKit "
    "`CoreDecomposition`); "
    "**shortest-path** — one shortest path for each of {pairs} node pairs (seed 42) per run: ours a bidirectional "
    "BFS stopping at the first meeting, returning the BFS tree's path (smallest ids; what `actorgraph path` "
    "runs); NetworkX and NetworKit bidirectional BFS (any shortest path); igraph `get_shortest_path` (BFS); "
    "rustworkx Dijkstra with unit weights, stopping at the target."
)


def write_markdown(results, meta):
    versions = ", ".join(f"{name} {meta.get('versions', {}).get(tool, '?')}" for tool, name in
                         (("networkx", "NetworkX"), ("igraph", "igraph"), ("networkit", "NetworKit"),
                          ("rustworkx", "rustworkx")))
    lines = ["## Analysis", "",
             f"Generated by `Benchmarks/run_analysis_bench.py` (`make bench`) on {meta['when']}: {meta['machine']}, "
             f"{meta['cores']} cores, load average {meta['load']} at the start and {meta.get('load_end', '—')} at the "
             f"end (the machine is shared; see below); the whole run took {meta.get('minutes', '—')} minutes; "
             f"{versions}; ours the release build. "
             "Median wall-clock seconds of each measure alone, the graph already loaded, each (tool, measure, graph) "
             f"in its own process: up to {meta['repeats']} runs (a run repeats a measure quicker than {MIN_RUN:g} s "
             f"until it has taken {MIN_RUN:g} s, and counts the time per repetition), fewer once a job's runs exceed "
             f"{meta.get('budget', '—')} s ({2 * meta.get('budget', 0):g} s for ours), and stopped after "
             f"{meta.get('timeout', '—')} s (\"> T s\", a lower bound). Peak MB: the process's peak resident memory "
             "(graph and interpreter included). Ours uses all cores for betweenness, closeness, harmonic and the "
             "power iterations; NetworKit and rustworkx use all cores where they can. "
             "est. = timed on a sample of sources and scaled to all; n/a = the library lacks the measure.",
             "",
             PEER_NOTES.format(samples=SAMPLES, nx_big_b=NX_SAMPLE["big"]["betweenness"],
                               nx_small=NX_SAMPLE["small"]["betweenness"], nx_big_c=NX_SAMPLE["big"]["closeness"],
                               ig_sample=IGRAPH_SAMPLE, tol=TOL, alpha=KATZ_ALPHA, pairs=PAIRS),
             ""]
    for title, size, _, _ in GRAPHS:
        if size not in results:
            continue
        lines += [f"### {title}", "",
                  "| measure | ours | NetworkX | igraph | NetworKit | rustworkx | fastest peer / ours | NetworkX / ours | peak MB (ours / nx / ig / nk / rx) |",
                  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
        for measure in MEASURES:
            row = results[size].get(measure)
            if not row:
                continue
            ours = row["ours"].get("median")
            fastest = ratio([row[t] for t in ("igraph", "networkit", "rustworkx")], ours)
            versus_nx = ratio([row["networkx"]], ours)
            memory = " / ".join(f"{row[t]['maxrss_kb'] / 1024:.0f}" if "maxrss_kb" in row[t] else "—" for t in TOOLS)
            lines.append(f"| {measure} | " + " | ".join(cell(row[t]) for t in TOOLS)
                         + f" | {fastest} | {versus_nx} | {memory} |")
        louvain = results[size].get("louvain", {})
        quality = [f"{name} {louvain[tool]['checksum']:.4f}" for tool, name in
                   (("ours", "ours"), ("igraph", "igraph"), ("networkit", "NetworKit PLM"))
                   if isinstance(louvain.get(tool, {}).get("checksum"), (int, float))]
        if quality:
            lines += ["", "Modularity reached by Louvain: " + ", ".join(quality) + "."]
        lines.append("")
    slower, short, unsettled = [], [], []
    for title, size, _, _ in GRAPHS:
        for measure in MEASURES:
            row = results.get(size, {}).get(measure, {})
            ours = row.get("ours", {}).get("median")
            if not ours:
                continue
            for tool in ("igraph", "networkit", "rustworkx"):
                peer = row.get(tool, {})
                if peer.get("status", "").startswith("> ") and float(peer["status"].split()[1]) < 2 * ours:
                    unsettled.append(f"{measure} on {title} ({tool} stopped at {peer['status']}, ours "
                                     f"{seconds(ours)})")
                if "median" in peer and peer["median"] < ours:
                    slower.append(f"{measure} on {title} ({tool} {seconds(peer['median'])}"
                                  f"{' est.' if peer.get('estimated') else ''} vs ours {seconds(ours)})")
            nx_cell = row.get("networkx", {})
            nx_time = nx_cell.get("median")
            if nx_time is None and nx_cell.get("status", "").startswith("> "):
                nx_time = float(nx_cell["status"].split()[1])
            if nx_time is not None and nx_time < 20 * ours:
                short.append(f"{measure} on {title} ({nx_time / ours:.3g}×)")
    lines += ["Ratios above 1× mean we are faster; \"> R×\" is a lower bound from a peer's timeout. Timings share "
              "the machine with other work (see the load average above), so single cells can move by 2× between "
              "runs; ratios within one run are fairer. Ours loads the 1M-edge list and builds its index in "
              f"{meta.get('load_big', '—')} s.", "",
              "Where a peer was faster in this run: " + ("; ".join(slower) if slower else "nowhere") + ".", "",
              "Where NetworkX was less than 20× slower: " + ("; ".join(short) if short else "nowhere") + ".", "",
              "Where a peer's timeout is less than twice our time, so the lower bound proves little: "
              + ("; ".join(unsettled) if unsettled else "nowhere") + ".", ""]
    return "\n".join(lines)


def update_benchmarks_md(section, path):
    """Replaces the "## Analysis" section of `path` (up to the next "## " heading), keeping the others."""
    text = open(path).read() if os.path.exists(path) else "# Benchmarks\n"
    heading = re.search(r"^## Analysis[ \t]*$", text, flags=re.M)
    if heading is None:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        following = re.search(r"^## ", text[heading.end():], flags=re.M)
        rest = "" if following is None else "\n" + text[heading.end() + following.start():]
        text = text[:heading.start()] + section.rstrip("\n") + "\n" + rest
    with open(path, "w") as out:
        out.write(text)


def peer_versions(tools):
    """Imports each peer in a fresh interpreter: its version, or the import error (reported, never hidden)."""
    versions, broken = {}, {}
    for tool in tools:
        if tool not in PEERS:
            continue
        done = subprocess.run([sys.executable, "-c", f"import {PEERS[tool]} as m; print(m.__version__)"],
                              capture_output=True, text=True)
        if done.returncode == 0:
            versions[tool] = done.stdout.strip()
        else:
            broken[tool] = (done.stderr.strip().splitlines() or ["import failed"])[-1][:120]
            print(f"cannot import {tool}: {done.stderr.strip()}", file=sys.stderr)
    return versions, broken


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--worker", nargs=6, metavar=("TOOL", "MEASURE", "FILE", "SIZE", "REPEATS", "BUDGET"))
    parser.add_argument("--quick", action="store_true", help="the small graph only")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=100, help="seconds per (tool, measure, graph), load included")
    parser.add_argument("--budget", type=float, default=20,
                        help="stop repeating a peer's measure once its runs took this many seconds (ours: twice)")
    parser.add_argument("--tools", default=",".join(TOOLS))
    parser.add_argument("--measures", default=",".join(MEASURES))
    parser.add_argument("--output", default=os.path.join(ROOT, "BENCHMARKS.md"),
                        help="the Markdown file whose Analysis section is written (default BENCHMARKS.md)")
    parser.add_argument("--update", action="store_true",
                        help="keep the cells of the last run (results.json) that this run does not measure")
    args = parser.parse_args()
    if args.worker:
        tool, measure, path, size, repeats, budget = args.worker
        worker(tool, measure, path, size, int(repeats), float(budget))
        return
    if not os.path.exists(BENCH):
        subprocess.run(["swift", "build", "-c", "release", "--product", "actorgraph-bench"], cwd=ROOT, check=True)
    tools = args.tools.split(",")
    measures = args.measures.split(",")
    versions, broken = peer_versions(tools)
    meta = {"when": time.strftime("%Y-%m-%d"), "machine": platform.processor() or platform.machine(),
            "cores": os.cpu_count(), "load": f"{os.getloadavg()[0]:.1f}", "repeats": args.repeats,
            "budget": args.budget, "timeout": args.timeout, "versions": versions}
    saved = os.path.join(DATA, "results.json" if args.output.endswith("BENCHMARKS.md") else "results-other.json")
    results = {}
    if args.update and os.path.exists(saved):
        with open(saved) as f:
            results = json.load(f)
        previous = results.pop("meta", {})
        previous.get("versions", {}).update(versions)
        meta = dict(previous, versions=previous.get("versions", versions),
                    load=f"{previous.get('load', '—')} (update: {os.getloadavg()[0]:.1f})")
    started = time.monotonic()
    for title, size, n, m in GRAPHS:
        if args.quick and size == "big":
            continue
        path = edge_file(size, n, m)
        results.setdefault(size, {})
        for measure in MEASURES:
            row = results[size].setdefault(measure, {})
            for tool in TOOLS:
                if measure not in measures or tool not in tools:
                    row.setdefault(tool, {"status": "—"})
                    continue
                if not available(tool, measure, size):
                    row[tool] = {"status": "n/a"}
                    continue
                if tool in broken:
                    row[tool] = {"status": f"error: {broken[tool]}"}
                    continue
                result = run_job(tool, measure, path, size, args.repeats, args.timeout, args.budget)
                row[tool] = result
                if tool == "ours" and size == "big" and "load" in result:
                    meta["load_big"] = f"{result['load']:.2f}"
                print(f"{time.monotonic() - started:6.0f}s  {title:26} {measure:15} {tool:10} {cell(result):>14}"
                      f"  {result.get('runs', 0)} runs {result.get('maxrss_kb', 0) / 1024:6.0f} MB", flush=True)
                with open(saved, "w") as out:  # progress survives an interrupted run (see --update)
                    json.dump(dict(results, meta=meta), out, indent=1)
    meta["load_end"] = f"{os.getloadavg()[0]:.1f}"
    minutes = f"{(time.monotonic() - started) / 60:.0f}"
    meta["minutes"] = f"{meta['minutes']} + {minutes} (update)" if args.update and "minutes" in meta else minutes
    with open(saved, "w") as out:
        json.dump(dict(results, meta=meta), out, indent=1)
    update_benchmarks_md(write_markdown(results, meta), args.output)


if __name__ == "__main__":
    main()
