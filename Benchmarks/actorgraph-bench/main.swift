// actorgraph-bench: times one analysis of ActorGraph on an edge-list file, for
// Benchmarks/run_analysis_bench.py, which runs the same measure in NetworkX,
// igraph, NetworKit and rustworkx on the same file.
//
//     actorgraph-bench EDGES MEASURE REPEATS [--samples K] [--katz-alpha A] [--budget S] [--pairs P] [--min-run R]
//
// EDGES: first line "n m", then one "u v" line per undirected edge (0-based).
// MEASURE: a CentralityMeasure raw value, or louvain, components, core,
// shortest-path (the paths between P node pairs drawn with seed 42, as
// `actorgraph path` finds them).
// Runs the measure REPEATS times, fewer when the runs so far took more than
// S seconds (default: no limit); at least once. A run repeats the measure until
// it has taken R seconds (default 0: once) and counts the time per repetition.
// Prints one JSON line: {"load": s, "times": [s…], "maxrss_kb": k, "checksum": x}.
import ActorGraph
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("actorgraph-bench: \(message)\n".utf8))
    exit(2)
}

/// Reads "n m" then "u v" lines without going through String, which would dominate the load time.
func readEdgeList(_ path: String) -> (n: Int, links: [GraphIndex.Link]) {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    var numbers = [Int]()
    numbers.reserveCapacity(2 * 1_000_000 + 2)
    var current = 0
    var inNumber = false
    for byte in data {
        if byte >= 48 && byte <= 57 {
            current = current * 10 + Int(byte - 48)
            inNumber = true
        } else if inNumber {
            numbers.append(current)
            current = 0
            inNumber = false
        }
    }
    if inNumber { numbers.append(current) }
    guard numbers.count >= 2, numbers.count == 2 + 2 * numbers[1] else { fail("\(path): expected 'n m' and m 'u v' lines") }
    let links = (0 ..< numbers[1]).map { GraphIndex.Link(source: numbers[2 + 2 * $0], target: numbers[3 + 2 * $0]) }
    return (numbers[0], links)
}

/// VmHWM from /proc (unlike ru_maxrss, not inherited from the parent process); ru_maxrss elsewhere.
func peakMemoryKB() -> Int {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
       let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
       let kb = Int(line.split(separator: " ").dropFirst().first ?? "") {
        return kb
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
}

let arguments = CommandLine.arguments
guard arguments.count >= 4, let repeats = Int(arguments[3]) else {
    fail("usage: actorgraph-bench EDGES MEASURE REPEATS [--samples K] [--katz-alpha A] [--budget S] [--pairs P] [--min-run R]")
}
var options = CentralityOptions()
var budget = Double.infinity
var pairCount = 100
var minRun = 0.0
var rest = arguments.dropFirst(4).makeIterator()
while let flag = rest.next() {
    guard let value = rest.next() else { fail("\(flag) needs a value") }
    switch flag {
    case "--samples": options.samples = Int(value)
    case "--katz-alpha": options.katzAlpha = Double(value) ?? options.katzAlpha
    case "--budget": budget = Double(value) ?? budget
    case "--pairs": pairCount = Int(value) ?? pairCount
    case "--min-run": minRun = Double(value) ?? minRun
    default: fail("unknown option \(flag)")
    }
}

let clock = ContinuousClock()
let start = clock.now
let (n, links) = readEdgeList(arguments[1])
let index: GraphIndex
do {
    index = try GraphIndex(nodeCount: n, links: links, directed: false)
} catch {
    fail("\(error)")
}
let load = clock.now - start

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

/// The node pairs of shortest-path: the same SplitMix64 sequence as Benchmarks/run_analysis_bench.py's `pairs`.
func pairs(_ count: Int, nodes n: Int) -> [(Int, Int)] {
    var state: UInt64 = 42
    func next() -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(n))
    }
    return (0 ..< count).map { _ in (next(), next()) }
}
let endpoints = pairs(pairCount, nodes: max(n, 1))

/// One run of the measure; returns its checksum.
@MainActor func runMeasure() throws -> Double {
    switch arguments[2] {
    case "louvain": return index.louvain().modularity
    // Labels are numbered 0, 1… so the largest plus one is the number of components.
    case "components": return Double((index.componentLabels().max() ?? -1) + 1)
    case "core": return Double(index.coreNumbers().max() ?? 0)
    case "shortest-path":
        var total = 0.0
        for (s, t) in endpoints { total += Double(index.shortestPath(from: s, to: t)?.count ?? 0) }
        return total
    default:
        guard let measure = CentralityMeasure(rawValue: arguments[2]) else { fail("unknown measure \(arguments[2])") }
        return try index.centrality(measure, options: options).reduce(0, +)
    }
}

var times = [Double]()
var checksum = 0.0
var spent = 0.0
while times.count < max(repeats, 1) && spent <= budget {
    let began = clock.now
    var repetitions = 0
    var elapsed = 0.0
    repeat {
        do {
            checksum = try runMeasure()
        } catch {
            fail("\(error)")
        }
        repetitions += 1
        elapsed = seconds(clock.now - began)
    } while elapsed < minRun
    spent += elapsed
    times.append(elapsed / Double(repetitions))
}
print("{\"load\": \(seconds(load)), \"times\": \(times), \"maxrss_kb\": \(peakMemoryKB()), \"checksum\": \(checksum)}")
