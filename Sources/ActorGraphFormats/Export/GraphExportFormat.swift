import ActorGraph
import Foundation

/// An export format as a value: its name, what it is for, whether it writes a
/// folder, and the function that writes it.
///
/// The command line lists and dispatches from ``all``:
/// ```swift
/// let format = try GraphExportFormat.named(options.format)
/// try format.write(graph, URL(fileURLWithPath: options.output))
/// ```
/// Adding a format is one file (a writer and its `static let`) and one line in ``all``.
public struct GraphExportFormat: Sendable {
    /// The name given to `export --format` (`graphml`, `neo4j-admin`).
    public let name: String
    /// One line for `--help` and listings.
    public let summary: String
    /// Whether the output path is a folder of files rather than one file.
    public let producesFolder: Bool
    /// The usual file extension (without dot) of a single-file format, nil for folders.
    public let fileExtension: String?
    /// Writes a graph to a path: a file written atomically, or a folder
    /// built beside the target and renamed into place when complete.
    public let write: @Sendable (Graph, URL) throws(ExportError) -> Void

    /// Creates a format description.
    public init(
        name: String, summary: String, producesFolder: Bool, fileExtension: String?,
        write: @escaping @Sendable (Graph, URL) throws(ExportError) -> Void
    ) {
        self.name = name
        self.summary = summary
        self.producesFolder = producesFolder
        self.fileExtension = fileExtension
        self.write = write
    }

    /// Writes `graph` to `url` with the given durability (``Durability``):
    /// `.atomic` is what ``write`` does; `.synced` also waits until every file
    /// and the folder entry are on disk before the export counts as done.
    public func write(_ graph: Graph, to url: URL, durability: Durability) throws(ExportError) {
        do {
            try Durability.$current.withValue(durability) { try write(graph, url) }
        } catch let error as ExportError {
            throw error
        } catch {
            throw .io(path: url.path, operation: "write", reason: "\(error)")
        }
    }

    /// Every export format, in the order listings show them.
    public static let all: [GraphExportFormat] = [
        .json, .graphml, .gexf, .nodeLink, .nodeLinkD3, .csv, .dot,
        .cypher, .cypherNeo4j, .cypherMemgraph, .cypherFalkorDB,
        .neo4jAdmin, .kuzu, .rdf, .graphFrames,
    ]

    /// The format with this name.
    /// - Throws: `ExportError.unknownFormat`, listing the names there are.
    public static func named(_ name: String) throws(ExportError) -> GraphExportFormat {
        guard let format = all.first(where: { $0.name == name }) else {
            throw .unknownFormat(name, known: all.map(\.name))
        }
        return format
    }
}
