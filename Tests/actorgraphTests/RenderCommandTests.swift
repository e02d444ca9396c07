import Foundation
import Testing

@Suite("actorgraph render")
struct RenderCommandTests {
    @Test("renders the Mali graph to SVG with a node for every entity of the facts file, and to PNG, PDF and DOT")
    func maliFormats() throws {
        let folder = try CLIRunner.temporaryFolder()
        for ext in ["svg", "png", "pdf", "dot"] {
            let out = folder.appendingPathComponent("mali.\(ext)").path
            let result = try CLIRunner.run(["render", "--graph", BuildAndStatsTests.mali, "-o", out, "--clusters", "alliances"])
            #expect(result.status == 0, "\(ext): \(result.stderr)")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
            switch ext {
            case "png": #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            case "pdf": #expect(bytes.starts(with: Array("%PDF-".utf8)))
            case "svg":
                // Graphviz writes "-" in ids as "&#45;".
                let svg = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "&#45;", with: "-")
                let facts = try String(contentsOfFile: BuildAndStatsTests.mali, encoding: .utf8)
                let ids = facts.split(separator: "\n").compactMap { line -> String? in
                    let t = line.trimmingCharacters(in: .whitespaces)
                    guard t.hasPrefix("- id: ") else { return nil }
                    return String(t.dropFirst(6)).trimmingCharacters(in: .whitespaces)
                }
                #expect(ids.count > 30)
                // The facts file names news outlets without any relation (its comment says why);
                // the diagram leaves such nodes out unless --show-isolated.
                let unrelated = try Self.unrelatedNodes(folder: folder)
                #expect(!unrelated.isEmpty, "the Mali facts no longer have a node without relations to test with")
                for id in ids where !unrelated.contains(id) {
                    #expect(svg.contains("id=\"\(id)\""), "no SVG element for \(id)")
                }
                for id in unrelated { #expect(!svg.contains("id=\"\(id)\""), "\(id) has no relation but is drawn") }
                let all = folder.appendingPathComponent("mali-all.svg").path
                let shown = try CLIRunner.run(["render", "--graph", BuildAndStatsTests.mali, "-o", all, "--show-isolated"])
                #expect(shown.status == 0, "\(shown.stderr)")
                let allSVG = try String(contentsOfFile: all, encoding: .utf8).replacingOccurrences(of: "&#45;", with: "-")
                for id in ids { #expect(allSVG.contains("id=\"\(id)\""), "--show-isolated: no SVG element for \(id)") }
            default: #expect(String(decoding: bytes, as: UTF8.self).contains("digraph"))
            }
        }
    }

    /// The ids of the Mali graph's nodes that take part in no relation (from its actorgraph/1 export).
    static func unrelatedNodes(folder: URL) throws -> Set<String> {
        let path = folder.appendingPathComponent("mali-export.json").path
        let export = try CLIRunner.run(["export", "--graph", BuildAndStatsTests.mali, "--format", "json", "-o", path])
        #expect(export.status == 0, "\(export.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        let nodes = try #require(json["nodes"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        let edges = try #require(json["edges"] as? [[String: Any]])
        let linked = Set(edges.flatMap { [$0["source"] as? String, $0["target"] as? String].compactMap { $0 } })
        return Set(nodes).subtracting(linked)
    }

    @Test("an unknown layout, extension or focus is a clear error and writes nothing")
    func errors() throws {
        let folder = try CLIRunner.temporaryFolder()
        let out = folder.appendingPathComponent("x.svg").path
        let layout = try CLIRunner.run(["render", "--graph", BuildAndStatsTests.mali, "-o", out, "--layout", "spring"])
        #expect(layout.status == 64)
        #expect(layout.stderr.contains("unknown layout 'spring'"))
        let ext = try CLIRunner.run(["render", "--graph", BuildAndStatsTests.mali, "-o", folder.appendingPathComponent("x.gif").path])
        #expect(ext.status == 1)
        let focus = try CLIRunner.run(["render", "--graph", BuildAndStatsTests.mali, "-o", out, "--focus", "Atlantis"])
        #expect(focus.status == 1)
        #expect(focus.stderr.contains("Atlantis"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
