/// An output format Graphviz can render to.
///
/// The common formats are cases; `.other` passes any Graphviz format string
/// (`"png:cairo:gd"`, `"xdot"`). A format the installation lacks makes
/// rendering throw ``GraphvizError/unknownFormat(_:available:)``.
///
/// Determinism: PNG, SVG and the text formats are byte-identical for the same
/// layout; PDF is not, because cairo writes the creation date into it.
public enum OutputFormat: Hashable, Sendable, CustomStringConvertible {
    /// PNG through cairo and pango (anti-aliased; needs fonts, see `fonts-dejavu-core`).
    case png
    /// SVG; text stays text, measured with the installed fonts.
    case svg
    /// PDF through cairo; embeds its creation date.
    case pdf
    /// DOT with the layout's positions (`pos`, `bb`) attached.
    case dot
    /// Canonical DOT without layout attributes; for exports and tests.
    case canon
    /// JSON with layout coordinates.
    case json
    /// Graphviz's simple line-based text format with coordinates.
    case plain
    /// Any other format, as Graphviz spells it (`format[:renderer[:library]]`).
    case other(String)

    /// The formats that are cases of this enum.
    public static let standard: [OutputFormat] = [.png, .svg, .pdf, .dot, .canon, .json, .plain]

    /// The format with this Graphviz name; unknown names become `.other(name)`.
    public init(name: String) {
        self = OutputFormat.standard.first { $0.name == name } ?? .other(name)
    }

    /// The format for a file extension (`png`, `svg`, `pdf`, `dot`, `gv`, `json`), case-insensitively.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "png": self = .png
        case "svg": self = .svg
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        case "json": self = .json
        case "txt", "plain": self = .plain
        default: return nil
        }
    }

    /// The format string passed to Graphviz.
    public var name: String {
        switch self {
        case .png: return "png"
        case .svg: return "svg"
        case .pdf: return "pdf"
        case .dot: return "dot"
        case .canon: return "canon"
        case .json: return "json"
        case .plain: return "plain"
        case .other(let name): return name
        }
    }

    /// The Graphviz format string.
    public var description: String { name }
}
