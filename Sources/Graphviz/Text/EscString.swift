/// Graphviz's escString rules, which apply to label attributes even through
/// the C API (they are interpreted at render time, not when parsing DOT).
enum EscString {
    /// The attributes whose values Graphviz interprets as escStrings: labels
    /// (line breaks `\n`, `\l`, `\r`), tooltips, links and SVG ids (substitutions
    /// `\N`, `\G`, …), all of which turn `\\` into one backslash and drop or
    /// substitute a single one (checked with `dot -Tsvg` on 2.43: `tooltip="x\ty"`
    /// shows "xty").
    static let attributes: Set<String> = [
        "label", "xlabel", "headlabel", "taillabel",
        "tooltip", "headtooltip", "tailtooltip", "labeltooltip", "edgetooltip",
        "id", "URL", "href", "headURL", "headhref", "tailURL", "tailhref", "labelURL", "labelhref",
        "edgeURL", "edgehref", "target", "headtarget", "tailtarget", "labeltarget", "edgetarget",
    ]

    /// Literal text as an escString that displays it unchanged: each backslash
    /// doubled (so `C:\temp\new` is not a tab-less "C:temp" / "ew"), each line
    /// break (LF, CR LF or CR) a centred `\n` break.
    static func literal(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\":
                out += "\\\\"
            case "\r":
                out += "\\n"
            case "\n":
                if !previousWasCR { out += "\\n" }
            default:
                out.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return out
    }
}
