#!/usr/bin/env python3
"""Export speed: ActorGraph's writers (release build) next to NetworkX's on the same graph.

Run by `make bench` with the project virtualenv:

    .venv/bin/python Benchmarks/export_bench.py [--nodes 100000] [--edges 1000000]
        [--repeats 5] [--peer-repeats 3] [--bin PATH] [--out BENCHMARKS.md] [--no-check]

The graph: the topology of the analysis benchmark (Benchmarks/run_analysis_bench.py),
NetworkX's G(n, m) `gnm_random_graph(100000, 1000000, seed=42)`, shared through the same
cached edge list, each edge given a random direction. Nodes and edges are dressed
like ActorGraph's (random.Random(42)): kind, name, aliases for a third of the nodes,
a free attribute by kind (a statement's text holds quotes, a comma and a line
break), one piece of evidence per node; each edge a relation type, its sign, a
weight, evidence with an excerpt holding a comma. Written once as actorgraph/1 JSON.

Ours: `actorgraph-export-bench` reads it (not timed) and times `graphml`, `csv`
and `cypher` exactly as `actorgraph export` writes them: streamed through one
buffer into a temporary file and renamed into place; and again as
`actorgraph export --sync` does, the file fsync'd before the rename.

Peers: NetworkX 3 builds a MultiDiGraph from the same JSON (not timed). The
evidence lists are turned into JSON text before timing (the same compact JSON
ours writes, and work ours does inside its timed write), because GraphML, CSV
and Cypher properties cannot hold lists of maps; aliases are JSON text for
GraphML and CSV and a list for Cypher, as in ours. Timed:
  - GraphML: `networkx.write_graphml`, which is NetworkX's lxml writer when
    lxml is installed (Benchmarks/requirements-export.txt installs it);
  - CSV: NetworkX's own text writer, `nx.write_edgelist(g, path, data=True)`
    (edges only, one line `source target {attribute dict}` each: NetworkX has
    no node-table or CSV writer); pandas, `nx.to_pandas_edgelist` and a node
    DataFrame, `DataFrame.to_csv`; and Python's csv module writing the same
    three tables as ours. Each is a column; the verdict is against the fastest;
  - Cypher (NetworkX has none): plain Python writing the same UNWIND statements
    (same rows, same escaping; checked row for row against ours).
Peers do not fsync, as ours does not by default. Every timed run, ours and
the peers', starts from an idle disk, as one export command does: the
previous run's output is deleted and `sync()` called first, untimed. So that
the disk's share of `--sync` is visible, the disk alone is timed too: the
same number of bytes written in 1 MiB writes to a temporary file, fsync'd and
renamed into place (what `--sync` does, minus producing the bytes). Every writer runs pinned to one core. Reported:
medians, and the process's peak resident memory while writing (the graph
already loaded; /proc/self/clear_refs resets the high-water mark before each
format). Then, untimed, the outputs are checked: ours' GraphML is read back
with `networkx.read_graphml`, ours' CSV with pandas, ours' Cypher rows are
compared with the Python script's, and node and edge counts must match.
The section "## Exports" of BENCHMARKS.md is replaced (or added); the other
sections are kept.
"""
import argparse
import csv
import gc
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# Shared with run_analysis_bench.py: the same G(n, m) edge list, generated once.
DATA = os.path.join(ROOT, ".build", "analysis-bench")

KINDS = ["person", "organization", "country", "mission", "statement"]
TYPES = ([(t, 1) for t in ["leads", "participatesIn", "memberOf", "alliedWith", "supports", "cooperatesWith", "trains", "hosts"]]
         + [(t, 0) for t in ["deployedIn", "holdsRole", "partOf", "locatedIn", "said", "about", "mentions", "meetsWith",
                             "negotiatesWith"]]
         + [(t, -1) for t in ["withdrawsFrom", "opposes", "obstructs", "expels", "sanctions", "criticizes", "accuses",
                              "rejects", "attacks", "suspends", "threatens"]])
FIXED = ("kind", "name", "aliases", "evidence")


# ---------------------------------------------------------------- memory

def status_kb(field):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def reset_peak():
    """Resets VmHWM to the current RSS (Linux ≥ 4.0); returns the RSS in KiB."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass
    return status_kb("VmRSS")


def pin_one_core():
    if hasattr(os, "sched_setaffinity"):
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[-1]})


# ---------------------------------------------------------------- the graph

def edge_file(n, m):
    """The analysis benchmark's G(n, m) edge list (same file name and format as run_analysis_bench.py)."""
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


def generate(path, n, m, seed=42):
    """An actorgraph/1 file on the G(n, m) topology, dressed as ActorGraph's graphs are."""
    with open(edge_file(n, m)) as f:
        n_read, m_read = map(int, f.readline().split())
        pairs = [tuple(map(int, line.split())) for line in f]
    assert (n_read, m_read, len(pairs)) == (n, m, m)
    rng = random.Random(seed)
    docs = max(1, n // 100)
    documents = [{"id": f"sha256:doc{d}", "title": f"Generated article {d}", "date": f"2022-02-{10 + d % 19}",
                  "source": "gen"} for d in range(docs)]
    nodes = []
    for i in range(n):
        kind = KINDS[rng.randrange(5)]
        attributes = {}
        if kind == "country":
            attributes["iso3"] = f"C{i % 1000}"
        elif kind == "person":
            attributes["role"] = f"role {rng.randrange(50)}"
        elif kind == "statement":
            attributes["text"] = f"Statement {i}: \"we will, or won't\"\nsecond line"
            attributes["quote"] = "direct" if rng.randrange(2) else "indirect"
        nodes.append({"id": f"{kind}:n{i}", "kind": kind, "name": f"Node {i} {kind}",
                      "aliases": [f"alias {i}", f"N{i}"] if rng.randrange(3) == 0 else [],
                      "attributes": attributes,
                      "evidence": [{"document": f"sha256:doc{rng.randrange(docs)}", "sentence": rng.randrange(80)}]})
    edges = []
    for s, t in pairs:
        if rng.randrange(2):
            s, t = t, s
        type_, sign = TYPES[rng.randrange(len(TYPES))]
        sentence = rng.randrange(80)
        edges.append({"source": nodes[s]["id"], "target": nodes[t]["id"], "type": type_, "sign": sign,
                      "weight": (1 + rng.randrange(4)) / (4 if rng.randrange(4) == 0 else 1),
                      "evidence": [{"document": f"sha256:doc{rng.randrange(docs)}", "sentence": sentence,
                                    "start": sentence * 40, "end": sentence * 40 + 25,
                                    "excerpt": f"sentence {sentence}, with a comma"}]})
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"format": "actorgraph/1", "documents": documents, "nodes": nodes, "edges": edges}, f)


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def networkx_graph(path):
    """The MultiDiGraph a NetworkX user would hold: evidence as JSON text (see the module docstring)."""
    import networkx as nx
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    g = nx.MultiDiGraph(format="actorgraph/1", documents=compact(data["documents"]))
    for node in data.pop("nodes"):
        attrs = {"kind": node["kind"], "name": node["name"], "aliases": node["aliases"],
                 "evidence": compact(node["evidence"])}
        attrs.update(node["attributes"])
        g.add_node(node["id"], **attrs)
    for e in data.pop("edges"):
        g.add_edge(e["source"], e["target"], key=e["type"], type=e["type"], sign=e["sign"], weight=e["weight"],
                   evidence=compact(e["evidence"]))
    return g


# ---------------------------------------------------------------- peers

def attribute_keys(g):
    return sorted({k for _, d in g.nodes(data=True) for k in d} - set(FIXED))


def pandas_csv(g, folder):
    """nodes.csv, edges.csv, documents.csv through pandas: the DataFrame route a NetworkX user takes."""
    import networkx as nx
    import pandas as pd
    os.makedirs(folder, exist_ok=True)
    keys = attribute_keys(g)
    nodes = pd.DataFrame.from_dict(dict(g.nodes(data=True)), orient="index")
    nodes.index.name = "id"
    nodes.reindex(columns=list(FIXED) + keys).to_csv(os.path.join(folder, "nodes.csv"), lineterminator="\n")
    edges = nx.to_pandas_edgelist(g)
    edges[["source", "target", "type", "sign", "weight", "evidence"]].to_csv(
        os.path.join(folder, "edges.csv"), index=False, lineterminator="\n")
    pd.DataFrame(json.loads(g.graph["documents"])).reindex(columns=["id", "title", "date", "source", "url"]).to_csv(
        os.path.join(folder, "documents.csv"), index=False, lineterminator="\n")


def python_csv(g, folder):
    """The same three tables through Python's csv module."""
    os.makedirs(folder, exist_ok=True)
    keys = attribute_keys(g)
    with open(os.path.join(folder, "nodes.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", *FIXED, *keys])
        w.writerows([n, d["kind"], d["name"], d["aliases"], d["evidence"], *[d.get(k, "") for k in keys]]
                    for n, d in g.nodes(data=True))
    with open(os.path.join(folder, "edges.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "type", "sign", "weight", "evidence"])
        w.writerows([s, t, d["type"], d["sign"], d["weight"], d["evidence"]] for s, t, d in g.edges(data=True))
    with open(os.path.join(folder, "documents.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "title", "date", "source", "url"])
        for doc in json.loads(g.graph["documents"]):
            w.writerow([doc.get(k, "") for k in ("id", "title", "date", "source", "url")])


def networkx_edgelist(g, folder):
    """NetworkX's own text export of the edges: `write_edgelist` with every attribute (edges only)."""
    import networkx as nx
    os.makedirs(folder, exist_ok=True)
    nx.write_edgelist(g, os.path.join(folder, "edges.txt"), data=True)


def idle_disk(*paths):
    """Deletes earlier outputs and flushes everything written so far: what each timed run starts from (untimed)."""
    for path in paths:
        if os.path.isdir(path):
            shutil.rmtree(path)
        elif os.path.exists(path):
            os.unlink(path)
    os.sync()


def disk_alone(nbytes, folder, repeats):
    """Wall seconds to put `nbytes` on disk as `--sync` does, without producing them: 1 MiB writes to a new
    temporary file, fsync, rename into place, fsync of the folder; each run from an idle disk."""
    chunk = memoryview(b"x" * (1 << 20))
    target = os.path.join(folder, "disk-alone.out")
    times = []
    for run in range(repeats):
        idle_disk(target)
        began = time.perf_counter()
        temporary = target + ".tmp"
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        left = nbytes
        while left > 0:
            left -= os.write(fd, chunk[:min(left, len(chunk))])
        os.fsync(fd)
        os.close(fd)
        os.rename(temporary, target)
        folder_fd = os.open(folder, os.O_RDONLY)
        os.fsync(folder_fd)
        os.close(folder_fd)
        times.append(time.perf_counter() - began)
    os.unlink(target)
    return times


def cypher_literal(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "'"


def python_cypher(g, path, batch=1000):
    """The same statements as ActorGraph's cypher export, written the straightforward Python way."""
    by_kind, by_type = {}, {}
    for n, d in g.nodes(data=True):
        by_kind.setdefault(d["kind"], []).append((n, d))
    for s, t, d in g.edges(data=True):
        by_type.setdefault(d["type"], []).append((s, t, d))
    with open(path, "w", encoding="utf-8") as f:
        for kind, rows in by_kind.items():
            label = kind[0].upper() + kind[1:]
            for i in range(0, len(rows), batch):
                items = []
                for n, d in rows[i:i + batch]:
                    attrs = ", ".join(f"`{k}`: {cypher_literal(v)}" for k, v in sorted(d.items()) if k not in FIXED)
                    items.append(f"{{id: {cypher_literal(n)}, kind: '{kind}', name: {cypher_literal(d['name'])}, "
                                 f"aliases: [{', '.join(cypher_literal(a) for a in d['aliases'])}], "
                                 f"evidence: {cypher_literal(d['evidence'])}, attributes: {{{attrs}}}}}")
                f.write("UNWIND [\n" + ",\n".join(items) + f"\n] AS row\nMERGE (n:`Entity`:`{label}` {{id: row.id}})\n"
                        "SET n.kind = row.kind, n.name = row.name, n.aliases = row.aliases, n.evidence = row.evidence, "
                        "n += row.attributes;\n")
        for type_, rows in by_type.items():
            rel = "".join("_" + c if c.isupper() else c.upper() for c in type_)
            for i in range(0, len(rows), batch):
                items = [f"{{source: {cypher_literal(s)}, target: {cypher_literal(t)}, type: '{type_}', sign: {d['sign']}, "
                         f"weight: {float(d['weight'])!r}, evidence: {cypher_literal(d['evidence'])}}}"
                         for s, t, d in rows[i:i + batch]]
                f.write("UNWIND [\n" + ",\n".join(items) + "\n] AS row\nMATCH (s:`Entity` {id: row.source}) "
                        f"MATCH (t:`Entity` {{id: row.target}})\nMERGE (s)-[r:`{rel}`]->(t)\n"
                        "SET r.type = row.type, r.sign = row.sign, r.weight = row.weight, r.evidence = row.evidence;\n")


def timed(fn, repeats, output):
    """Wall-clock and CPU seconds of each run, the peak RSS (KiB) over the runs and the RSS before them.
    Each run starts from an idle disk: `output` (the previous run's file or folder) deleted, `sync()`, untimed."""
    times, cpu = [], []
    gc.collect()
    base = reset_peak()
    for _ in range(repeats):
        idle_disk(output)
        began, cpu_began = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - began)
        cpu.append(time.process_time() - cpu_began)
        gc.collect()
    return times, status_kb("VmHWM"), base, cpu


# ---------------------------------------------------------------- checks

def cypher_rows(path):
    """The row lines of a Cypher script (trailing commas dropped), sorted."""
    with open(path, encoding="utf-8") as f:
        return sorted(line.rstrip("\n").rstrip(",") for line in f if line.startswith("{"))


def check_outputs(ours_dir, peer_cypher, n, m, sample_nodes, sample_edges):
    """Untimed: ours' outputs read back by the peers' readers, counts and a sample of values compared."""
    import networkx as nx
    import pandas as pd
    notes = []
    began = time.perf_counter()
    g = nx.read_graphml(os.path.join(ours_dir, "graphml.out"), force_multigraph=True)
    assert (g.number_of_nodes(), g.number_of_edges()) == (n, m), (g.number_of_nodes(), g.number_of_edges())
    for node, attrs in sample_nodes.items():
        got = g.nodes[node]
        assert {k: got[k] for k in attrs} == attrs, (node, got, attrs)
    for (s, t, type_), attrs in sample_edges.items():
        got = [d for d in g.get_edge_data(s, t).values() if d["type"] == type_]
        assert len(got) == 1 and {k: got[0][k] for k in attrs} == attrs, (s, t, got, attrs)
    notes.append(f"GraphML: `networkx.read_graphml` reads {n:,} nodes and {m:,} edges "
                 f"({time.perf_counter() - began:.0f} s), sampled values equal")
    del g
    gc.collect()

    csv_dir = os.path.join(ours_dir, "csv.out")
    nodes = pd.read_csv(os.path.join(csv_dir, "nodes.csv"), keep_default_na=False, dtype=str, index_col="id")
    edges = pd.read_csv(os.path.join(csv_dir, "edges.csv"), keep_default_na=False, dtype=str)
    assert (len(nodes), len(edges)) == (n, m), (len(nodes), len(edges))
    for node, attrs in sample_nodes.items():
        row = nodes.loc[node]
        assert all(row[k] == v for k, v in attrs.items()), (node, row, attrs)
    edges = edges.set_index(["source", "target", "type"]).sort_index()
    for key, attrs in sample_edges.items():
        row = edges.loc[key]
        assert row["evidence"] == attrs["evidence"] and int(row["sign"]) == attrs["sign"] \
            and float(row["weight"]) == attrs["weight"], (key, row, attrs)
    notes.append(f"CSV: pandas `read_csv` reads {n:,} node and {m:,} edge rows, sampled values equal")
    del nodes, edges
    gc.collect()

    ours_rows = cypher_rows(os.path.join(ours_dir, "cypher.out"))
    peer_rows = cypher_rows(peer_cypher)
    assert len(ours_rows) == n + m, len(ours_rows)
    assert ours_rows == peer_rows, next((a, b) for a, b in zip(ours_rows, peer_rows) if a != b)
    notes.append(f"Cypher: ours and the Python script hold the same {n + m:,} rows (statements grouped alike, "
                 "batched in another order)")
    return notes


# ---------------------------------------------------------------- report

def fmt_s(x):
    return f"{x:.2f} s" if x >= 1 else f"{x * 1000:.0f} ms"


def mib(kb):
    return f"{kb / 1024:,.0f}"


def write_section(path, section):
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else "# Benchmarks\n"
    start = text.find("## Exports")
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + 1)
        text = text[:start] + section + ("" if end < 0 else "\n" + text[end + 1:])
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--edges", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--peer-repeats", type=int, default=3)
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build/release/actorgraph-export-bench"))
    parser.add_argument("--out", default=os.path.join(ROOT, "BENCHMARKS.md"))
    parser.add_argument("--no-check", action="store_true", help="skip reading the outputs back")
    args = parser.parse_args()
    if not os.access(args.bin, os.X_OK):
        sys.exit(f"{args.bin} missing: run `swift build -c release --product actorgraph-export-bench` (make bench does)")
    pin_one_core()
    import networkx as nx
    import lxml
    import pandas as pd
    from networkx.readwrite.graphml import GraphMLWriterLxml
    assert nx.write_graphml is nx.readwrite.graphml.write_graphml_lxml  # lxml present: the fast writer is used

    load_avg = os.getloadavg()[0]
    work = tempfile.mkdtemp(prefix="agexport-bench-")
    try:
        graph_json = os.path.join(work, "graph.json")
        print(f"generating G(n={args.nodes}, m={args.edges}), seed 42 …", flush=True)
        generate(graph_json, args.nodes, args.edges)
        ours_dir = os.path.join(work, "ours")
        os.mkdir(ours_dir)
        print("ours …", flush=True)
        run = subprocess.run([args.bin, graph_json, ours_dir, str(args.repeats), "graphml", "csv", "cypher"],
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"actorgraph-export-bench failed: {run.stderr}")
        ours = json.loads(run.stdout)
        print(json.dumps({k: ours[k] for k in ("load", "times", "peak_kb", "base_kb")}), flush=True)
        print("the disk alone …", flush=True)
        disk = {name: disk_alone(ours["bytes"][name], ours_dir, args.repeats) for name in ("graphml", "csv", "cypher")}
        print(json.dumps(disk), flush=True)

        print("NetworkX: loading …", flush=True)
        g = networkx_graph(graph_json)
        os.unlink(graph_json)
        n, m = g.number_of_nodes(), g.number_of_edges()
        assert (n, m) == (ours["nodes"], ours["edges"]) == (args.nodes, args.edges)
        rng = random.Random(7)
        sample_nodes = {node: {k: v for k, v in g.nodes[node].items() if k != "aliases"}
                        for node in rng.sample(list(g.nodes), 200)}
        sample_edges = {(s, t, k): {"sign": d["sign"], "weight": d["weight"], "evidence": d["evidence"]}
                        for s, t, k, d in rng.sample(list(g.edges(keys=True, data=True)), 200)}
        for node, attrs in sample_nodes.items():
            attrs["aliases"] = compact(g.nodes[node]["aliases"])

        peers = {}
        out = os.path.join(work, "peers")
        os.mkdir(out)
        print("Python Cypher …", flush=True)
        peers["cypher"] = ("plain Python, the same UNWIND statements",) + timed(
            lambda: python_cypher(g, os.path.join(out, "g.cypher")), args.peer_repeats, os.path.join(out, "g.cypher"))
        print(peers["cypher"], flush=True)
        for _, d in g.nodes(data=True):  # GraphML and CSV hold aliases as JSON text, as ours does (untimed)
            d["aliases"] = compact(d["aliases"])
        print("pandas CSV …", flush=True)
        peers["csv-pandas"] = ("pandas: `to_pandas_edgelist`, node DataFrame, `to_csv`",) + timed(
            lambda: pandas_csv(g, os.path.join(out, "csv-pandas")), args.peer_repeats, os.path.join(out, "csv-pandas"))
        print(peers["csv-pandas"], flush=True)
        print("Python csv …", flush=True)
        peers["csv-module"] = ("Python `csv` module, the same tables",) + timed(
            lambda: python_csv(g, os.path.join(out, "csv-module")), args.peer_repeats, os.path.join(out, "csv-module"))
        print(peers["csv-module"], flush=True)
        print("NetworkX write_edgelist …", flush=True)
        peers["csv-edgelist"] = ("`nx.write_edgelist(data=True)`, edges only",) + timed(
            lambda: networkx_edgelist(g, os.path.join(out, "csv-edgelist")), args.peer_repeats,
            os.path.join(out, "csv-edgelist"))
        print(peers["csv-edgelist"], flush=True)
        print("NetworkX: write_graphml …", flush=True)
        peers["graphml"] = (f"`networkx.write_graphml` (lxml {lxml.__version__})",) + timed(
            lambda: nx.write_graphml(g, os.path.join(out, "g.graphml")), args.peer_repeats, os.path.join(out, "g.graphml"))
        print(peers["graphml"], flush=True)
        sizes = {"graphml": os.path.getsize(os.path.join(out, "g.graphml")),
                 "csv-pandas": sum(os.path.getsize(os.path.join(out, "csv-pandas", f)) for f in os.listdir(os.path.join(out, "csv-pandas"))),
                 "csv-module": sum(os.path.getsize(os.path.join(out, "csv-module", f)) for f in os.listdir(os.path.join(out, "csv-module"))),
                 "csv-edgelist": os.path.getsize(os.path.join(out, "csv-edgelist", "edges.txt")),
                 "cypher": os.path.getsize(os.path.join(out, "g.cypher"))}
        del g
        gc.collect()
        notes = []
        if not args.no_check:
            print("checking the outputs …", flush=True)
            notes = check_outputs(ours_dir, os.path.join(out, "g.cypher"), n, m, sample_nodes, sample_edges)
            print("\n".join(notes), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    rows, verdicts = [], []
    for ours_name, peer_key in (("graphml", "graphml"), ("csv", "csv-edgelist"), ("csv", "csv-pandas"), ("csv", "csv-module"),
                                ("cypher", "cypher")):
        ours_t = statistics.median(ours["times"][ours_name])
        ours_cpu = statistics.median(ours["cpu"][ours_name])
        label, times, peak, base, cpu = peers[peer_key]
        peer_t, peer_cpu = statistics.median(times), statistics.median(cpu)
        ours_sync = statistics.median(ours["times"][ours_name + "+sync"])
        rows.append((f"`{ours_name}`", fmt_s(ours_t), fmt_s(ours_cpu), fmt_s(ours_sync), f"{ours['bytes'][ours_name] / 1e6:.0f} MB",
                     f"{mib(ours['peak_kb'][ours_name])} ({mib(ours['base_kb'][ours_name])})",
                     label, fmt_s(peer_t), fmt_s(peer_cpu), f"{sizes[peer_key] / 1e6:.0f} MB", f"{mib(peak)} ({mib(base)})",
                     f"**{peer_t / ours_t:.0f}×**", f"{peer_cpu / ours_cpu:.0f}×", f"{peer_t / ours_sync:.0f}×"))
    for fmt, keys in (("GraphML", ["graphml"]), ("CSV", ["csv-edgelist", "csv-pandas", "csv-module"]), ("Cypher", ["cypher"])):
        ours_t = statistics.median(ours["times"][fmt.lower()])
        ours_cpu = statistics.median(ours["cpu"][fmt.lower()])
        best = min(statistics.median(peers[k][1]) for k in keys)
        best_cpu = min(statistics.median(peers[k][4]) for k in keys)
        ours_sync = statistics.median(ours["times"][fmt.lower() + "+sync"])
        verdicts.append(f"{fmt} {best / ours_t:.0f}× ({'meets' if best / ours_t >= 20 else 'below'} 20×; "
                        f"{best_cpu / ours_cpu:.0f}× by CPU time; {best / ours_sync:.0f}× with `--sync`)")
    disk_line = "; ".join(f"{name} {fmt_s(statistics.median(disk[name]))} for {ours['bytes'][name] / 1e6:.0f} MB "
                          f"(ours with `--sync` {fmt_s(statistics.median(ours['times'][name + '+sync']))})"
                          for name in ("graphml", "csv", "cypher"))
    header = ("| format | ours | ours CPU | ours `--sync` | ours' output | ours' peak MiB (loaded) | peer | peer | peer CPU "
              "| peer's output | peer's peak MiB (loaded) | peer ÷ ours | by CPU time | peer ÷ ours `--sync` |\n"
              "| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
    table = header + "".join("| " + " | ".join(r) + " |\n" for r in rows)
    ours_runs = ", ".join(f"{k} " + " / ".join(f"{t:.2f}" for t in v) for k, v in ours["times"].items())
    peer_runs = ", ".join(f"{k} " + " / ".join(f"{t:.1f}" for t in v[1]) for k, v in peers.items())
    machine = (f"{platform.machine()}, {os.cpu_count()} cores (one used; load average {load_avg:.1f} at start, the machine "
               f"shared with other builds), Python {platform.python_version()}, NetworkX {nx.__version__}, "
               f"pandas {pd.__version__}, lxml {lxml.__version__}")
    checks = "".join(f"- {note}\n" for note in notes) if notes else "- (outputs not checked: --no-check)\n"
    section = f"""## Exports

Generated by `Benchmarks/export_bench.py` (`make bench`) on {time.strftime('%Y-%m-%d')}: {machine}.

The graph: the analysis benchmark's G(n={args.nodes:,}, m={args.edges:,}) (NetworkX `gnm_random_graph`, seed 42),
edges given a random direction, dressed as ActorGraph's graphs are (seed 42): kind, name, aliases on a third of
the nodes, a free attribute by kind (statement texts hold quotes, a comma and a line break), one piece of evidence
per node; per edge a relation type, its sign, a weight and evidence with an excerpt. Both sides write the same
fields. Timed is the write alone, the graph already in memory: ours (release `actorgraph-export-bench`) reads the
actorgraph/1 file first ({ours['load']:.1f} s, untimed) and writes as `actorgraph export` does, streamed through one
buffer into a temporary file renamed into place when complete; and again as `actorgraph export --sync` does, the
file **fsync'd** before the rename and the folder after it (column "ours `--sync`"); median of {args.repeats}. The
peers hold a NetworkX `MultiDiGraph` built from the same file, with evidence already turned into compact JSON text
(untimed; ours does that inside its timed write) because none of these formats can hold a list of maps; they do not
fsync, as ours does not by default; median of {args.peer_repeats}. Every timed run, ours and the peers', starts from
an idle disk, as one export command does: the previous run's output deleted and `sync()` called, untimed. Times are wall-clock, CPU time beside them. NetworkX has no CSV or Cypher writer: CSV is timed through pandas (`nx.to_pandas_edgelist`, a node
`DataFrame`, `to_csv`) and through Python's `csv` module, both writing the same three tables as ours; Cypher is
plain Python writing the same UNWIND statements (1,000 rows each, same escaping). Every writer pinned to one core.

What each peer column writes:
- `networkx.write_graphml`: NetworkX's GraphML writer (the lxml one, as `nx.write_graphml` is when lxml is
  installed), every node and edge attribute, evidence and aliases as the JSON text given to it;
- `nx.write_edgelist(data=True)`: NetworkX's own text export, **edges only** (NetworkX writes no node table and
  no CSV): one line `source target {{'type': …, 'sign': …, 'weight': …, 'evidence': '…'}}` per edge, the
  attributes as a Python dict literal; compared with ours' whole csv export (nodes, edges and documents);
- pandas: `nx.to_pandas_edgelist(g)` and a node `DataFrame` from `g.nodes(data=True)`, each `to_csv`, plus the
  documents table: the same three files and columns as ours (RFC 4180 quoting by pandas);
- Python `csv` module: `csv.writer(...).writerows` over `g.nodes(data=True)`, `g.edges(data=True)` and the
  documents, the same three files and columns as ours;
- plain Python Cypher: the same `UNWIND` statements as ours, built with f-strings and `str.replace` escaping,
  rows grouped by label and type as ours are (checked row for row against ours below).
Peak MiB: the process's peak resident memory while writing, and in brackets its resident memory before (graph
loaded; the high-water mark is reset through `/proc/self/clear_refs`).

{table}
Wall-clock ratio against the fastest peer per format: {", ".join(verdicts)}. The CPU-time column is the less
load-sensitive comparison of the work done. With `--sync` ours waits for the disk, which the peers never do; the
disk alone (the same bytes written, fsync'd and renamed into place, nothing produced; median of {args.repeats}):
{disk_line}.

Outputs checked after timing (untimed):
{checks}
Every run (s): ours {ours_runs}; peers {peer_runs}.
"""
    print(section)
    write_section(args.out, section)
    print(f"wrote the Exports section of {args.out}")


if __name__ == "__main__":
    main()
