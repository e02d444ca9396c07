#!/usr/bin/env python3
"""Times ActorGraph's analysis against NetworkX, igraph, NetworKit and rustworkx.

Run by `make bench` with the project virtualenv (Benchmarks/requirements.txt):

    .venv/bin/python Benchmarks/run_analysis_bench.py [--quick] [--repeats 5] [--timeout 300]

Two G(n, m) random graphs, seed 42 (100,000 nodes / 1,000,000 edges and
5,000 / 25,000), are written once as edge lists; every tool reads the same
file. Each (tool, measure, graph) runs in its own process: the graph is loaded
once, then the measure alone is timed several times (median reported), and the
process's peak resident memory is recorded. Ours is the release build of
`actorgraph-bench`. Results go to BENCHMARKS.md, section "Analysis".

Where a peer cannot finish in the time limit, the table says so; where a peer
lacks the measure, n/a. Where NetworkX would run for hours (path measures on
the large graph) it is timed from a sample of sources and scaled, marked est.
"""
import argparse
import json
import os
import platform
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
            "louvain", "components", "core"]
TOOLS = ["ours", "networkx", "igraph", "networkit", "rustworkx"]
SAMPLES = 100  # betweenness pivots on the large graph
KATZ_ALPHA = 0.01  # alpha 0.1 diverges on these graphs (lambda_max ~ 11 and ~ 21)
TOL = 1e-12
# Sampled sources for NetworkX path measures (scaled up to all sources, marked est.):
# exact runs take many minutes on the small graph and days on the large one.
NX_SAMPLE = {"small": {"betweenness": 250, "closeness": 250, "harmonic": 250},
             "big": {"betweenness": 5, "closeness": 10, "harmonic": 10}}


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
    load = time.perf_counter() - started
    times = []
    while len(times) < repeats:
        t = time.perf_counter()
        run()
        times.append((time.perf_counter() - t) * scale)
        if sum(times) > budget:
            break
    rss = peak_memory_kb()
    print(json.dumps({"load": load, "times": times, "maxrss_kb": rss, "estimated": scale != 1}))


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
    if tool == "igraph":
        import igraph as ig
        g = ig.Graph(n=n, edges=edges)
        g.es["weight"] = 1.0
        sample = list(range(200))
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
            return lambda: make().run()

        table = {
            "degree": algo(lambda: nk.centrality.DegreeCentrality(G, normalized=True)),
            "betweenness": algo(lambda: nk.centrality.EstimateBetweenness(G, SAMPLES, True, True)) if big
            else algo(lambda: nk.centrality.Betweenness(G, normalized=True)),
            "closeness": algo(lambda: nk.centrality.Closeness(G, True, nk.centrality.ClosenessVariant.Generalized)),
            "harmonic": algo(lambda: nk.centrality.HarmonicCloseness(G, normalized=False)),
            "eigenvector": algo(lambda: nk.centrality.EigenvectorCentrality(G, tol=TOL)),
            "pagerank": algo(lambda: nk.centrality.PageRank(G, damp=0.85, tol=TOL)),
            "katz": algo(lambda: nk.centrality.KatzCentrality(G, alpha=KATZ_ALPHA, beta=1.0, tol=TOL)),
            "louvain": algo(lambda: nk.community.PLM(G, refine=False, gamma=1.0)),
            "components": algo(lambda: nk.components.ConnectedComponents(G)),
            "core": algo(lambda: nk.centrality.CoreDecomposition(G)),
        }
        return (table.get(measure), 1)
    if tool == "rustworkx":
        import rustworkx as rx
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
        }
        return (table.get(measure), 1)
    raise ValueError(tool)


# ---------------------------------------------------------------- driver

def run_job(tool, measure, path, size, repeats, timeout):
    if tool == "ours":
        command = [BENCH, path, measure, str(repeats), "--katz-alpha", str(KATZ_ALPHA)]
        if measure == "betweenness" and size == "big":
            command += ["--samples", str(SAMPLES)]
    else:
        command = [sys.executable, os.path.abspath(__file__), "--worker", tool, measure, path, size, str(repeats),
                   str(max(20.0, timeout / 3))]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"status": f"> {timeout:.0f} s"}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["failed"])[-1]
        return {"status": "n/a" if "NotAvailable" in last else f"error: {last[:60]}"}
    result = json.loads(done.stdout.strip().splitlines()[-1])
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
    """Best peer time / ours: "est." when that time is estimated, "> " when every peer ran out of time."""
    if not ours:
        return "—"
    times = [(c["median"], c.get("estimated", False)) for c in cells if "median" in c]
    if times:
        best, estimated = min(times)
        return f"{best / ours:.3g}×" + (" est." if estimated else "")
    limits = [float(c["status"].split()[1]) for c in cells if c.get("status", "").startswith("> ")]
    return f"> {min(limits) / ours:.3g}×" if limits else "—"


def write_markdown(results, meta):
    lines = ["## Analysis", "",
             f"Generated by `Benchmarks/run_analysis_bench.py` on {meta['when']}: {meta['machine']}, "
             f"{meta['cores']} cores, load average at start {meta['load']}. "
             "Median wall-clock seconds of each measure alone (graph already loaded), "
             f"up to {meta['repeats']} runs; peak resident memory of the process (graph and interpreter included). "
             "Ours: release build, all cores for betweenness, closeness, harmonic and the power iterations. "
             f"Iterative measures at tolerance {TOL:g} (PageRank, eigenvector, Katz with alpha {KATZ_ALPHA}; "
             "igraph uses PRPACK/ARPACK, exact to machine precision); Louvain: NetworKit PLM without refinement, "
             f"igraph multilevel. Betweenness on the large graph: {SAMPLES} sampled sources (ours, NetworKit "
             "EstimateBetweenness); igraph and rustworkx have no sampling. NetworkX's path measures (betweenness, "
             "closeness, harmonic) are timed on a sample of sources and scaled to all (est.): exact runs take many "
             "minutes on the small graph. est. = timed on a sample of sources and scaled; n/a = the library lacks "
             "the measure; > T s = stopped after T seconds.",
             ""]
    for title, size, _, _ in GRAPHS:
        if size not in results:
            continue
        lines += [f"### {title}", "",
                  "| measure | ours | NetworkX | igraph | NetworKit | rustworkx | fastest peer / ours | NetworkX / ours | peak MB (ours / nx / ig / nk / rx) |",
                  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
        for measure in MEASURES:
            row = results[size][measure]
            ours = row["ours"].get("median")
            fastest = ratio([row[t] for t in ("igraph", "networkit", "rustworkx")], ours)
            versus_nx = ratio([row["networkx"]], ours)
            memory = " / ".join(f"{row[t]['maxrss_kb'] / 1024:.0f}" if "maxrss_kb" in row[t] else "—" for t in TOOLS)
            lines.append(f"| {measure} | " + " | ".join(cell(row[t]) for t in TOOLS)
                         + f" | {fastest} | {versus_nx} | {memory} |")
        lines.append("")
    slower = []
    for title, size, _, _ in GRAPHS:
        for measure in MEASURES:
            row = results.get(size, {}).get(measure, {})
            ours = row.get("ours", {}).get("median")
            for tool in ("igraph", "networkit", "rustworkx"):
                peer = row.get(tool, {})
                if ours and "median" in peer and not peer.get("estimated") and peer["median"] < ours:
                    slower.append(f"{measure} on {title} ({tool} {seconds(peer['median'])} vs ours {seconds(ours)})")
    lines += ["Ratios above 1× mean we are faster. Timings share the machine with other work (see the load "
              "average above), so single cells can move by 2× between runs; ratios within one run are fairer. "
              "Ours loads the 1M-edge list and builds its index in "
              f"{meta.get('load_big', '—')} s.", "",
              "Where a peer was faster in this run: " + ("; ".join(slower) if slower else "nowhere") + ".", ""]
    return "\n".join(lines)


def update_benchmarks_md(section):
    path = os.path.join(ROOT, "BENCHMARKS.md")
    text = open(path).read() if os.path.exists(path) else "# Benchmarks\n\n"
    start = text.find("## Analysis")
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + 1)
        text = text[:start] + section + ("" if end < 0 else text[end + 1:])
    with open(path, "w") as out:
        out.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--worker", nargs=6, metavar=("TOOL", "MEASURE", "FILE", "SIZE", "REPEATS", "BUDGET"))
    parser.add_argument("--quick", action="store_true", help="the small graph only")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=300, help="seconds per (tool, measure, graph)")
    parser.add_argument("--tools", default=",".join(TOOLS))
    parser.add_argument("--measures", default=",".join(MEASURES))
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
    meta = {"when": time.strftime("%Y-%m-%d"), "machine": platform.processor() or platform.machine(),
            "cores": os.cpu_count(), "load": f"{os.getloadavg()[0]:.1f}", "repeats": args.repeats}
    saved = os.path.join(DATA, "results.json")
    results = {}
    if args.update and os.path.exists(saved):
        with open(saved) as f:
            results = json.load(f)
        meta.update(results.pop("meta", {}))
        meta["load"] += f" (update: {os.getloadavg()[0]:.1f})"
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
                result = run_job(tool, measure, path, size, args.repeats, args.timeout)
                row[tool] = result
                if tool == "ours" and size == "big":
                    meta["load_big"] = f"{result.get('load', 0):.2f}"
                print(f"{title:28} {measure:16} {tool:10} {cell(result):>14}  "
                      f"{result.get('maxrss_kb', 0) / 1024:8.0f} MB", flush=True)
    with open(saved, "w") as out:
        json.dump(dict(results, meta=meta), out, indent=1)
    update_benchmarks_md(write_markdown(results, meta))


if __name__ == "__main__":
    main()
