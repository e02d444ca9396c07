// actorgraph-export-bench: times ActorGraph's export writers on one graph, for
// Benchmarks/export_bench.py, which times NetworkX's writers on the same graph.
//
//     actorgraph-export-bench GRAPH.json OUTDIR REPEATS FORMAT...
//
// GRAPH.json: actorgraph/1 (read once, not timed). FORMAT: a name of
// GraphExportFormat.all. Each repeat writes OUTDIR/<format>.out (a file or a
// folder) the way `actorgraph export` does (atomically), then OUTDIR/<format>+sync.out
// the way `actorgraph export --sync` does (also synced to disk), each from an idle
// disk: the previous output deleted and `sync()` called first, untimed.
// Prints one JSON line: {"load": s, "nodes": n, "edges": m, "times": {"graphml": [s…], …}, "cpu": {…}, "bytes": {…},
// "peak_kb": {…}, "base_kb": {…}, "maxrss_kb": k}: per format, the resident memory before its writes (graph
// loaded) and the peak during them (the high-water mark reset through /proc/self/clear_refs first).
import ActorGraph
import ActorGraphFormats
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("actorgraph-export-bench: \(message)\n".utf8))
    exit(2)
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

/// The bytes under a path: a file's size, or the sum over a folder's files.
func size(of path: String) -> Int {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return 0 }
    guard isFolder.boolValue else { return (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.reduce(0) { $0 + size(of: path + "/" + $1) }
}

/// A field of /proc/self/status in KiB (`VmHWM`, `VmRSS`), or nil off Linux.
func statusKB(_ field: String) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }) else { return nil }
    return Int(line.split(separator: " ").dropFirst().first ?? "")
}

/// VmHWM from /proc; ru_maxrss elsewhere.
func peakMemoryKB() -> Int {
    if let kb = statusKB("VmHWM") { return kb }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
}

/// Resets the peak (VmHWM) to the current resident size (Linux ≥ 4.0); returns that size in KiB.
func resetPeakMemory() -> Int {
    if let file = fopen("/proc/self/clear_refs", "w") {
        fputs("5", file)
        fclose(file)
    }
    return statusKB("VmRSS") ?? peakMemoryKB()
}

let arguments = CommandLine.arguments
guard arguments.count >= 5, let repeats = Int(arguments[3]), repeats > 0 else {
    fail("usage: actorgraph-export-bench GRAPH.json OUTDIR REPEATS FORMAT...")
}
let formats: [GraphExportFormat]
do {
    formats = try arguments[4...].map { name throws(ExportError) in try GraphExportFormat.named(name) }
} catch {
    fail("\(error)")
}

let clock = ContinuousClock()
let start = clock.now
let graph: Graph
do {
    graph = try ActorGraphJSONReader.read(path: arguments[1])
} catch {
    fail("\(error)")
}
let load = seconds(clock.now - start)

/// CPU seconds this process has used (user and system).
func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

var times: [String: [Double]] = [:]
var cpu: [String: [Double]] = [:]
var bytes: [String: Int] = [:]
var peaks: [String: Int] = [:]
var bases: [String: Int] = [:]
/// Removes a file or a folder, if there.
func remove(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
}

for format in formats {
    for durability in [Durability.atomic, .synced] {
        let name = format.name + (durability == .synced ? "+sync" : "")
        let out = arguments[2] + "/" + name + ".out"
        bases[name] = resetPeakMemory()
        for _ in 0 ..< repeats {
            // Every run starts from an idle disk, as one `actorgraph export` does: the previous run's output is
            // deleted and everything written so far flushed, untimed (the peers' runs start the same way).
            remove(out)
            sync()
            let began = clock.now
            let cpuBegan = cpuSeconds()
            do {
                try format.write(graph, to: URL(fileURLWithPath: out), durability: durability)
            } catch {
                fail("\(name): \(error)")
            }
            times[name, default: []].append(seconds(clock.now - began))
            cpu[name, default: []].append(cpuSeconds() - cpuBegan)
        }
        peaks[name] = peakMemoryKB()
        bytes[name] = size(of: out)
    }
}

struct Report: Encodable {
    let load: Double
    let nodes: Int
    let edges: Int
    let times: [String: [Double]]
    let cpu: [String: [Double]]
    let bytes: [String: Int]
    let peak_kb: [String: Int]
    let base_kb: [String: Int]
    let maxrss_kb: Int
}
let report = Report(load: load, nodes: graph.nodeCount, edges: graph.edgeCount, times: times, cpu: cpu, bytes: bytes, peak_kb: peaks, base_kb: bases,
                    maxrss_kb: peakMemoryKB())
let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys]
print(String(decoding: (try? encoder.encode(report)) ?? Data(), as: UTF8.self))
