import Foundation
import Testing

@Suite("actorgraph report")
struct ReportCommandTests {
    /// The section headings every report has.
    static let headings = ["Summary", "Diagram", "Top actors", "Blocs and the ties that cut across them",
                           "Relations and the sentences they rest on", "Documents"]

    /// `stats --format json` of the Mali graph: the counts the report must agree with.
    static func maliStats() throws -> [String: Any] {
        let result = try CLIRunner.run(["stats", "--graph", BuildAndStatsTests.mali, "--format", "json"])
        try #require(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("reports on the Mali graph: every heading, one row per relation, every actor named, the document's title")
    func mali() throws {
        let folder = try CLIRunner.temporaryFolder()
        let out = folder.appendingPathComponent("report.html").path
        let result = try CLIRunner.run(["report", "--graph", BuildAndStatsTests.mali, "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        for heading in Self.headings { #expect(html.contains("<h2>\(heading)</h2>"), "no heading \(heading)") }
        #expect(html.contains("<svg"))

        let stats = try Self.maliStats()
        let edges = try #require(stats["edges"] as? Int)
        let relations = try #require(html.range(of: "<section id=\"relations\"")).lowerBound
        let relationRows = html[relations...].prefix { _ in true }
            .components(separatedBy: "</section>")[0].components(separatedBy: "<tr class=\"sign-").count - 1
        #expect(relationRows == edges, "expected one row per relation")

        // Every actor of the facts file appears by name (escaped the way HTML needs).
        let facts = try String(contentsOfFile: BuildAndStatsTests.mali, encoding: .utf8)
        let lines = facts.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for (index, line) in lines.enumerated() where line.hasPrefix("kind: country") || line.hasPrefix("kind: person") || line.hasPrefix("kind: organization") {
            guard index + 1 < lines.count, lines[index + 1].hasPrefix("name: ") else { continue }
            let name = lines[index + 1].dropFirst(6).trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
            let escaped = name.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#39;")
            #expect(html.contains(escaped), "actor \(name) is missing")
        }
        let title = try #require(lines.first { $0.hasPrefix("title: ") }).dropFirst(7)
        #expect(html.contains("<h1>\(title)</h1>"))
    }

    /// The page with its `<svg>…</svg>` element replaced by a marker.
    static func withoutDiagram(_ html: String) -> String {
        guard let start = html.range(of: "<svg"), let end = html.range(of: "</svg>", range: start.upperBound ..< html.endIndex)
        else { return html }
        return html.replacingCharacters(in: start.lowerBound ..< end.upperBound, with: "<svg/>")
    }

    @Test("the same graph gives the same page twice; the diagram too, once the Graphviz binding orders clusters stably")
    func deterministic() throws {
        let folder = try CLIRunner.temporaryFolder()
        var pages: [String] = []
        for name in ["a.html", "b.html", "c.html"] {
            let out = folder.appendingPathComponent(name).path
            let result = try CLIRunner.run(["report", "--graph", BuildAndStatsTests.mali, "-o", out, "--title", "Mali & France"])
            #expect(result.status == 0, "\(result.stderr)")
            pages.append(String(decoding: try Data(contentsOf: URL(fileURLWithPath: out)), as: UTF8.self))
        }
        #expect(pages[0].contains("<h1>Mali &amp; France</h1>"))
        // Everything the report builder writes is byte-stable.
        #expect(Set(pages.map(Self.withoutDiagram)).count == 1)
        // The diagram is not yet: Graphviz 2.42 keeps subgraphs ordered by the address of
        // their interned names, so in a process that allocates differently from run to run the
        // alliance clusters are laid out in a different order and edges are routed differently
        // (`actorgraph render --clusters alliances` shows the same). The fix belongs in the
        // binding (a sequential id discipline for agopen); this check then passes every time.
        withKnownIssue("in-process Graphviz lays out clusters in address order", isIntermittent: true) {
            #expect(Set(pages).count == 1, "the diagram differs between runs")
        }
    }

    @Test("a non-HTML output name, an unknown layout or a missing folder is a clear error that writes nothing")
    func errors() throws {
        let folder = try CLIRunner.temporaryFolder()
        let png = try CLIRunner.run(["report", "--graph", BuildAndStatsTests.mali, "-o", folder.appendingPathComponent("r.png").path])
        #expect(png.status == 64)
        #expect(png.stderr.contains("OUT.html"))
        let layout = try CLIRunner.run(["report", "--graph", BuildAndStatsTests.mali, "-o", folder.appendingPathComponent("r.html").path, "--layout", "spring"])
        #expect(layout.status == 64)
        let missing = folder.appendingPathComponent("no/such/r.html").path
        let write = try CLIRunner.run(["report", "--graph", BuildAndStatsTests.mali, "-o", missing])
        #expect(write.status == 2)
        #expect(write.stderr.hasPrefix("error: \(missing): cannot write"), "\(write.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
