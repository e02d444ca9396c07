import ActorGraph
import Foundation
import Testing
@testable import ActorGraphRender

@Suite("HTMLReport")
struct HTMLReportTests {
    static let sectionIDs = ["summary", "diagram", "rankings", "blocs", "relations", "documents"]

    /// The HTML between `<section id="ID"` and the next `</section>`.
    static func section(_ id: String, of html: String) throws -> Substring {
        let start = try #require(html.range(of: "<section id=\"\(id)\""), "no section \(id)")
        let end = try #require(html[start.upperBound...].range(of: "</section>"), "section \(id) is not closed")
        return html[start.lowerBound ..< end.upperBound]
    }

    @Test("the page has every section in order, the inline SVG, and the summary counts of the graph")
    func sections() throws {
        let graph = try ReportFixture.graph()
        let html = try HTMLReport(graph: graph).html
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        var last = html.startIndex
        for id in Self.sectionIDs {
            let range = try #require(html.range(of: "<section id=\"\(id)\""), "section \(id) missing")
            #expect(range.lowerBound > last, "section \(id) is out of order")
            last = range.lowerBound
        }
        let diagram = try Self.section("diagram", of: html)
        #expect(diagram.contains("<svg"))
        #expect(!html.contains("<?xml") && !html.contains("<!DOCTYPE svg"), "the SVG prolog must be stripped for inlining")
        let summary = try Self.section("summary", of: html)
        #expect(summary.contains("<b>\(graph.edgeCount)</b><span>relations</span>"))
        let actors = graph.nodes.values.filter(\.kind.isActor).count
        #expect(summary.contains("<b>\(actors)</b><span>actors</span>"))
    }

    @Test("every relation has a row with each of its excerpts, its document title and sentence index")
    func everyRelationListed() throws {
        let graph = try ReportFixture.graph()
        let relations = try Self.section("relations", of: try HTMLReport(graph: graph).html)
        let rows = relations.components(separatedBy: "<tr class=\"sign-").dropFirst()
        #expect(rows.count == graph.edgeCount)
        for edge in graph.edges.values {
            let source = HTMLText.escape(graph.nodes[edge.source]!.name)
            let target = HTMLText.escape(graph.nodes[edge.target]!.name)
            let row = rows.first { $0.contains(source) && $0.contains(target) && $0.contains(LabelText.relation(edge.type)) }
            let found = try #require(row, "no row for \(edge.key)")
            #expect(found.hasPrefix(SignStyle.of(sign: edge.sign).name), "\(edge.key): wrong sign class")
            for evidence in edge.evidence {
                #expect(found.contains("<q>\(HTMLText.escape(evidence.excerpt!))</q>"), "\(edge.key): excerpt missing")
                #expect(found.contains("\(HTMLText.escape(ReportFixture.hostileTitle)) · sentence \(evidence.sentence)"))
            }
        }
    }

    @Test("hostile names, titles and excerpts never reach the page unescaped")
    func escaping() throws {
        let html = try HTMLReport(graph: try ReportFixture.graph()).html
        #expect(!html.contains(ReportFixture.hostileName))
        #expect(!html.contains(ReportFixture.hostileTitle))
        #expect(!html.lowercased().contains("<script"), "a <script tag reached the page")
        #expect(!html.contains("<b>\"Allies\"</b>"))
        #expect(!html.contains("<Sunrise>") && !html.contains("<PM>") && !html.contains("<A>"))
        #expect(html.contains(HTMLText.escape(ReportFixture.hostileName)))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"))
        // The title goes into <title> and <h1>, escaped.
        #expect(html.contains("<h1>\(HTMLText.escape(ReportFixture.hostileTitle))</h1>"))
    }

    @Test("a page title with markup is escaped too")
    func titleOption() throws {
        let html = try HTMLReport(graph: try ReportFixture.graph(), options: ReportOptions(title: "</title><script>x</script>")).html
        #expect(html.contains("<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>"))
        #expect(!html.contains("<script>x"))
    }

    @Test("the same graph gives the same bytes twice, in memory and on disk")
    func deterministic() throws {
        let graph = try ReportFixture.graph()
        let first = try HTMLReport(graph: graph)
        let second = try HTMLReport(graph: graph)
        #expect(first.html == second.html)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agreport-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.html").path, b = folder.appendingPathComponent("b.html").path
        try first.write(to: a)
        try HTMLReport(graph: graph).write(to: b)
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
    }

    @Test("the page loads nothing: no scripts, links, external images or fonts, and a CSP that forbids them")
    func selfContained() throws {
        let html = try HTMLReport(graph: try ReportFixture.graph()).html
        #expect(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""))
        for forbidden in ["<script", "<link", "<iframe", "@import", "url(", " src=", "@font-face"] {
            #expect(!html.lowercased().contains(forbidden), "the page contains \(forbidden)")
        }
        // The only addresses are the SVG namespaces.
        var rest = html[...]
        while let hit = rest.range(of: "://") {
            #expect(html[..<hit.lowerBound].hasSuffix("http") && rest[hit.upperBound...].hasPrefix("www.w3.org/"), "unexpected address near: \(rest[hit.lowerBound...].prefix(40))")
            rest = rest[hit.upperBound...]
        }
    }

    @Test("the ranking table lists the top actors of each measure, ordered by the sizing measure")
    func rankings() throws {
        let graph = try ReportFixture.graph()
        let options = ReportOptions(measures: [.degree, .betweenness], top: 2)
        let rankings = try Self.section("rankings", of: try HTMLReport(graph: graph, options: options).html)
        var expected = Set<String>()
        for measure in options.measures { expected.formUnion(try rank(measure, of: graph, limit: 2).map(\.id)) }
        let order = try rank(.pagerank, of: graph, limit: nil).map(\.id).filter(expected.contains)
        let rows = rankings.components(separatedBy: "<tr><td class=\"num\">").dropFirst()
        #expect(rows.count == order.count)
        for (row, id) in zip(rows, order) {
            #expect(row.contains(HTMLText.escape(graph.nodes[id]!.name)), "expected \(id) in this row: \(row.prefix(200))")
        }
        #expect(rankings.contains(">degree</th>") && rankings.contains(">betweenness</th>"))
        #expect(!rankings.contains(">eigenvector</th>"))
    }

    @Test("the blocs and every tie that cuts across them are shown with their sentences")
    func blocs() throws {
        let graph = try ReportFixture.graph()
        let alliances = Alliances.compute(graph)
        #expect(!alliances.violations.isEmpty, "the fixture's triangle should frustrate any partition")
        let blocs = try Self.section("blocs", of: try HTMLReport(graph: graph).html)
        for bloc in alliances.blocs {
            #expect(blocs.contains("id=\"bloc-\(bloc.id)\""))
            for member in bloc.members { #expect(blocs.contains(HTMLText.escape(graph.nodes[member]!.name))) }
        }
        let rows = blocs.components(separatedBy: "<tr class=\"sign-").dropFirst()
        #expect(rows.count == alliances.violations.count)
        for violation in alliances.violations {
            for evidence in violation.evidence {
                #expect(blocs.contains("<q>\(HTMLText.escape(evidence.excerpt ?? ""))</q>"))
            }
        }
    }

    @Test("every document is listed with its title, source and date")
    func documents() throws {
        let graph = try ReportFixture.graph()
        let documents = try Self.section("documents", of: try HTMLReport(graph: graph).html)
        for document in graph.documents.values {
            #expect(documents.contains(HTMLText.escape(document.title!)))
            #expect(documents.contains(HTMLText.escape(document.source!)))
            #expect(documents.contains(document.id))
        }
    }

    @Test("an empty graph still gives a page that says so")
    func emptyGraph() throws {
        let html = try HTMLReport(graph: Graph()).html
        for id in Self.sectionIDs { #expect(html.contains("<section id=\"\(id)\"")) }
        #expect(html.contains("The graph has no relations."))
    }

    @Test("invalid options are typed errors")
    func invalidOptions() throws {
        let graph = try ReportFixture.graph()
        #expect(throws: ReportError.self) { try HTMLReport(graph: graph, options: ReportOptions(top: 0)) }
        #expect(throws: ReportError.self) { try HTMLReport(graph: graph, options: ReportOptions(measures: [])) }
    }

    @Test("writing is atomic: a missing folder is an error that leaves nothing; an old file is replaced whole")
    func atomicWrite() throws {
        let report = try HTMLReport(graph: try ReportFixture.graph())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agreport-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("no/such/folder/r.html").path
        #expect(throws: ReportError.self) { try report.write(to: missing) }
        let path = folder.appendingPathComponent("r.html").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        try report.write(to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == report.html)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["r.html"], "a temporary file was left behind")
    }
}
