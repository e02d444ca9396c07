import ActorGraph
import Foundation
import Testing
@testable import ActorGraphRender

/// Writes the sample diagram where a person can look at it
/// (`$TMPDIR/agr-sample.png`, `.svg`); the visual review is by eye, the test
/// only checks the files are complete.
@Suite("Sample output")
struct SampleOutputTests {
    @Test("the sample diagram is written as PNG and SVG")
    func writeSample() throws {
        let graph = try SampleGraph.make()
        let scores = [
            SampleGraph.ids.france: 0.31, SampleGraph.ids.mali: 0.22, SampleGraph.ids.junta: 0.2,
            SampleGraph.ids.wagner: 0.12, SampleGraph.ids.eu: 0.08, SampleGraph.ids.macron: 0.06,
        ]
        let options = RenderOptions(sizeBy: scores, clusters: SampleGraph.blocs, title: "France and Mali, February 2022")
        let folder = FileManager.default.temporaryDirectory
        for name in ["agr-sample.png", "agr-sample.svg", "agr-sample.dot"] {
            let path = folder.appendingPathComponent(name).path
            try renderFile(graph, options: options, to: path)
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(bytes.count > 1_000, "\(name) is suspiciously small")
        }
    }
}
