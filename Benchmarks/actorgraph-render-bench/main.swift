// actorgraph-render-bench: times ActorGraph's in-process rendering of one
// graph, for Benchmarks/render_bench.py, which times the Graphviz command on
// the DOT file of the same diagram.
//
//     actorgraph-render-bench GRAPH.json ENGINE FORMAT REPEATS [--canon OUT.dot]
//
// GRAPH.json: actorgraph/1 (read once, not timed). Node sizes by degree are
// computed once, as `actorgraph render` does by default (analysis, not
// drawing). Each repeat builds the diagram (DiagramBuilder: selection, styles,
// the cgraph graph), lays it out and renders it to bytes in memory, as
// `actorgraph render` does before writing the file. The first render of the
// process also loads Graphviz's plugins; it is reported apart.
// --canon writes the diagram as DOT text (Graphviz's `canon`: the graph as
// given to the layout, without the layout), the input for the command.
// Prints one JSON line: {"first": s, "times": [s…], "bytes": n, "engine": "sfdp"}.
import ActorGraph
import ActorGraphFormats
import ActorGraphRender
import Foundation
import Graphviz

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("actorgraph-render-bench: \(message)\n".utf8))
    exit(2)
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

let arguments = CommandLine.arguments
guard arguments.count == 5 || (arguments.count == 7 && arguments[5] == "--canon"),
      let repeats = Int(arguments[4]), repeats >= 1
else {
    fail("usage: actorgraph-render-bench GRAPH.json ENGINE FORMAT REPEATS [--canon OUT.dot]")
}
let engine = LayoutEngine(name: arguments[2])
let format = OutputFormat(name: arguments[3])

let graph: ActorGraph.Graph
let options: RenderOptions
do {
    graph = try ActorGraphJSONReader.read(path: arguments[1])
    options = RenderOptions(layout: engine, format: format, sizeBy: try centrality(.degree, of: graph))
} catch {
    fail("\(error)")
}

if arguments.count == 7 {
    do {
        let plan = try DiagramBuilder.plan(for: graph, options: options)
        let canon = try Renderer().render(plan.graph, engine: plan.engine, format: .canon)
        guard FileManager.default.createFile(atPath: arguments[6], contents: Data(canon)) else { fail("cannot write \(arguments[6])") }
    } catch {
        fail("\(error)")
    }
}

let clock = ContinuousClock()
var times: [Double] = []
var first = 0.0
var bytes = 0
var usedEngine = engine
for run in 0...repeats {
    let started = clock.now
    do {
        let plan = try DiagramBuilder.plan(for: graph, options: options)
        usedEngine = plan.engine
        bytes = try Renderer().render(plan.graph, engine: plan.engine, format: format).count
    } catch {
        fail("\(error)")
    }
    let elapsed = seconds(clock.now - started)
    if run == 0 { first = elapsed } else { times.append(elapsed) }
}
let line: [String: Any] = ["first": first, "times": times, "bytes": bytes, "engine": usedEngine.name]
let json = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
