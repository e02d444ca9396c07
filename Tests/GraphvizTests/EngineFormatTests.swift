import Foundation
import Testing
@testable import Graphviz
import SVGTesting

/// Every standard engine renders every standard format, and each output is
/// what its format claims to be.
@Suite("Every engine × every format")
struct EngineFormatTests {
    static let formats: [OutputFormat] = [.png, .svg, .pdf, .dot, .canon, .json, .plain]

    @Test("renders valid output", arguments: LayoutEngine.standard, formats)
    func rendersValidOutput(engine: LayoutEngine, format: OutputFormat) throws {
        let bytes = try Renderer().render(Fixtures.small, engine: engine, format: format)
        #expect(!bytes.isEmpty, "\(engine) produced no \(format) output")
        switch format {
        case .png:
            #expect(bytes.starts(withBytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "PNG magic missing")
        case .pdf:
            #expect(bytes.starts(withBytes: Array("%PDF-".utf8)), "PDF magic missing")
        case .svg:
            let svg = try #require(SVGTree(bytes), "SVG is not well-formed XML")
            #expect(svg.root.name == "svg")
            #expect(Set(svg.groups(withClass: "node").compactMap(\.title)) == ["a", "b", "c"])
            #expect(svg.groups(withClass: "edge").count == 3)
        case .dot, .canon:
            #expect(bytes.text.hasPrefix("digraph small {"), "unexpected DOT start: \(bytes.text.prefix(40))")
            if Fixtures.hasTool("/usr/bin/dot") {
                // The real parser is the judge of valid DOT.
                let (status, canon) = try Fixtures.run("/usr/bin/dot", ["-Tcanon"], input: bytes)
                #expect(status == 0, "dot -Tcanon rejected our \(format) output")
                #expect(canon.contains("Alpha") && canon.contains("cluster_left"))
            }
        case .json:
            let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
            #expect((object?["objects"] as? [Any])?.isEmpty == false, "JSON has no objects")
        case .plain:
            #expect(bytes.text.hasPrefix("graph "), "plain output starts with \(bytes.text.prefix(20))")
            #expect(bytes.text.contains("node a "))
        case .other:
            Issue.record("no check for \(format)")
        }
    }

    @Test("several formats come from one layout")
    func severalFormatsFromOneLayout() throws {
        let rendering = try Renderer().render(Fixtures.small, engine: .dot, formats: [.svg, .png, .dot, .canon])
        #expect(Set(rendering.outputs.keys) == [.svg, .png, .dot, .canon])
        // The laid-out DOT carries positions; canon, rendered first, does not.
        #expect(rendering[.dot]?.text.contains("pos=") == true)
        #expect(rendering[.canon]?.text.contains("pos=") == false)
        // One layout: the positions in the SVG and the DOT agree with a separate layout.
        let separate = try Renderer().render(Fixtures.small, engine: .dot, format: .svg)
        let same = rendering[.svg] == separate
        #expect(same, "the SVG of a multi-format render differs from a single render")
    }

    @Test("the installation lists the standard engines and formats")
    func installationListsPlugins() throws {
        let engines = try Renderer().availableEngines()
        for engine in LayoutEngine.standard { #expect(engines.contains(engine.name)) }
        let formats = try Renderer().availableFormats()
        for format in OutputFormat.standard { #expect(formats.contains(format.name), "missing \(format)") }
    }
}
