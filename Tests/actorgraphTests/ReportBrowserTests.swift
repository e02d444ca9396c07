import Foundation
import Testing

/// The Mali report opened in headless Chromium, as a reader on a laptop would see it.
@Suite("actorgraph report in a browser")
struct ReportBrowserTests {
    @Test("the Mali report renders in headless Chromium at 1366×900: a non-blank screenshot, every heading in the DOM, no console errors",
          .enabled(if: Chromium.isInstalled, "chromium is not installed (apt-get install chromium); the browser test is skipped"))
    func screenshot() throws {
        let folder = try CLIRunner.temporaryFolder()
        let report = folder.appendingPathComponent("report.html")
        let result = try CLIRunner.run(["report", "--graph", BuildAndStatsTests.mali, "-o", report.path])
        try #require(result.status == 0, "\(result.stderr)")

        // A screenshot of the report, and one of an empty page of the same size as the yardstick for "blank".
        let shot = folder.appendingPathComponent("report.png")
        let blankPage = folder.appendingPathComponent("blank.html")
        try Data("<!DOCTYPE html><html><body style=\"background:#f5f5f2\"></body></html>".utf8).write(to: blankPage)
        let blankShot = folder.appendingPathComponent("blank.png")
        for (page, png) in [(report, shot), (blankPage, blankShot)] {
            let run = try Chromium.run(["--screenshot=\(png.path)", "--window-size=1366,900"], page: page)
            #expect(run.status == 0, "chromium failed on \(page.lastPathComponent): \(run.stderr.suffix(2000))")
        }
        let png = try Data(contentsOf: shot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "the screenshot is not a PNG")
        // PNG width and height, big-endian, at bytes 16–23 of the IHDR chunk.
        let width = png[16 ..< 20].reduce(0) { $0 << 8 | Int($1) }, height = png[20 ..< 24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1366 && height == 900, "screenshot is \(width)×\(height)")
        // An empty page compresses to a few kilobytes; text, tables and a diagram do not.
        let blank = try Data(contentsOf: blankShot)
        #expect(png.count > 5 * blank.count, "the screenshot (\(png.count) bytes) looks blank (an empty page is \(blank.count) bytes)")
        #expect(png.count > 40_000, "the screenshot is only \(png.count) bytes")

        // The DOM after rendering, with the console routed to stderr.
        let dom = try Chromium.run(["--dump-dom", "--enable-logging=stderr", "--v=0"], page: report)
        #expect(dom.status == 0, "\(dom.stderr.suffix(2000))")
        for heading in ReportCommandTests.headings {
            #expect(dom.stdout.contains("<h2>\(heading)</h2>"), "the rendered DOM has no heading \(heading)")
        }
        #expect(dom.stdout.contains("<svg"), "the rendered DOM has no diagram")
        let console = dom.stderr.split(separator: "\n").filter {
            $0.contains(":CONSOLE") || $0.contains("Uncaught") || $0.contains("Content Security Policy")
        }
        #expect(console.isEmpty, "console messages:\n\(console.joined(separator: "\n"))")
    }
}
