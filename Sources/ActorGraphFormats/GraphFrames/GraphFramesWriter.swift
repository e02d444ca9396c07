import ActorGraph
import Foundation

/// Writes the vertex and edge tables of Spark GraphFrames: a folder with
/// `vertices.csv` (`id`, `kind`, `name`, …) and `edges.csv` (`src`, `dst`,
/// `relationship`, `sign`, `weight`, `evidence`), the column names
/// `GraphFrame(v, e)` requires.
///
/// CSV only: Parquet would need a Parquet writer, and no maintained Swift
/// library for it is among the package's dependencies. Spark reads these
/// files with `multiLine=true, escape='"'` (its default escape is `\`);
/// docs/exports.md shows the lines, and how to convert to Parquet in Spark.
public enum GraphFramesWriter {
    static let formatName = "graphframes"

    /// Builds the folder at `url` and renames it into place when complete.
    public static func write(_ graph: Graph, to url: URL) throws(ExportError) {
        try ExportChecks.finiteWeights(graph, format: formatName)
        let columns = CSVTables.Columns(source: "src", target: "dst", type: "relationship")
        try FolderExport.write(to: url, format: formatName) { folder throws(ExportError) in
            try folder.file("vertices.csv") { CSVTables.nodes(graph, into: $0) }
            try folder.file("edges.csv") { CSVTables.edges(graph, columns: columns, into: $0) }
            try folder.file("documents.csv") { CSVTables.documents(graph, into: $0) }
        }
    }
}

extension GraphExportFormat {
    /// Spark GraphFrames vertex and edge tables (`id`, `src`, `dst`), CSV.
    public static let graphFrames = GraphExportFormat(
        name: GraphFramesWriter.formatName,
        summary: "Spark GraphFrames tables: vertices.csv (id, …) and edges.csv (src, dst, …); CSV, no Parquet",
        producesFolder: true, fileExtension: nil,
        write: { graph, url throws(ExportError) in try GraphFramesWriter.write(graph, to: url) })
}
