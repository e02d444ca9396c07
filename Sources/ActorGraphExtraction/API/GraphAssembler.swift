import ActorGraph

/// Turns the facts found in one document into an `actorgraph/1` graph fragment:
/// a node per entity (with the evidence of each mention), a statement node per
/// statement with its `said` and `about` edges, and the relations.
struct GraphAssembler {
    let doc: DocumentText
    let lex: LexiconIndex
    let documentID: String
    let mentions: MentionSet
    let table: EntityTable
    let statements: [StatementFact]
    let signatories: [Int: [Int]]
    let relations: [RelationFact]

    func assemble(_ record: Document) -> Graph {
        var graph = Graph()
        graph.add(record)
        let sentenceTexts = doc.sentences.map { doc.text(sentence: $0.index) }
        func excerpt(_ sentence: Int) -> String { sentenceTexts[sentence] }
        func evidence(_ range: Range<Int>) -> Evidence {
            let first = doc.tokens[range.lowerBound], last = doc.tokens[range.upperBound - 1]
            var text = excerpt(first.sentence)
            if last.sentence != first.sentence {
                text = doc.text(doc.sentences[first.sentence].start, doc.sentences[last.sentence].end)
            }
            return Evidence(document: documentID, sentence: first.sentence, start: first.start, end: last.end, excerpt: text)
        }
        // Entities that the text names, in order of first mention.
        var nodeEvidence: [Int: [Evidence]] = [:]
        var order: [Int] = []
        // Unnamed groups ("Islamist insurgents") become nodes only where a relation or a statement reaches them.
        var reached: Set<Int> = []
        for fact in relations { reached.insert(fact.source); reached.insert(fact.target) }
        for fact in statements { reached.formUnion(fact.speakers) }
        for (_, signers) in signatories { reached.formUnion(signers) }
        for mention in mentions.mentions {
            guard let e = mention.entity, !table[e].isDocument, !table[e].isGroup || reached.contains(e) else { continue }
            // "the army" without its country makes a node only where it speaks or acts.
            if mention.kind == .forces, mention.lexicon == nil, !reached.contains(e) { continue }
            if nodeEvidence[e] == nil { order.append(e) }
            nodeEvidence[e, default: []].append(evidence(mention.range))
        }
        // Entities that only relations or statements reach (a government named only through a pronoun).
        for fact in relations { for e in [fact.source, fact.target] where nodeEvidence[e] == nil { order.append(e); nodeEvidence[e] = [evidence(fact.range)] } }
        // Speakers the text describes without a name ("a serviceman of the corps"): the describing words.
        for fact in statements {
            for e in fact.speakers where nodeEvidence[e] == nil && !table[e].isDocument {
                order.append(e)
                nodeEvidence[e] = [evidence(fact.speakerWords ?? fact.anchor)]
            }
        }
        var ids: [Int: String] = [:]
        for e in order {
            let entity = table[e]
            let node = Node(id: entity.id, kind: entity.kind, name: entity.name, aliases: entity.aliases,
                            attributes: entity.attributes, evidence: nodeEvidence[e] ?? [])
            ids[e] = graph.merge(node)
        }
        // Speaking documents and their signatories.
        var statementIDs: [Int: String] = [:]
        for (documentEntity, signers) in signatories.sorted(by: { $0.key < $1.key }) {
            guard statements.contains(where: { $0.speakers.contains(documentEntity) }) else { continue }
            let entity = table[documentEntity]
            let first = mentions.mentions.first { $0.kind == .document }
            var node = Node(id: entity.id, kind: .statement, name: entity.name, aliases: [], attributes: entity.attributes,
                            evidence: first.map { [evidence($0.range)] } ?? [])
            node.attributes["text"] = first.map { doc.text(sentence: $0.sentence) } ?? entity.name
            node.attributes["speaker"] = signers.compactMap { table[$0].name }.joined(separator: "; ")
            let id = graph.merge(node)
            statementIDs[documentEntity] = id
            for s in signers {
                guard let sid = ids[s] else { continue }
                try? graph.merge(Edge(source: sid, target: id, type: .said, sign: 0, evidence: node.evidence))
            }
        }
        for fact in statements {
            addStatement(fact, to: &graph, ids: ids, statementIDs: statementIDs, evidence: evidence)
        }
        // The same relation stated many times is merged once, with all its evidence
        // (merging evidence one statement at a time is quadratic in long documents).
        var edgeOrder: [EdgeKey] = []
        var grouped: [EdgeKey: Edge] = [:]
        for fact in relations {
            guard let s = ids[fact.source], let t = ids[fact.target] else { continue }
            let key = EdgeKey(source: s, target: t, type: fact.type)
            if grouped[key] == nil {
                edgeOrder.append(key)
                grouped[key] = Edge(source: s, target: t, type: fact.type, sign: fact.sign, weight: 0, evidence: [])
            }
            grouped[key]!.weight += 1
            grouped[key]!.evidence.append(evidence(fact.range))
        }
        for key in edgeOrder { try? graph.merge(grouped[key]!) }
        return graph
    }

    private func addStatement(_ fact: StatementFact, to graph: inout Graph, ids: [Int: String], statementIDs: [Int: String],
                              evidence: (Range<Int>) -> Evidence) {
        guard let first = fact.content.first, !first.isEmpty else { return }
        let text = statementText(fact)
        guard !text.isEmpty else { return }
        let start = doc.tokens[first.lowerBound].start
        let id = "statement:\(documentKey)-\(start)"
        let speakerNames = fact.speakers.map { table[$0].name }
        let contentRange = first.lowerBound..<(fact.content.last!.upperBound)
        let node = Node(id: id, kind: .statement, name: Self.shortName(text), aliases: [],
                        attributes: ["text": text, "quote": fact.direct ? "direct" : "indirect",
                                     "speaker": speakerNames.joined(separator: "; ")],
                        evidence: [evidence(contentRange)])
        let sid = graph.merge(node)
        let span = fact.firstToken(mentions.mentions)..<fact.endToken(mentions.mentions)
        for speaker in fact.speakers {
            guard let source = ids[speaker] ?? statementIDs[speaker] else { continue }
            try? graph.merge(Edge(source: source, target: sid, type: .said, sign: 0, evidence: [evidence(span)]))
        }
        var seen: Set<Int> = []
        for range in fact.content {
            var k = firstMention(atOrAfter: range.lowerBound)
            while k < mentions.mentions.count, mentions.mentions[k].start < range.upperBound {
                let mention = mentions.mentions[k]
                k += 1
                guard let e = mention.entity, !fact.speakers.contains(e), let target = ids[e],
                      table[e].kind.isActor || table[e].kind == .mission, seen.insert(e).inserted else { continue }
                let stance = Stance.toward(mention.range, in: fact.content, doc: doc, lexicon: lex)
                try? graph.merge(Edge(source: sid, target: target, type: .about, sign: stance, evidence: [evidence(mention.range)]))
            }
        }
    }

    /// The index of the first mention that starts at or after token `token` (mentions are sorted by start).
    private func firstMention(atOrAfter token: Int) -> Int {
        var lo = 0, hi = mentions.mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions.mentions[mid].start < token { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// What was said, without the outer quotation marks and trailing commas.
    private func statementText(_ fact: StatementFact) -> String {
        var parts: [String] = []
        for range in fact.content where !range.isEmpty {
            var lo = range.lowerBound, hi = range.upperBound
            while lo < hi, doc.tokens[lo].kind == .quote, fact.direct { lo += 1 }
            while hi > lo, punct(doc.tokens, hi - 1, ",") || (fact.direct && doc.tokens[hi - 1].kind == .quote) { hi -= 1 }
            if lo < hi { parts.append(doc.text(tokens: lo..<hi)) }
        }
        return parts.joined(separator: " ")
    }

    var documentKey: String { Self.key(for: documentID) }

    /// A short form of a document id for statement ids: the first 12 hex digits of the hash.
    static func key(for documentID: String) -> String {
        let hex = documentID.hasPrefix("sha256:") ? String(documentID.dropFirst(7)) : NodeID.slug(documentID)
        return String(hex.prefix(12))
    }

    /// The first words of a statement, for its display name.
    static func shortName(_ text: String) -> String {
        var spaces = 0
        var index = text.utf8.startIndex
        while index < text.utf8.endIndex {
            if text.utf8[index] == UInt8(ascii: " ") {
                spaces += 1
                if spaces == 10 { return String(text[..<index]) + " …" }
            }
            index = text.utf8.index(after: index)
        }
        return text
    }
}
