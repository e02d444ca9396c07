import ActorGraph
import Foundation

/// Writes a folder of CSV tables: `nodes.csv`, `edges.csv` and
/// `documents.csv` (layout in `CSVTables`), for spreadsheets, pandas, R,
/// DuckDB and any tool that reads RFC 4180 CSV with quoted line breaks.
public enum CSVWriter {
    static let formatName = "csv"

    /// Builds the folder at `url` and renames it into place when complete.
    public static func write(_ graph: Graph, to url: URL) throws(ExportError) {
        try ExportChecks.finiteWeights(graph, format: formatName)
        try FolderExport.write(to: url, format: formatName) { folder throws(ExportError) in
            try folder.file("nodes.csv") { CSVTables.nodes(graph, into: $0) }
            try folder.file("edges.csv") { CSVTables.edges(graph, into: $0) }
            try folder.file("documents.csv") { CSVTables.documents(graph, into: $0) }
        }
    }
}

extension GraphExportFormat {
    /// A folder with nodes.csv, edges.csv and documents.csv.
    public static let csv = GraphExportFormat(
        name: CSVWriter.formatName,
        summary: "folder of RFC 4180 tables: nodes.csv, edges.csv, documents.csv (lists and evidence as JSON text)",
        producesFolder: true, fileExtension: nil,
        write: { graph, url throws(ExportError) in try CSVWriter.write(graph, to: url) })
}
