// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ActorGraph",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "ActorGraph", targets: ["ActorGraph"]),
        .library(name: "ActorGraphExtraction", targets: ["ActorGraphExtraction"]),
        .library(name: "ActorGraphFormats", targets: ["ActorGraphFormats"]),
        .library(name: "ActorGraphStore", targets: ["ActorGraphStore"]),
        .library(name: "ActorGraphRender", targets: ["ActorGraphRender"]),
        .library(name: "Graphviz", targets: ["Graphviz"]),
        .executable(name: "actorgraph", targets: ["actorgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "Graphviz", dependencies: ["CGraphviz"]),
        .target(
            name: "ActorGraph",
            dependencies: [.product(name: "Collections", package: "swift-collections")]
        ),
        .target(name: "ActorGraphExtraction", dependencies: ["ActorGraph"], resources: [.copy("Lexicon")]),
        .target(name: "ActorGraphFormats", dependencies: ["ActorGraph", .product(name: "Yams", package: "Yams")]),
        .target(name: "ActorGraphStore", dependencies: ["ActorGraph", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(
            name: "ActorGraphRender",
            dependencies: ["ActorGraph", "Graphviz", .product(name: "OrderedCollections", package: "swift-collections")]
        ),
        .executableTarget(
            name: "actorgraph",
            dependencies: [
                "ActorGraph", "ActorGraphExtraction", "ActorGraphFormats", "ActorGraphStore", "ActorGraphRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Times the analysis for `make bench` (Benchmarks/run_analysis_bench.py); not a product.
        .executableTarget(name: "actorgraph-bench", dependencies: ["ActorGraph"], path: "Benchmarks/actorgraph-bench"),
        // Times the export writers for `make bench` (Benchmarks/export_bench.py); not a product.
        .executableTarget(name: "actorgraph-export-bench", dependencies: ["ActorGraph", "ActorGraphFormats"],
                          path: "Benchmarks/actorgraph-export-bench"),
        // Times in-process rendering for `make bench` (Benchmarks/render_bench.py); not a product.
        .executableTarget(name: "actorgraph-render-bench",
                          dependencies: ["ActorGraph", "ActorGraphFormats", "ActorGraphRender", "Graphviz"],
                          path: "Benchmarks/actorgraph-render-bench"),
        // Times the extractor in one process for `make bench` (Benchmarks/extraction_bench.py); not a product.
        .executableTarget(name: "actorgraph-extraction-bench", dependencies: ["ActorGraph", "ActorGraphExtraction"],
                          path: "Benchmarks/actorgraph-extraction-bench"),
        // An SVG parser for the tests that look inside rendered diagrams; not a product.
        .target(name: "SVGTesting", path: "Tests/SVGTesting"),
        .testTarget(name: "GraphvizTests", dependencies: ["Graphviz", "SVGTesting"]),
        .testTarget(name: "ActorGraphTests", dependencies: ["ActorGraph"], exclude: ["Fixtures"]),
        .testTarget(name: "ActorGraphExtractionTests", dependencies: ["ActorGraphExtraction"]),
        .testTarget(name: "ActorGraphFormatsTests", dependencies: ["ActorGraphFormats"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ActorGraphStoreTests", dependencies: ["ActorGraphStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ActorGraphRenderTests", dependencies: ["ActorGraphRender", "SVGTesting"]),
        .testTarget(name: "actorgraphTests", dependencies: [
            "actorgraph", "ActorGraph", "ActorGraphFormats", "ActorGraphStore", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
