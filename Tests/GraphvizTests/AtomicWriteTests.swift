import Foundation
import Testing
@testable import Graphviz
import SVGTesting

/// Rendering to a file writes it whole or not at all.
@Suite("Rendering to files")
struct AtomicWriteTests {
    @Test("the format follows the extension and no temporary file is left")
    func writesByExtension() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["out.svg", "out.png", "out.pdf", "out.dot"] {
            try Renderer().render(Fixtures.small, to: folder.appendingPathComponent(name))
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["out.dot", "out.pdf", "out.png", "out.svg"])
        let png = try [UInt8](Data(contentsOf: folder.appendingPathComponent("out.png")))
        #expect(png.starts(withBytes: [0x89, 0x50, 0x4E, 0x47]))
        let svg = try [UInt8](Data(contentsOf: folder.appendingPathComponent("out.svg")))
        #expect(SVGTree(svg) != nil)
    }

    @Test("an existing file is replaced whole")
    func replaces() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("graph.svg")
        try Data(repeating: 0x41, count: 1_000_000).write(to: url)
        try Renderer().render(Fixtures.small, to: url)
        let svg = try [UInt8](Data(contentsOf: url))
        #expect(SVGTree(svg) != nil, "the old content was not fully replaced")
    }

    @Test("a failed render leaves no file")
    func failureLeavesNothing() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: GraphvizError.self) {
            try Renderer().render(Fixtures.small, engine: .other("bogus"), to: folder.appendingPathComponent("x.svg"))
        }
        #expect(throws: GraphvizError.self) {
            try Renderer().render(Fixtures.small, to: folder.appendingPathComponent("x.unknown"))
        }
        #expect(throws: GraphvizError.self) {
            try Renderer().render(Fixtures.small, to: folder.appendingPathComponent("missing/x.svg"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
