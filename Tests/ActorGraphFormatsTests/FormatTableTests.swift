import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite("The export format table")
struct FormatTableTests {
    @Test("names are unique and every format says what it is")
    func uniqueNames() {
        let names = GraphExportFormat.all.map(\.name)
        #expect(Set(names).count == names.count, "duplicate names in \(names)")
        for format in GraphExportFormat.all {
            #expect(!format.summary.isEmpty)
            #expect(format.producesFolder == (format.fileExtension == nil), "\(format.name): folder formats have no extension")
        }
    }

    @Test("an unknown name is an error that lists the known ones")
    func unknownName() throws {
        #expect(try GraphExportFormat.named("graphml").name == "graphml")
        do {
            _ = try GraphExportFormat.named("xlsx")
            Issue.record("expected an error")
        } catch let ExportError.unknownFormat(name, known) {
            #expect(name == "xlsx")
            #expect(known == GraphExportFormat.all.map(\.name))
        }
    }

    @Test("every format writes the small graph, as a file or as a folder with a manifest, leaving no temporary files",
          arguments: GraphExportFormat.all.map(\.name))
    func writesEveryFormat(name: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let format = try GraphExportFormat.named(name)
        let target = dir.path("out")
        try format.write(SampleGraphs.small(), target)
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory))
        #expect(isDirectory.boolValue == format.producesFolder)
        if format.producesFolder {
            let manifest = try Data(contentsOf: target.appendingPathComponent("actorgraph-export.json"))
            let object = try JSONSerialization.jsonObject(with: manifest) as? [String: Any]
            #expect(object?["format"] as? String == name)
            let files = object?["files"] as? [String] ?? []
            #expect(!files.isEmpty)
            for file in files {
                #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent(file).path), "\(file) listed but missing")
            }
        } else {
            #expect(try Data(contentsOf: target).count > 0)
        }
        #expect(try dir.entries() == ["out"], "leftovers beside the export")
    }
}
