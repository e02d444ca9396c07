#!/usr/bin/env python3
"""Rendering benchmark: ActorGraph's rendering through libgvc in process
against the Graphviz command (`dot`, `sfdp`) on the same DOT file.

For each graph the script writes the diagram as DOT text, exactly as our
binding hands it to the layout (`actorgraph-render-bench … --canon`:
Graphviz's canon output, which carries no layout), then times:

- in process: `actorgraph-render-bench` (release) renders the graph REPEATS
  times in one process: build the diagram (selection, styles, the cgraph
  graph), lay it out, render to bytes. The median per render; the first
  render of the process (which loads Graphviz's plugins) is shown apart.
- whole process: actorgraph render --graph GRAPH -o out.svg --layout ENGINE
  (process start, reading the graph, node sizes by degree, drawing, writing).
- command: ENGINE -Tsvg graph.dot -o out.svg (process start, plugins, parsing
  the DOT text, layout, render, writing).

Whole processes are timed with hyperfine when it is installed (apt-get
install hyperfine), else with a Python timer; medians of several runs. The
graphs: the Mali facts file and a generated 2,000-node graph
(Benchmarks/generate_graph.py). The script writes the section "Rendering" of
BENCHMARKS.md (and prints it).

    python3 Benchmarks/render_bench.py            # measure the release build (make release first)
    python3 Benchmarks/render_bench.py --runs 3 --build
"""
import argparse
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
import generate_graph  # noqa: E402

def run(command, timeout=None):
    """Runs a command, failing loudly with its stderr. On timeout the command's
    whole process group is killed (hyperfine's child would outlive hyperfine)."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise
    result = subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
    if result.returncode != 0:
        sys.exit(f"error: {' '.join(command)} exited {result.returncode}:\n{result.stderr}")
    return result


def median_seconds(commands, runs, warmup, timeout):
    """Median wall time per command, in seconds (None when a command timed out)."""
    if shutil.which("hyperfine"):
        with tempfile.NamedTemporaryFile(suffix=".json") as export:
            args = ["hyperfine", "--shell=none", "--style", "none", "--warmup", str(warmup), "--runs", str(runs),
                    "--export-json", export.name] + [" ".join(c) for c in commands]
            try:
                run(args, timeout=timeout * (runs + warmup) * len(commands) if timeout else None)
            except subprocess.TimeoutExpired:
                return [None] * len(commands)
            results = json.load(open(export.name))["results"]
            return [statistics.median(r["times"]) for r in results]
    medians = []
    for command in commands:
        times = []
        for i in range(warmup + runs):
            start = time.perf_counter()
            try:
                run(command, timeout=timeout)
            except subprocess.TimeoutExpired:
                times = None
                break
            if i >= warmup:
                times.append(time.perf_counter() - start)
        medians.append(statistics.median(times) if times else None)
    return medians


def seconds(value, timeout=None):
    if value is None:
        return f"> {timeout:.0f} s (timed out)" if timeout else "timed out"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def replace_section(path, heading, section):
    """Writes `section` in place of the part of `path` that starts at `heading`
    (up to the next second-level heading), or at the end when there is none."""
    text = open(path).read() if os.path.exists(path) else "# Benchmarks\n"
    start = text.find(heading + "\n")
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + len(heading))
        text = text[:start] + section + (text[end:] if end >= 0 else "")
    temporary = path + ".tmp"
    with open(temporary, "w") as f:
        f.write(text)
    os.replace(temporary, path)


def main():
    parser = argparse.ArgumentParser(description="Rendering benchmark; prints the BENCHMARKS.md section.")
    parser.add_argument("--runs", type=int, default=10, help="timed runs per command on the Mali graph")
    parser.add_argument("--large-runs", type=int, default=5, help="timed runs per command on the large graph")
    parser.add_argument("--nodes", type=int, default=2000, help="size of the generated graph")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/actorgraph"))
    parser.add_argument("--render-bench", default=os.path.join(ROOT, ".build/release/actorgraph-render-bench"))
    parser.add_argument("--output", default=os.path.join(ROOT, "BENCHMARKS.md"),
                        help="the file whose Rendering section is replaced ('-' to only print)")
    parser.add_argument("--build", action="store_true",
                        help="run `swift build -c release --static-swift-stdlib` first (make bench builds already)")
    parser.add_argument("--dot-timeout", type=float, default=300,
                        help="seconds to allow the `dot` command on the large graph (one run; reference only)")
    args = parser.parse_args()

    if args.build:
        print("building release…", file=sys.stderr)
        run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--package-path", ROOT])
    for binary in (args.binary, args.render_bench):
        if not os.access(binary, os.X_OK):
            sys.exit(f"error: {binary} is not built; run `swift build -c release`")
    for tool in ("dot", "sfdp"):
        if not shutil.which(tool):
            sys.exit(f"error: the `{tool}` command is missing (apt-get install graphviz)")

    work = tempfile.mkdtemp(prefix="render-bench-")
    large = os.path.join(work, f"generated-{args.nodes}.json")
    with open(large, "w") as f:
        json.dump(generate_graph.generate(args.nodes, 2, 7), f)
    graphs = [
        ("Mali 2022 (facts file)", os.path.join(ROOT, "graphs/mali-2022/facts.yaml"), "dot", ["svg", "png"], args.runs),
        (f"generated, {args.nodes:,} nodes", large, "sfdp", ["svg"], args.large_runs),
    ]

    rows = []
    for title, graph, engine, formats, runs in graphs:
        stats = json.loads(run([args.binary, "stats", "--graph", graph, "--format", "json"]).stdout)
        # What a command costs before it draws anything: start, read the graph, count it.
        print(f"timing {title}, reading only (actorgraph stats)…", file=sys.stderr)
        (read_s,) = median_seconds([[args.binary, "stats", "--graph", graph, "--format", "json"]], runs, 1, None)
        as_json = os.path.join(work, f"{os.path.basename(graph)}.actorgraph.json")
        run([args.binary, "export", "--graph", graph, "--format", "json", "-o", as_json])
        # The diagram exactly as our binding hands it to the layout (canon: no layout in it).
        dot_file = os.path.join(work, f"{engine}-{os.path.basename(graph)}.dot")
        run([args.render_bench, as_json, engine, "svg", "1", "--canon", dot_file])
        for fmt in formats:
            print(f"timing {title}, {engine}, {fmt}…", file=sys.stderr)
            ours = [args.binary, "render", "--graph", graph, "-o", os.path.join(work, f"ours.{fmt}"), "--layout", engine]
            theirs = [engine, f"-T{fmt}", dot_file, "-o", os.path.join(work, f"command.{fmt}")]
            ours_s, theirs_s = median_seconds([ours, theirs], runs, 1, None)
            measured = json.loads(run([args.render_bench, as_json, engine, fmt, str(runs)]).stdout)
            inproc_s = statistics.median(measured["times"])
            rows.append((title, f"{stats['nodes']:,} / {stats['edges']:,}", engine, fmt.upper(), inproc_s,
                         measured["first"], ours_s, read_s, f"`{engine}`", theirs_s, runs))
        if engine != "dot":
            # Reference: what `dot` would cost on the same file (actorgraph switches to sfdp above 200 nodes).
            print(f"timing {title}, dot command (reference, one run)…", file=sys.stderr)
            (dot_s,) = median_seconds([["dot", "-Tsvg", dot_file, "-o", os.path.join(work, "dot-large.svg")]], 1, 0, args.dot_timeout)
            rows.append((title, f"{stats['nodes']:,} / {stats['edges']:,}", "dot", "SVG", None, None, None, None,
                         "`dot`", dot_s, 1))

    version = run(["dot", "-V"]).stderr.strip().replace("dot - graphviz version ", "")
    tool = "hyperfine" if shutil.which("hyperfine") else "a Python timer"
    load = os.getloadavg()[0]
    lines = ["## Rendering", ""]
    lines.append(
        f"Generated by `Benchmarks/render_bench.py` on {time.strftime('%Y-%m-%d')}: {platform.system()} "
        f"{platform.machine()}, {os.cpu_count()} cores, load average {load:.1f} at the end, Graphviz {version}, "
        f"release build; medians of the runs shown ({tool} for whole processes). "
        "*In process*: `actorgraph-render-bench` renders the graph again and again in one process "
        "(diagram built from the graph, cgraph graph, layout, render to memory), median per render; "
        "*first* is the process's first render, which also loads Graphviz's plugins. "
        "*Whole process*: `actorgraph render --graph GRAPH -o OUT --layout ENGINE` (start, read the graph, "
        "node sizes by degree, draw, write the file atomically); *reading* is `actorgraph stats` on the same "
        "graph, the part of it that is not drawing. *Command*: the Graphviz command on the same diagram as "
        "DOT text (Graphviz's `canon` of the graph our binding builds, so both lay out the same graph; "
        "start, plugins, parse, layout, render, write). Above 200 nodes actorgraph lays out with sfdp; the `dot` row is a "
        "reference for what `dot` would cost.")
    lines.append("")
    lines.append("| graph | nodes / edges | engine | output | in process | first | whole process | of which reading "
                 "| command | in process ÷ command | whole ÷ command | runs |")
    lines.append("| --- | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for title, size, engine, fmt, inproc_s, first_s, ours_s, read_s, command, theirs_s, runs in rows:
        ratio = lambda a: f"{a / theirs_s:.2f}×" if a and theirs_s else "–"
        show = lambda v: seconds(v) if v else "–"
        lines.append(f"| {title} | {size} | {engine} | {fmt} | {show(inproc_s)} | {show(first_s)} | {show(ours_s)} | "
                     f"{show(read_s)} | {command} {seconds(theirs_s, args.dot_timeout)} | {ratio(inproc_s)} | "
                     f"{ratio(ours_s)} | {runs} |")
    section = "\n".join(lines) + "\n"
    print(section)
    if args.output != "-":
        replace_section(args.output, "## Rendering", section)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
