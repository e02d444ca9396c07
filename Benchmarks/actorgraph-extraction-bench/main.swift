// actorgraph-extraction-bench: times the extractor in one process, for
// Benchmarks/extraction_bench.py, which times spaCy's pipeline on the same texts.
//
//     actorgraph-extraction-bench MEGABYTES REPEATS FILE...
//
// The files' texts (read once, not timed) are cycled until they hold
// MEGABYTES × 10^6 bytes of UTF-8; each repeat runs `Extractor.extract(text:)`
// on every one of them (tokens, sentences, gazetteer, mentions, coreference,
// quotes, relations and the graph of each article, as `actorgraph extract`
// does, without reading files or writing JSON). The extractor (the compiled
// lexicon) is built once, before the clock starts, as spaCy's model is loaded
// before its clock starts.
// Prints one JSON line: {"bytes": b, "texts": n, "setup": s, "wall": [s…], "cpu": [s…], "nodes": n, "edges": m}.
import ActorGraph
import ActorGraphExtraction
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("actorgraph-extraction-bench: \(message)\n".utf8))
    exit(2)
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

/// User plus system CPU time of this process, in seconds.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) * 1e-6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) * 1e-6
}

let arguments = CommandLine.arguments
guard arguments.count >= 4, let megabytes = Double(arguments[1]), megabytes > 0,
      let repeats = Int(arguments[2]), repeats > 0 else {
    fail("usage: actorgraph-extraction-bench MEGABYTES REPEATS FILE...")
}
var sources: [String] = []
for path in arguments[3...] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
    sources.append(text)
}
var texts: [String] = []
var bytes = 0
while Double(bytes) < megabytes * 1e6 {
    for text in sources {
        texts.append(text)
        bytes += text.utf8.count
    }
}

let clock = ContinuousClock()
let setupStart = clock.now
let extractor: Extractor
do {
    extractor = try Extractor()
} catch {
    fail("\(error)")
}
let setup = seconds(clock.now - setupStart)

var walls: [Double] = []
var cpus: [Double] = []
var nodes = 0, edges = 0
for _ in 0..<repeats {
    nodes = 0
    edges = 0
    let cpuStart = cpuSeconds()
    let start = clock.now
    for text in texts {
        let graph = extractor.extract(text: text)
        nodes += graph.nodes.count
        edges += graph.edges.count
    }
    walls.append(seconds(clock.now - start))
    cpus.append(cpuSeconds() - cpuStart)
}
print("{\"bytes\": \(bytes), \"texts\": \(texts.count), \"setup\": \(setup), \"wall\": \(walls), \"cpu\": \(cpus), "
      + "\"nodes\": \(nodes), \"edges\": \(edges)}")
