// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for the readers (Fuzz/README.md). A separate package, so
// that the main one never builds with the fuzzer; `Fuzz/run.sh` builds it with
// `-sanitize=fuzzer,address` and runs each target.
let package = Package(
    name: "ActorGraphFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "ActorGraph", path: "..")],
    targets: [
        .target(name: "CFuzzer"),
        .executableTarget(
            name: "ActorGraphFuzz",
            dependencies: [
                "CFuzzer", .product(name: "ActorGraphFormats", package: "ActorGraph"),
                .product(name: "ActorGraphExtraction", package: "ActorGraph"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
