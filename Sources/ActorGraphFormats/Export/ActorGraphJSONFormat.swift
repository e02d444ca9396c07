import ActorGraph
import Foundation

extension GraphExportFormat {
    /// The `actorgraph/1` interchange JSON, written by `ActorGraphJSONWriter`.
    public static let json = GraphExportFormat(
        name: "json",
        summary: "actorgraph/1 JSON, the interchange format every command reads",
        producesFolder: false, fileExtension: "json",
        write: { graph, url throws(ExportError) in
            // JSONEncoder cannot write NaN or infinity: refuse before writing, as every format does.
            try ExportChecks.finiteWeights(graph, format: "json")
            do throws(OutputError) {
                try ActorGraphJSONWriter.write(graph, to: url)
            } catch {
                throw .io(path: error.path, operation: "write", reason: error.message)
            }
        })
}
