import ActorGraph

/// The node, edge and document tables shared by the `csv` and `graphframes`
/// exports: RFC 4180, UTF-8, a header row, `\n` line ends.
///
/// nodes: `id, kind, name, aliases, evidence, <attribute>…`;
/// edges: `source, target, type, sign, weight, evidence`;
/// documents: `id, title, date, source, url`.
/// `aliases` and `evidence` are JSON text (`["Paris"]`,
/// `[{"document":…,"sentence":3,…}]`); a missing attribute is an empty
/// field, an empty string is `""`. Column names can be changed per target
/// (GraphFrames wants `src`, `dst`).
enum CSVTables {
    /// The names of the columns that differ between targets.
    struct Columns {
        var source = "source"
        var target = "target"
        var type = "type"
    }

    /// Writes the nodes table.
    static func nodes(_ graph: Graph, into w: ByteWriter) {
        let attributeKeys = AttributeNames.keys(of: graph)
        w.text("id,kind,name,aliases,evidence")
        for key in attributeKeys {
            w.comma()
            w.csv(AttributeNames.column(for: key))
        }
        w.newline()
        let scratch = ByteWriter(format: w.format)
        graph.forEachNode { _, node in
            w.csv(node.id)
            w.comma()
            w.name(node.kind)
            w.comma()
            w.csv(node.name)
            w.comma()
            scratch.reset()
            scratch.jsonStrings(node.aliases)
            scratch.withBytes { w.csv($0) }
            w.comma()
            w.csvEvidence(node.evidence)
            for key in attributeKeys {
                w.comma()
                if let value = node.attributes[key] { w.csv(value) }
            }
            w.newline()
        }
    }

    /// Writes the edges table.
    static func edges(_ graph: Graph, columns: Columns = Columns(), into w: ByteWriter) {
        w.csv(columns.source)
        w.comma()
        w.csv(columns.target)
        w.comma()
        w.csv(columns.type)
        w.text(",sign,weight,evidence\n")
        graph.forEachEdge { _, edge in
            w.csv(edge.source)
            w.comma()
            w.csv(edge.target)
            w.comma()
            w.name(edge.type)
            w.comma()
            w.int(edge.sign)
            w.comma()
            w.double(edge.weight)
            w.comma()
            w.csvEvidence(edge.evidence)
            w.newline()
        }
    }

    /// Writes the documents table.
    static func documents(_ graph: Graph, into w: ByteWriter) {
        w.text("id,title,date,source,url\n")
        for document in graph.documents.values {
            w.csv(document.id)
            for field in [document.title, document.date, document.source, document.url] {
                w.comma()
                if let field { w.csv(field) }
            }
            w.newline()
        }
    }
}
