import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

/// Inputs that broke the fuzz targets' rules (Fuzz/README.md), kept as tests:
/// each reader accepts or refuses them cleanly, and whatever it accepts
/// writes as `actorgraph/1` and reads back as the same graph. Every file in
/// Fixtures/fuzz-regressions is run (`<target>-<what>.<ext>`), so a new
/// crasher is added by copying it there.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/fuzz-regressions").standardized
    static let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

    @Test("every kept input is accepted with a faithful round trip, or refused with a located error", arguments: files)
    func kept(name: String) throws {
        let path = Self.folder.appendingPathComponent(name).path
        let graph: Graph
        do {
            graph = try AnyReader.read(path: path)
        } catch {
            #expect(error.file == path && error.line != nil, "\(error)")
            return
        }
        let bytes = ActorGraphJSONWriter.data(graph)
        #expect(!bytes.isEmpty, "accepted a graph that cannot be written")
        #expect(try ActorGraphJSONReader.read(bytes: bytes, file: "back.json") == graph)
        if name.hasSuffix(".graphml") {
            // The graphml target's rule too: written as GraphML, it reads back the same.
            let written = try GraphMLWriter.encode(graph)
            #expect(try GraphMLReader.read(bytes: written, file: "back.graphml") == graph)
        }
    }

    @Test("the regressions found so far are there")
    func present() {
        #expect(Self.files.count >= 4)
    }

    @Test("weights that add up past the largest number are refused where they overflow",
          arguments: [("actorgraph-weight-overflow.json", 1), ("facts-weight-overflow.yaml", 4)])
    func overflow(name: String, line: Int) {
        let path = Self.folder.appendingPathComponent(name).path
        #expect { _ = try AnyReader.read(path: path) } throws: { error in
            (error as? InputError)?.line == line && "\(error)".contains("add up past the largest number")
        }
    }

    @Test("a graph with an infinite weight is not written as an empty file")
    func writerRefusesInfinity() throws {
        var graph = try Graph(nodes: [Node(kind: .country, name: "A"), Node(kind: .country, name: "B")],
                              edges: [Edge(source: "country:a", target: "country:b", type: .sanctions, weight: .infinity)])
        graph.add(Document(id: "sha256:" + String(repeating: "0", count: 64)))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("inf-\(UUID().uuidString).json")
        #expect(throws: OutputError.self) { try ActorGraphJSONWriter.write(graph, to: url) }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    /// The `graphml` target's first crash: libxml2's push parser (through
    /// FoundationXML) dereferenced NULL on `encoding='utf-7'`. The reader has
    /// decoded the bytes already, so it refuses every declared encoding but
    /// UTF-8 and US-ASCII (and UTF-16 in a file that was UTF-16).
    @Test("a GraphML file declaring an encoding other than UTF-8 is refused at line 1, not handed to libxml2")
    func graphMLDeclaredEncoding() throws {
        let path = Self.folder.appendingPathComponent("graphml-utf7-encoding.graphml").path
        #expect { _ = try GraphMLReader.read(path: path) } throws: { error in
            (error as? InputError)?.line == 1 && "\(error)".contains("encoding 'utf-7'")
        }
        let body = #"<graphml><graph><node id="country:mali"/></graph></graphml>"#
        for encoding in ["ISO-8859-1", "UTF-16", "utf-32", "EBCDIC-US", "x"] {
            for quote in ["\"", "'"] {
                let text = "<?xml version=\"1.0\" encoding = \(quote)\(encoding)\(quote)?>\n" + body
                #expect(throws: InputError.self, "\(encoding)") { try GraphMLReader.read(bytes: Array(text.utf8), file: "e.graphml") }
            }
        }
        let plain = try GraphMLReader.read(bytes: Array(body.utf8), file: "plain.graphml")
        #expect(plain.nodes["country:mali"] != nil)
        for encoding in ["UTF-8", "utf8", "US-ASCII"] {
            let text = "<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n" + body
            #expect(try GraphMLReader.read(bytes: Array(text.utf8), file: "u.graphml") == plain)
        }
        // UTF-16 with a byte-order mark may say so.
        let utf16 = Bytes.utf16("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + body, bigEndian: false)
        #expect(try GraphMLReader.read(bytes: utf16, file: "w.graphml") == plain)
    }
}
