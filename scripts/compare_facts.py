#!/usr/bin/env python3
"""Compare the relations `actorgraph extract` finds in an article with the
hand-made facts file of the same article.

usage: scripts/compare_facts.py FACTS.yaml EXTRACTED.json|DIR [--inferred FILE] [--verbose]

With a folder, the extraction is the `.json` in it whose document id is the
facts file's `document.id` (the SHA-256 of the article); without one, the
script says so and exits 0 (`make eval` runs it on every graphs/*/facts.yaml).

Nodes are matched by id, else by a shared name or alias (normalized: case,
accents, apostrophes and a leading "the" ignored) within the same kind.
For each relation of the facts file between two non-statement nodes (the
`said`/`about` edges of statements are reported apart), the extraction
*finds* it when it has an edge between the matched nodes with

- the same type (either direction for the symmetric types alliedWith,
  cooperatesWith, opposes, negotiatesWith, meetsWith): "type", or
- else the same sign between the same two nodes, in either direction: "sign".

Relations listed in the --inferred file (default: `inferred.tsv` next to the
facts file, if present) are ones the facts file draws from world knowledge or
a judgement call rather than from what a sentence states; they are scored
apart, so that "reader" recall counts the relations a reader would agree the
text states. Every extracted relation the facts file does not have (same two
nodes, same sign) is listed as unconfirmed; precision is the share of
extracted actor relations that the facts confirm.

Exit status 0 whatever the scores (a report, not a test).
"""
import json
import os
import re
import sys
import unicodedata

import yaml

SYMMETRIC = {"alliedWith", "cooperatesWith", "opposes", "negotiatesWith", "meetsWith"}
STATEMENT_TYPES = {"said", "about"}
POLARITY = {
    "leads": 1, "participatesIn": 1, "memberOf": 1, "alliedWith": 1, "supports": 1, "cooperatesWith": 1,
    "trains": 1, "hosts": 1, "deployedIn": 0, "holdsRole": 0, "partOf": 0, "locatedIn": 0, "said": 0,
    "about": 0, "mentions": 0, "meetsWith": 0, "negotiatesWith": 0, "withdrawsFrom": -1, "opposes": -1,
    "obstructs": -1, "expels": -1, "sanctions": -1, "criticizes": -1, "accuses": -1, "rejects": -1,
    "attacks": -1, "suspends": -1, "threatens": -1,
}


def norm(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = text.replace("\u2019", "'")
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    text = re.sub(r"^(the) ", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()


def names(node):
    return {norm(n) for n in [node.get("name", "")] + list(node.get("aliases") or []) if norm(n)}


def load_facts(path):
    data = yaml.safe_load(open(path, encoding="utf-8"))
    nodes = {n["id"]: n for n in data.get("nodes", [])}
    by_name = {}
    for node in nodes.values():
        for n in names(node):
            by_name.setdefault(n, node["id"])

    def ref(value):
        return value if value in nodes else by_name.get(norm(value), value)

    relations = []
    for r in data.get("relations", []):
        sign = r.get("sign", POLARITY.get(r["type"], 0))
        relations.append((ref(r["source"]), r["type"], ref(r["target"]), sign))
    statements = []
    for s in data.get("statements", []):
        speakers = s.get("speakers") or ([s["speaker"]] if "speaker" in s else [])
        about = [(ref(a["target"]), a.get("sign", 0)) for a in s.get("about", []) or []]
        statements.append(([ref(x) for x in speakers], s.get("text", ""), about))
    return data, nodes, relations, statements


def load_inferred(path):
    out = {}
    if not path or not os.path.exists(path):
        return out
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        out[(cols[0], cols[1], cols[2])] = cols[3] if len(cols) > 3 else ""
    return out


def match_nodes(fact_nodes, graph):
    """facts id -> set of extracted ids."""
    extracted = [n for n in graph.get("nodes", []) if n.get("kind") != "statement"]
    ids = {n["id"] for n in extracted}
    out = {}
    for fid, fnode in fact_nodes.items():
        if fnode.get("kind") == "statement":
            continue
        hit = {fid} if fid in ids else set()
        if not hit:
            fnames = names(fnode)
            hit = {n["id"] for n in extracted if n.get("kind") == fnode.get("kind") and names(n) & fnames}
        out[fid] = hit
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    if len(args) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 64
    facts_path, graph_path = args[0], args[1]
    inferred_path = os.path.join(os.path.dirname(facts_path), "inferred.tsv")
    if "--inferred" in sys.argv:
        inferred_path = sys.argv[sys.argv.index("--inferred") + 1]
    data, fact_nodes, relations, statements = load_facts(facts_path)
    inferred = load_inferred(inferred_path)
    if os.path.isdir(graph_path):
        want = (data.get("document") or {}).get("id")
        found = None
        for name in sorted(os.listdir(graph_path)):
            if name.endswith(".json"):
                try:
                    candidate = json.load(open(os.path.join(graph_path, name), encoding="utf-8"))
                except (OSError, ValueError):
                    continue
                if want and any(d.get("id") == want for d in candidate.get("documents", [])):
                    found = os.path.join(graph_path, name)
                    break
        if found is None:
            print(f"{facts_path}: no extraction of its article ({want}) in {graph_path}; skipped")
            return 0
        graph_path = found
    graph = json.load(open(graph_path, encoding="utf-8"))
    kinds = {n["id"]: n.get("kind") for n in graph.get("nodes", [])}
    edges = [e for e in graph.get("edges", []) if e.get("type") not in STATEMENT_TYPES
             and kinds.get(e["source"]) != "statement" and kinds.get(e["target"]) != "statement"]
    mapping = match_nodes(fact_nodes, graph)

    rows = []
    confirmed = set()
    for (s, t, o, sign) in relations:
        if t in STATEMENT_TYPES:
            continue
        ss, oo = mapping.get(s, set()), mapping.get(o, set())
        how, used = None, []
        for i, e in enumerate(edges):
            forward = e["source"] in ss and e["target"] in oo
            backward = e["source"] in oo and e["target"] in ss
            if e["type"] == t and (forward or (backward and t in SYMMETRIC)):
                how = "type"
                used.append(i)
        if how is None:
            for i, e in enumerate(edges):
                if (e["source"] in ss and e["target"] in oo or e["source"] in oo and e["target"] in ss) \
                        and e.get("sign") == sign:
                    how = "sign"
                    used.append(i)
        confirmed.update(used)
        # Relations between the same two nodes with the same sign confirm the extracted ones too.
        for i, e in enumerate(edges):
            if (e["source"] in ss and e["target"] in oo or e["source"] in oo and e["target"] in ss) and e.get("sign") == sign:
                confirmed.add(i)
        missing_node = [x for x, m in ((s, ss), (o, oo)) if not m]
        rows.append(dict(rel=(s, t, o), how=how, inferred=(s, t, o) in inferred,
                         reason=inferred.get((s, t, o), ""), missing_node=missing_node))

    def recall(subset):
        return sum(1 for r in subset if r["how"]) / len(subset) if subset else 0.0

    def typed(subset):
        return sum(1 for r in subset if r["how"] == "type")

    reader = [r for r in rows if not r["inferred"]]
    judged = [r for r in rows if r["inferred"]]
    print(f"facts: {os.path.relpath(facts_path)}  extraction: {os.path.relpath(graph_path)}")
    print(f"relations between actors and missions in the facts file: {len(rows)} "
          f"({len(reader)} stated in the text, {len(judged)} inferred by the facts' author)")
    for title, subset in (("stated in the text", reader), ("inferred (judgement calls)", judged)):
        print(f"\n-- {title}: found {sum(1 for r in subset if r['how'])}/{len(subset)}")
        for r in sorted(subset, key=lambda r: (r["how"] is None, r["rel"])):
            s, t, o = r["rel"]
            mark = {"type": "found", "sign": "found (same sign)", None: "MISSED"}[r["how"]]
            note = f"  [no node for {', '.join(r['missing_node'])}]" if r["missing_node"] and not r["how"] else ""
            if r["inferred"] and verbose:
                note += f"  ({r['reason']})"
            print(f"  {mark:18} {s} {t} {o}{note}")
    extra = [e for i, e in enumerate(edges) if i not in confirmed]
    precision = (len(edges) - len(extra)) / len(edges) if edges else 0.0
    print(f"\n-- extracted relations the facts file does not confirm: {len(extra)}/{len(edges)}")
    for e in extra:
        ev = (e.get("evidence") or [{}])[0]
        excerpt = ev.get("excerpt", "")
        print(f"  {e['source']} {e['type']} {e['target']}  (sentence {ev.get('sentence')}"
              + (f": {excerpt[:90]}…" if verbose and excerpt else ")"))

    # Statements: speakers (said) and what they are about, matched by the facts' speakers.
    said = {(e["source"], e["target"]) for e in graph.get("edges", []) if e.get("type") == "said"}
    about = {(e["source"], e["target"]) for e in graph.get("edges", []) if e.get("type") == "about"}
    speakers_found = about_found = about_total = 0
    speakers_total = 0
    for speakers, text, targets in statements:
        for sp in speakers:
            speakers_total += 1
            if any(s in mapping.get(sp, set()) for (s, _) in said):
                speakers_found += 1
        stmt_ids = {st for (s, st) in said if any(s in mapping.get(sp, set()) for sp in speakers)}
        for target, _ in targets:
            about_total += 1
            if any(st in stmt_ids and t in mapping.get(target, set()) for (st, t) in about):
                about_found += 1
    print(f"\n-- statements (separately): speakers with a said edge {speakers_found}/{speakers_total}; "
          f"about edges of their statements found {about_found}/{about_total}")
    print(f"\nrelation recall: stated {recall(reader):.3f} ({sum(1 for r in reader if r['how'])}/{len(reader)}, "
          f"{typed(reader)} with the same type), "
          f"all {recall(rows):.3f} ({sum(1 for r in rows if r['how'])}/{len(rows)}); "
          f"precision {precision:.3f} ({len(edges) - len(extra)}/{len(edges)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
