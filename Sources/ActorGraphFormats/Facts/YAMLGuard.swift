import CYaml

/// Checks YAML text before it is composed into a tree, with libyaml's event
/// parser (a state machine: no recursion, no tree).
///
/// Two inputs would otherwise crash or hang the composer: nesting deep enough
/// to exhaust the stack, and aliases that expand exponentially ("billion
/// laughs": nine aliases of nine aliases of …). Yams shares aliased nodes, but
/// it hashes mapping keys (an aliased key costs its whole expansion) and
/// every reader of the tree walks the expansion. The guard counts the values
/// of the document with every alias expanded, and stops at a bound that no
/// alias-free document of that size reaches.
enum YAMLGuard {
    /// The most values (scalars, lists and mappings, aliases expanded) a document of `byteCount` bytes may hold.
    /// Without aliases every value takes at least one byte, so only aliases can pass it.
    static func maximumValues(forBytes byteCount: Int) -> Int { max(1_000_000, byteCount) }

    /// Checks nesting depth and alias expansion.
    /// - Throws: `InputError` at the line where the document becomes too deep or too large.
    ///   Syntax errors are left to the composer, which describes them.
    /// - Complexity: O(n) in the text's length.
    static func check(_ text: String, file: String, maximumDepth: Int = NestingLimit.maximumDepth) throws(InputError) {
        var utf8 = Array(text.utf8)
        let limit = maximumValues(forBytes: utf8.count)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        try utf8.withUnsafeMutableBufferPointer { (buffer) throws(InputError) in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var sizes: [String: Int] = [:]          // expanded size of each anchored value
            var open: [(anchor: String?, total: Int)] = []  // containers being read, with the count when they began
            var total = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    // libyaml's own limit (1000 levels) can trip while it scans ahead of
                    // the events; that is the same mistake, reported the same way.
                    if let problem = parser.problem, String(cString: problem).contains("nesting level") {
                        throw InputError(file: file, line: Int(parser.problem_mark.line) + 1,
                                         message: "nested more than \(maximumDepth) levels deep; not an input this tool reads")
                    }
                    return
                }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let anchor = event.type == YAML_SEQUENCE_START_EVENT
                        ? string(event.data.sequence_start.anchor) : string(event.data.mapping_start.anchor)
                    total += 1
                    open.append((anchor, total))
                    if open.count > maximumDepth {
                        throw InputError(file: file, line: line,
                                         message: "nested more than \(maximumDepth) levels deep; not an input this tool reads")
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    if let container = open.popLast(), let anchor = container.anchor {
                        sizes[anchor] = total - container.total + 1
                    }
                case YAML_SCALAR_EVENT:
                    total += 1
                    if let anchor = string(event.data.scalar.anchor) { sizes[anchor] = 1 }
                case YAML_ALIAS_EVENT:
                    // An undefined alias is the composer's error to report; count it as one value.
                    total += string(event.data.alias.anchor).flatMap { sizes[$0] } ?? 1
                default:
                    break
                }
                if total > limit {
                    throw InputError(file: file, line: line, message: """
                        expands to more than \(limit) values through YAML aliases (*name); \
                        write the values out instead
                        """)
                }
            }
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
