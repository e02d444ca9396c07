import ActorGraph
import ActorGraphExtraction
import ActorGraphFormats
import Foundation

/// Chooses the reader for each input by its extension (and, for `.json`, its
/// declared format), expanding folders into their files in name order.
enum InputReader {
    /// One input read into a graph fragment.
    struct Fragment {
        var path: String
        var graph: Graph
    }

    /// Extensions `build` and `--graph` accept inside folders.
    static let extensions: Set<String> = ["json", "yaml", "yml", "graphml", "txt", "md", "html", "htm", "tsv", "csv"]

    /// Reads every input (folders expanded) into one fragment per file.
    static func readAll(_ paths: [String]) throws -> [Fragment] {
        try expand(paths).map { path in Fragment(path: path, graph: try read(path)) }
    }

    /// The files named by `paths`, folders replaced by their readable files (recursively, sorted).
    static func expand(_ paths: [String]) throws(InputError) -> [String] {
        var out: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw InputError(file: path, message: "no such file or folder")
            }
            guard isFolder.boolValue else { out.append(path); continue }
            guard let walker = FileManager.default.enumerator(atPath: path) else {
                throw InputError(file: path, message: "cannot list the folder")
            }
            var files: [String] = []
            for case let name as String in walker {
                let ext = (name as NSString).pathExtension.lowercased()
                guard extensions.contains(ext), !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
                files.append((path as NSString).appendingPathComponent(name))
            }
            if files.isEmpty { throw InputError(file: path, message: "the folder has no readable inputs (\(extensions.sorted().joined(separator: ", ")))") }
            out += files.sorted()
        }
        return out
    }

    /// ISO alpha-3 → country name, for event data, from the extractor's gazetteer.
    static let countryNames: [String: String] = (try? Lexicon.builtIn())?.countryNamesByISO3 ?? [:]

    /// Reads one file with the reader its extension calls for.
    static func read(_ path: String) throws -> Graph {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "yaml", "yml":
            return try FactsReader.read(path: path)
        case "json":
            let bytes = try TextInput.bytes(ofFile: path)
            if ActorGraphJSONReader.recognizes(bytes) { return try ActorGraphJSONReader.read(bytes: bytes, file: path) }
            return try FactsReader.read(bytes: bytes, file: path)
        case "graphml":
            return try GraphMLReader.read(path: path)
        case "txt", "md", "html", "htm":
            return try ArticleInput.read(path)
        case "tsv", "csv":
            let bytes = try TextInput.bytes(ofFile: path)
            guard GDELTEventReader.recognizes(bytes) else {
                throw InputError(file: path, line: 1, message: "not GDELT 2.0 event rows (61 tab-separated columns)")
            }
            let (graph, skipped) = try GDELTEventReader(countryNames: countryNames).read(bytes: bytes, file: path)
            if skipped > 0 {
                FileHandle.standardError.write(Data("\(path): \(skipped) event row(s) without two actors skipped\n".utf8))
            }
            return graph
        default:
            throw InputError(file: path, message: "unsupported input '.\(ext)'; expected .json, .yaml, .yml, .graphml, .txt, .md, .html or GDELT .tsv/.csv")
        }
    }
}
