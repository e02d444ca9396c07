import CGraphviz

/// Builds a throw-away cgraph graph from a ``Graph`` value. Runs under the
/// runtime lock; the caller closes the result with `agclose`.
///
/// Order matters in cgraph, so it is fixed here:
/// 1. node and edge defaults first: cgraph copies defaults into an object when
///    it is created, so later defaults would not reach earlier nodes;
/// 2. subgraphs before the parent's own nodes, as DOT reads them;
/// 3. the (sub)graph's own attributes last: setting an attribute on a graph
///    also makes it the default for subgraphs created afterwards, which would
///    give every cluster the root's `label`.
enum Materializer {
    typealias GraphPointer = UnsafeMutablePointer<Agraph_t>

    /// A new cgraph graph holding `graph`.
    ///
    /// - Throws: ``GraphvizError/invalidGraph(_:)`` for empty ids or names, NUL
    ///   characters, or an attribute Graphviz refuses.
    static func open(_ graph: Graph) throws(GraphvizError) -> GraphPointer {
        try checkText(graph.name, what: "the graph name")
        guard let root = cgv_open(graph.name, graph.isDirected ? 1 : 0, graph.isStrict ? 1 : 0) else {
            throw .invalidGraph("Graphviz could not create graph '\(graph.name)'")
        }
        do {
            try fill(root, root: root, with: graph, named: "graph '\(graph.name)'")
        } catch {
            agclose(root)
            throw error
        }
        return root
    }

    private static func fill(_ g: GraphPointer, root: GraphPointer, with content: some GraphContent, named what: String)
        throws(GraphvizError)
    {
        try setDefaults(content.nodeDefaults, kind: Int32(AGNODE), in: g, root: root)
        try setDefaults(content.edgeDefaults, kind: Int32(AGEDGE), in: g, root: root)
        for subgraph in content.subgraphs {
            try checkText(subgraph.name, what: "a subgraph name")
            guard let sg = cgv_subgraph(g, subgraph.name) else {
                throw .invalidGraph("Graphviz could not create subgraph '\(subgraph.name)'")
            }
            try fill(sg, root: root, with: subgraph, named: "subgraph '\(subgraph.name)'")
        }
        for node in content.nodes {
            let n = try makeNode(node.id, in: g)
            try set(node.attributes, on: UnsafeMutableRawPointer(n), root: root, what: "node '\(node.id)'")
        }
        for edge in content.edges {
            let tail = try makeNode(edge.tail, in: g)
            let head = try makeNode(edge.head, in: g)
            let made: UnsafeMutablePointer<Agedge_t>?
            if let key = edge.key {
                try checkText(key, what: "the key of edge \(edge.tail) -> \(edge.head)")
                made = cgv_edge(g, tail, head, key)
            } else {
                made = cgv_edge(g, tail, head, nil)
            }
            guard let e = made else {
                throw .invalidGraph("Graphviz could not create edge '\(edge.tail)' -> '\(edge.head)'")
            }
            try set(edge.attributes, on: UnsafeMutableRawPointer(e), root: root,
                    what: "edge '\(edge.tail)' -> '\(edge.head)'")
        }
        try set(content.attributes, on: UnsafeMutableRawPointer(g), root: root, what: what)
    }

    private static func makeNode(_ id: String, in g: GraphPointer) throws(GraphvizError) -> UnsafeMutablePointer<Agnode_t> {
        guard !id.isEmpty else { throw .invalidGraph("a node has an empty id") }
        try checkText(id, what: "node id '\(id)'")
        guard let n = cgv_node(g, id) else { throw .invalidGraph("Graphviz could not create node '\(id)'") }
        return n
    }

    private static func set(_ attributes: Attributes, on object: UnsafeMutableRawPointer, root: GraphPointer, what: String)
        throws(GraphvizError)
    {
        for (name, value) in attributes.sorted {
            try checkName(name, what: what)
            let rc: Int32
            switch value {
            case .text(let text):
                try checkText(text, what: "attribute \(name) of \(what)")
                rc = cgv_set(object, name, EscString.attributes.contains(name) ? EscString.literal(text) : text)
            case .raw(let text):
                try checkText(text, what: "attribute \(name) of \(what)")
                rc = cgv_set(object, name, text)
            case .html(let html):
                try checkText(html, what: "attribute \(name) of \(what)")
                rc = cgv_set_html(root, object, name, html)
            }
            guard rc == 0 else { throw .invalidGraph("Graphviz refused attribute \(name)=\(value) on \(what)") }
        }
    }

    private static func setDefaults(_ attributes: Attributes, kind: Int32, in g: GraphPointer, root: GraphPointer)
        throws(GraphvizError)
    {
        let what = kind == Int32(AGNODE) ? "node defaults" : "edge defaults"
        for (name, value) in attributes.sorted {
            try checkName(name, what: what)
            let rc: Int32
            switch value {
            case .text(let text):
                try checkText(text, what: "\(what) \(name)")
                rc = cgv_default(g, kind, name, EscString.attributes.contains(name) ? EscString.literal(text) : text)
            case .raw(let text):
                try checkText(text, what: "\(what) \(name)")
                rc = cgv_default(g, kind, name, text)
            case .html(let html):
                try checkText(html, what: "\(what) \(name)")
                rc = cgv_default_html(g, kind, name, html)
            }
            guard rc == 0 else { throw .invalidGraph("Graphviz refused \(what) \(name)=\(value)") }
        }
    }

    private static func checkName(_ name: String, what: String) throws(GraphvizError) {
        guard !name.isEmpty else { throw .invalidGraph("an attribute of \(what) has an empty name") }
        try checkText(name, what: "an attribute name of \(what)")
    }

    /// C strings end at NUL, so text with one would be silently cut; refuse it instead.
    private static func checkText(_ text: String, what: String) throws(GraphvizError) {
        if text.utf8.contains(0) { throw .invalidGraph("\(what) contains a NUL character") }
    }
}
