#!/usr/bin/env python3
"""Writes the bad-input cases: the valid-* bases, one file per mistake (each
a base with one field changed), and cases.tsv (file, the line the error must
name, and what it must say). Run from this folder: python3 make-cases.py .
The Swift tests (BadInputReaderTests, BadInputCommandTests) read cases.tsv."""
import os, sys, json
out = sys.argv[1]
H = "sha256:" + "ab" * 32
facts = f'''format: actorgraph-facts/1
document:
  id: {H}
  title: A test article
  date: "2024-01-02"
  source: Us
  url: https://example.org/a
nodes:
  - id: country:atlantis
    kind: country
    name: Atlantis
    aliases: [Atlantean]
    attributes: {{iso3: ATL}}
    evidence: {{sentence: 0, excerpt: Atlantis, start: 0, end: 8}}
  - kind: country
    name: Lemuria
  - kind: person
    name: Ada Quill
statements:
  - speaker: Ada Quill
    text: We will leave.
    quote: direct
    about: [{{target: Lemuria, sign: -1}}]
    evidence: {{sentence: 1}}
relations:
  - source: Atlantis
    type: withdrawsFrom
    target: Lemuria
    sign: -1
    weight: 2
    evidence: [{{sentence: 2, excerpt: leaves}}]
'''
ag = f'''{{
  "format": "actorgraph/1",
  "documents": [
    {{
      "id": "{H}",
      "title": "A test article",
      "date": "2024-01-02",
      "source": "Us",
      "url": "https://example.org/a"
    }}
  ],
  "nodes": [
    {{
      "id": "country:atlantis",
      "kind": "country",
      "name": "Atlantis",
      "aliases": ["Atlantean"],
      "attributes": {{"iso3": "ATL"}},
      "evidence": [
        {{
          "document": "{H}",
          "sentence": 0,
          "start": 0,
          "end": 8,
          "excerpt": "Atlantis"
        }}
      ]
    }},
    {{
      "id": "country:lemuria",
      "kind": "country",
      "name": "Lemuria"
    }}
  ],
  "edges": [
    {{
      "source": "country:atlantis",
      "target": "country:lemuria",
      "type": "withdrawsFrom",
      "sign": -1,
      "weight": 2,
      "evidence": [{{"document": "{H}", "sentence": 2}}]
    }}
  ]
}}
'''
factsjson = '''{
  "format": "actorgraph-facts/1",
  "nodes": [
    {"kind": "country", "name": "Atlantis"},
    {"kind": "country", "name": "Lemuria"}
  ],
  "relations": [
    {"source": "Atlantis", "type": "sanctions", "target": "Lemuria", "weight": 1}
  ]
}
'''
open(f'{out}/valid-facts.yaml','w').write(facts)
open(f'{out}/valid-actorgraph.json','w').write(ag)
open(f'{out}/valid-facts.json','w').write(factsjson)

def mut(base, name, line_no, old, new, ext):
    lines = base.split('\n')
    l = lines[line_no-1]
    assert old in l, (name, l, old)
    lines[line_no-1] = l.replace(old, new, 1)
    open(f'{out}/{name}.{ext}','w').write('\n'.join(lines))
    return name + '.' + ext

cases = []
def fm(name, line_no, old, new, frag, line=None): cases.append((mut(facts, 'facts-' + name, line_no, old, new, 'yaml'), line or line_no, frag))
def am(name, line_no, old, new, frag, line=None): cases.append((mut(ag, 'ag-' + name, line_no, old, new, 'json'), line or line_no, frag))
def jm(name, line_no, old, new, frag, line=None): cases.append((mut(factsjson, 'factsjson-' + name, line_no, old, new, 'json'), line or line_no, frag))
def raw(name, text, line, frag):
    open(f'{out}/{name}','w').write(text); cases.append((name, line, frag))
# facts YAML: every field with a wrong type or value
raw('facts-document-type.yaml', 'format: actorgraph-facts/1\ndocument: just text\n', 2, 'document: expected a mapping')
raw('facts-nodes-type.yaml', 'format: actorgraph-facts/1\nnodes: {kind: country}\n', 2, 'nodes: expected a list')
raw('facts-statements-type.yaml', 'nodes: []\nstatements: just text\n', 2, 'statements: expected a list')
raw('facts-relations-type.yaml', 'nodes: []\n\nrelations: 5\n', 3, 'relations: expected a list')
fm('format-type', 1, 'actorgraph-facts/1', '[1]', 'format: expected a text value')
fm('format-value', 1, 'actorgraph-facts/1', 'actorgraph-facts/9', "format: is 'actorgraph-facts/9'")
fm('document-id-type', 3, H, '[x]', 'document.id:')
fm('document-id-value', 3, H, 'sha256:xyz', 'document.id:')
fm('document-title-type', 4, 'A test article', '{a: b}', 'document.title:')
fm('document-date-type', 5, '"2024-01-02"', '[2024]', 'document.date:')
fm('document-source-type', 6, 'Us', '[Us]', 'document.source:')
fm('document-url-type', 7, 'https://example.org/a', '{u: 1}', 'document.url:')
fm('node-type', 9, '- id: country:atlantis', '- just text\n  - id: country:atlantis', 'nodes[0]: expected a mapping')
fm('node-id-type', 9, 'country:atlantis', '[country:atlantis]', 'nodes[0].id:')
fm('node-id-kind', 9, 'country:atlantis', 'person:atlantis', 'nodes[0].id:')
fm('node-kind-type', 10, 'country', '[country]', 'nodes[0].kind:')
fm('node-kind-value', 10, 'country', 'planet', 'nodes[0].kind:')
fm('node-name-type', 11, 'Atlantis', '{a: b}', 'nodes[0].name:')
fm('node-name-empty', 11, 'Atlantis', '""', 'nodes[0].name: is empty')
fm('node-aliases-type', 12, '[Atlantean]', '{a: b}', 'nodes[0].aliases:')
fm('node-aliases-item', 12, '[Atlantean]', '[[Atlantean]]', 'nodes[0].aliases[0]:')
fm('node-attributes-type', 13, '{iso3: ATL}', '[ATL]', 'nodes[0].attributes:')
fm('node-attributes-value', 13, '{iso3: ATL}', '{iso3: [ATL]}', 'nodes[0].attributes.iso3:')
fm('node-evidence-type', 14, '{sentence: 0, excerpt: Atlantis, start: 0, end: 8}', 'just text', 'nodes[0].evidence:')
fm('node-evidence-sentence-type', 14, 'sentence: 0', 'sentence: zero', 'nodes[0].evidence.sentence:')
fm('node-evidence-sentence-value', 14, 'sentence: 0', 'sentence: -1', 'nodes[0].evidence.sentence:')
fm('node-evidence-start-type', 14, 'start: 0', 'start: [0]', 'nodes[0].evidence.start:')
fm('node-evidence-start-value', 14, 'start: 0', 'start: -3', 'start is -3')
fm('node-evidence-end-type', 14, 'end: 8', 'end: eight', 'nodes[0].evidence.end:')
fm('node-evidence-span', 14, 'start: 0', 'start: 9', 'start 9 is after end 8')
fm('node-evidence-excerpt-type', 14, 'excerpt: Atlantis', 'excerpt: [Atlantis]', 'nodes[0].evidence.excerpt:')
fm('node-kind-missing', 15, '- kind: country', '- kind: ~', 'nodes[1].kind: is missing')
fm('node-duplicate-id', 16, 'Lemuria', 'Atlantis', "duplicate id 'country:atlantis'", line=15)
fm('statement-speaker-type', 20, 'Ada Quill', '[Ada Quill]', 'statements[0].speaker:')
fm('statement-speaker-unknown', 20, 'Ada Quill', 'Nobody', "statements[0].speaker: 'Nobody'")
fm('statement-text-type', 21, 'We will leave.', '{a: b}', 'statements[0].text:')
fm('statement-text-empty', 21, 'We will leave.', '"  "', 'statements[0].text: is empty')
fm('statement-quote-type', 22, 'direct', '[direct]', 'statements[0].quote:')
fm('statement-quote-value', 22, 'direct', 'maybe', 'statements[0].quote:')
fm('statement-about-type', 23, '[{target: Lemuria, sign: -1}]', 'just text', 'statements[0].about')
fm('statement-about-target-type', 23, 'target: Lemuria', 'target: [Lemuria]', 'statements[0].about[0].target:')
fm('statement-about-target-unknown', 23, 'target: Lemuria', 'target: Nowhere', "statements[0].about[0].target: 'Nowhere'")
fm('statement-about-sign-type', 23, 'sign: -1', 'sign: minus', 'statements[0].about[0].sign:')
fm('statement-about-sign-value', 23, 'sign: -1', 'sign: 5', 'statements[0].about[0].sign:')
fm('statement-evidence-type', 24, '{sentence: 1}', '[[1]]', 'statements[0].evidence[0]:')
fm('relation-source-type', 26, 'Atlantis', '{a: b}', 'relations[0].source:')
fm('relation-source-unknown', 26, 'Atlantis', 'Nowhere', "relations[0].source: 'Nowhere'")
fm('relation-type-type', 27, 'withdrawsFrom', '[withdrawsFrom]', 'relations[0].type:')
fm('relation-type-value', 27, 'withdrawsFrom', 'hugs', "relations[0].type: 'hugs'")
fm('relation-target-type', 28, 'Lemuria', '[Lemuria]', 'relations[0].target:')
fm('relation-target-unknown', 28, 'Lemuria', 'Nowhere', "relations[0].target: 'Nowhere'")
fm('relation-sign-type', 29, '-1', 'minus', 'relations[0].sign:')
fm('relation-sign-value', 29, '-1', '0.5', 'relations[0].sign:')
fm('relation-weight-type', 30, '2', 'heavy', 'relations[0].weight:')
fm('relation-weight-value', 30, '2', '-2', 'relations[0].weight:')
fm('relation-weight-infinite', 30, '2', '.inf', 'relations[0].weight:')
fm('relation-evidence-sentence-type', 31, 'sentence: 2', 'sentence: [2]', 'relations[0].evidence[0].sentence:')
fm('unknown-section', 25, 'relations:', 'relationships:', "unknown section 'relationships'")
fm('unknown-field', 30, 'weight: 2', 'wieght: 2', "relations[0].wieght: unknown field 'wieght'")
fm('unknown-evidence-field', 14, 'excerpt:', 'exerpt:', "nodes[0].evidence.exerpt: unknown field")
fm('duplicate-key', 4, 'title: A test article', 'title: A test article\n  title: Again', "duplicate key 'title'")
# actorgraph/1: every field
am('format-type', 2, '"actorgraph/1"', '1', 'format: has the wrong type')
am('format-value', 2, '"actorgraph/1"', '"actorgraph/2"', "format: is 'actorgraph/2'")
am('documents-type', 3, '[', '"none", "old": [', 'documents: has the wrong type')
am('document-type', 4, '{', '"text", {', 'documents[0]: has the wrong type')
am('document-id-type', 5, f'"{H}"', '5', 'documents[0].id:')
am('document-title-type', 6, '"A test article"', '["A"]', 'documents[0].title:')
am('document-date-type', 7, '"2024-01-02"', '20240102', 'documents[0].date:')
am('document-source-type', 8, '"Us"', 'true', 'documents[0].source:')
am('document-url-type', 9, '"https://example.org/a"', '{}', 'documents[0].url:')
am('nodes-type', 12, '[', '"none", "old": [', 'nodes: has the wrong type')
am('node-type', 13, '{', '"text", {', 'nodes[0]: has the wrong type')
am('node-id-type', 14, '"country:atlantis"', 'null', 'nodes[0].id:')
am('node-id-empty', 14, '"country:atlantis"', '""', 'nodes[0].id: is empty')
am('node-kind-type', 15, '"country"', '["country"]', 'nodes[0].kind:')
am('node-kind-value', 15, '"country"', '"planet"', 'nodes[0].kind:')
am('node-name-type', 16, '"Atlantis"', '7', 'nodes[0].name:')
am('node-name-empty', 16, '"Atlantis"', '""', 'nodes[0].name: is empty')
am('node-aliases-type', 17, '["Atlantean"]', '"Atlantean"', 'nodes[0].aliases:')
am('node-aliases-item', 17, '["Atlantean"]', '[1]', 'nodes[0].aliases[0]:')
am('node-attributes-type', 18, '{"iso3": "ATL"}', '["ATL"]', 'nodes[0].attributes:')
am('node-attributes-value', 18, '{"iso3": "ATL"}', '{"iso3": 3}', 'nodes[0].attributes.iso3:')
am('node-evidence-type', 19, '[', '"none", "old": [', 'nodes[0].evidence:')
am('evidence-document-type', 21, f'"{H}"', '1', 'nodes[0].evidence[0].document:')
am('evidence-sentence-type', 22, '0', '"0"', 'nodes[0].evidence[0].sentence:')
am('evidence-sentence-fraction', 22, '0', '0.5', 'nodes[0].evidence[0].sentence: is 0.5')
am('evidence-sentence-value', 22, '0', '-1', 'nodes[0].evidence[0].sentence: is -1')
am('evidence-start-type', 23, '0', '"zero"', 'nodes[0].evidence[0].start:')
am('evidence-start-value', 23, '0', '-2', 'nodes[0].evidence[0].start: is -2')
am('evidence-end-type', 24, '8', '[8]', 'nodes[0].evidence[0].end:')
am('evidence-end-overflow', 24, '8', '99999999999999999999', 'nodes[0].evidence[0].end: is 99999999999999999999')
am('evidence-span', 23, '0', '9', 'nodes[0].evidence[0].start: is 9')
am('evidence-excerpt-type', 25, '"Atlantis"', 'false', 'nodes[0].evidence[0].excerpt:')
am('node-duplicate-id', 30, '"country:lemuria"', '"country:atlantis"', "duplicate node id 'country:atlantis'")
am('node-name-missing', 32, '"name": "Lemuria"', '"nom": "Lemuria"', 'nodes[1].name: is missing', line=29)
am('edges-type', 35, '[', 'null, "old": [', 'edges:')
am('edge-type', 36, '{', '1, {', 'edges[0]: has the wrong type')
am('edge-source-type', 37, '"country:atlantis"', '["country:atlantis"]', 'edges[0].source:')
am('edge-source-unknown', 37, '"country:atlantis"', '"country:nowhere"', "edges[0].source: names unknown node 'country:nowhere'")
am('edge-target-type', 38, '"country:lemuria"', '{}', 'edges[0].target:')
am('edge-target-unknown', 38, '"country:lemuria"', '"country:nowhere"', "edges[0].target: names unknown node 'country:nowhere'")
am('edge-type-type', 39, '"withdrawsFrom"', '1', 'edges[0].type:')
am('edge-type-value', 39, '"withdrawsFrom"', '"hugs"', 'edges[0].type:')
am('edge-sign-type', 40, '-1', '"-1"', 'edges[0].sign:')
am('edge-sign-value', 40, '-1', '2', 'edges[0].sign: is 2')
am('edge-sign-fraction', 40, '-1', '-0.5', 'edges[0].sign: is -0.5')
am('edge-weight-type', 41, '2', '"heavy"', 'edges[0].weight:')
am('edge-weight-value', 41, '2', '-2', 'edges[0].weight:')
am('edge-weight-infinite', 41, '2', '1e999', 'edges[0].weight: is 1e999')
am('edge-evidence-type', 42, '[{', '"none", "old": [{', 'edges[0].evidence:')
am('edge-evidence-sentence-type', 42, '"sentence": 2', '"sentence": null', 'edges[0].evidence[0].sentence:')
# facts JSON (read through the YAML parser)
jm('format-type', 2, '"actorgraph-facts/1"', '[1]', 'format:')
jm('node-kind-value', 4, '"country"', '"planet"', 'nodes[0].kind:')
jm('node-name-type', 5, '"Lemuria"', '{"a": 1}', 'nodes[1].name:')
jm('relation-type-value', 8, '"sanctions"', '"hugs"', 'relations[0].type:')
jm('relation-weight-type', 8, '1', '"heavy"', 'relations[0].weight:')
jm('relation-target-unknown', 8, '"Lemuria"', '"Nowhere"', 'relations[0].target:')
jm('syntax', 5, '}', '', 'not valid JSON', line=6)

with open(f'{out}/cases.tsv', 'w') as f:
    f.write("# file\tline\twhat the error names (docs/reliability.md); the valid-* files are the bases mutated\n")
    for c in cases: f.write("%s\t%d\t%s\n" % c)

