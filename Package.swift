// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Tandem",
    targets: [
        // libedit through dlopen, for interactive sessions only (needs libedit-dev's histedit.h to build).
        .target(name: "CEditLine"),
        .target(name: "TandemCore"),
        .target(name: "TandemShell", dependencies: ["TandemCore"]),
        .executableTarget(name: "tandem", dependencies: ["TandemShell", "TandemCore", "CEditLine"]),
        // Times Tab completion on a large session for Scripts/bench; not installed.
        .executableTarget(
            name: "tandem-complete-bench", dependencies: ["TandemShell", "TandemCore"],
            path: "Sources/TandemCompleteBench"),
        // Helpers shared by the test targets (temporary directories, the repository root).
        .target(name: "TandemTestSupport", path: "Tests/TandemTestSupport"),
        // The golden files and transcripts are read from the repository (TandemTestSupport.repositoryRoot).
        .testTarget(
            name: "TandemCoreTests", dependencies: ["TandemCore", "TandemTestSupport"], exclude: ["Golden", "Fixtures"]),
        .testTarget(
            name: "TandemShellTests", dependencies: ["TandemShell", "TandemCore", "TandemTestSupport"],
            exclude: ["Transcripts"]),
    ],
    swiftLanguageModes: [.v6]
)
