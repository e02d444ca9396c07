import ActorGraph
import ActorGraphFormats

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
        // TODO(extraction): when ActorGraphExtraction lands in main, add
        //   "article": { bytes in roundTrip(try? <extractor>.extract(bytes: bytes, file: "fuzz.txt")) },
        // and the same for .html; seed Fuzz/corpus/article/ with a few short articles.
        // TODO(graphml): when the GraphML reader lands in main, add
        //   "graphml": { bytes in roundTrip(try? GraphMLReader.read(bytes: bytes, file: "fuzz.graphml")) },
        // seeded with small .graphml files in Fuzz/corpus/graphml/.
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
}
