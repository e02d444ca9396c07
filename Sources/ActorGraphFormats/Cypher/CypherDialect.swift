/// Which graph database a Cypher script's schema statement is for.
///
/// The data statements are the same for all (`UNWIND [...] AS row MERGE …`);
/// only the statement that indexes `Entity.id` differs, because no syntax is
/// common to all three engines: Neo4j 5 removed `CREATE INDEX ON :L(p)`, which
/// is Memgraph's only form; FalkorDB reads both but not Neo4j's constraints.
public enum CypherDialect: String, Sendable, CaseIterable {
    /// Runs unchanged on Neo4j 5, Memgraph and FalkorDB: the schema statements
    /// for each engine are comments at the top, to run first on large graphs.
    case portable
    /// Neo4j 5: a uniqueness constraint on `Entity.id` (re-runnable: `IF NOT EXISTS`).
    case neo4j
    /// Memgraph: an index and a uniqueness constraint on `Entity.id`.
    case memgraph
    /// FalkorDB: an index on `Entity.id` (the script fails on a second run, where the index exists).
    case falkordb

    /// The statements that index `Entity.id`, per engine.
    static let neo4jSchema = "CREATE CONSTRAINT actorgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;"
    static let memgraphSchema = "CREATE INDEX ON :Entity(id);\nCREATE CONSTRAINT ON (n:Entity) ASSERT n.id IS UNIQUE;"
    static let falkordbSchema = "CREATE INDEX FOR (n:Entity) ON (n.id);"

    /// The schema part of the script.
    var schema: String {
        switch self {
        case .portable:
            return """
                // Index Entity.id first on large graphs; the statement depends on the engine:
                //   Neo4j 5:  \(Self.neo4jSchema)
                //   Memgraph: \(Self.memgraphSchema.replacingOccurrences(of: "\n", with: "\n//             "))
                //   FalkorDB: \(Self.falkordbSchema)
                // (or export with --format cypher-neo4j, cypher-memgraph or cypher-falkordb).

                """
        case .neo4j: return Self.neo4jSchema + "\n"
        case .memgraph: return Self.memgraphSchema + "\n"
        case .falkordb: return Self.falkordbSchema + "\n"
        }
    }
}
