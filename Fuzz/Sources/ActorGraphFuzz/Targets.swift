import ActorGraph
import ActorGraphExtraction
import ActorGraphFormats
import Foundation

/// The fuzz targets, by name. Each gets arbitrary bytes; a reader may accept
/// them or throw its `InputError` (typed throws: nothing else can escape), and
/// must never crash, hang or exhaust memory. What a reader accepts must also
/// survive a round trip through `actorgraph/1`: written and read back, it is
/// the same graph.
enum Targets {
    static let all: [String: @Sendable ([UInt8]) -> Void] = [
        "facts": { bytes in roundTrip(try? FactsReader.read(bytes: bytes, file: "fuzz.yaml")) },
        "facts-json": { bytes in roundTrip(try? FactsReader.read(bytes: bytes, file: "fuzz.json")) },
        "actorgraph-json": { bytes in roundTrip(try? ActorGraphJSONReader.read(bytes: bytes, file: "fuzz.json")) },
        "gdelt": { bytes in roundTrip(try? GDELTEventReader().read(bytes: bytes, file: "fuzz.tsv").graph) },
        // The extractor as `actorgraph extract` runs it on a file's bytes. `.txt`
        // and `.md` take the same branch of `Extractor.extract(bytes:file:)`.
        "article": { bytes in article(bytes, file: "fuzz.txt") },
        "article-html": { bytes in article(bytes, file: "fuzz.html") },
        "graphml": { bytes in graphML(bytes) },
    ]

    /// A graph a reader accepted must write and read back unchanged.
    static func roundTrip(_ graph: Graph?) {
        guard let graph else { return }
        let bytes = ActorGraphJSONWriter.data(graph)
        do {
            let back = try ActorGraphJSONReader.read(bytes: bytes, file: "roundtrip.json")
            precondition(back == graph, "the graph changed in a round trip through actorgraph/1")
        } catch {
            preconditionFailure("a graph the reader accepted does not read back from actorgraph/1: \(error)")
        }
    }

    /// The extractor with the built-in lexicon, made once per process.
    static let extractor: Extractor = {
        do { return try Extractor() } catch { fatalError("the built-in lexicon did not load: \(error)") }
    }()

    /// Extraction: bytes that are not UTF-8 are refused; any text gives a
    /// valid graph (below) whose `actorgraph/1` JSON round-trips.
    static func article(_ bytes: [UInt8], file: String) {
        let graph: Graph
        do {
            graph = try extractor.extract(bytes: bytes, file: file)
        } catch {
            precondition(String(data: Data(bytes), encoding: .utf8) == nil, "refused UTF-8 text: \(error)")
            return
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if file.hasSuffix(".html") { text = HTMLText.strip(text) }
        checkExtracted(graph, id: SHA256.documentID(bytes), scalars: text.unicodeScalars.count)
        roundTrip(graph)
    }

    /// What every extracted graph satisfies: one document, the hash of the
    /// bytes; every node named, every edge between two different nodes with a
    /// finite positive weight and a sign of −1, 0 or 1; all evidence from that
    /// document, with a span inside its text (start ≤ end ≤ its length).
    static func checkExtracted(_ graph: Graph, id: String, scalars: Int) {
        precondition(Array(graph.documents.keys) == [id], "documents \(Array(graph.documents.keys)), expected [\(id)]")
        func check(_ evidence: [Evidence], _ owner: String) {
            for item in evidence {
                precondition(item.document == id, "\(owner): evidence from \(item.document)")
                precondition(item.sentence >= 0, "\(owner): sentence \(item.sentence)")
                if let start = item.start, let end = item.end {
                    precondition(0 <= start && start <= end && end <= scalars,
                                 "\(owner): evidence span \(start)..<\(end) outside a text of \(scalars) scalars")
                }
            }
        }
        for node in graph.nodes.values {
            precondition(!node.name.isEmpty && !node.id.isEmpty, "a node without a name or id: \(node)")
            check(node.evidence, "node \(node.id)")
        }
        for edge in graph.edges.values {
            precondition(graph.nodes[edge.source] != nil && graph.nodes[edge.target] != nil, "dangling edge \(edge.key)")
            precondition(edge.source != edge.target, "a node related to itself: \(edge.key)")
            precondition(edge.weight.isFinite && edge.weight > 0, "edge \(edge.key): weight \(edge.weight)")
            precondition((-1...1).contains(edge.sign), "edge \(edge.key): sign \(edge.sign)")
            check(edge.evidence, "edge \(edge.key)")
        }
    }

    /// GraphML: what the reader accepts writes back as GraphML and reads to
    /// the same graph, and round-trips through `actorgraph/1`.
    static func graphML(_ bytes: [UInt8]) {
        guard let graph = try? GraphMLReader.read(bytes: bytes, file: "fuzz.graphml") else { return }
        let written: [UInt8]
        do {
            written = try GraphMLWriter.encode(graph)
        } catch {
            preconditionFailure("a graph read from GraphML cannot be written as GraphML: \(error)")
        }
        do {
            let back = try GraphMLReader.read(bytes: written, file: "roundtrip.graphml")
            precondition(back == graph, "the graph changed in a round trip through GraphML")
        } catch {
            preconditionFailure("GraphML written from a graph the reader accepted does not read back: \(error)")
        }
        roundTrip(graph)
    }
}
