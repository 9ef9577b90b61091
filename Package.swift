// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Tandem",
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "TandemCore"),
        .target(name: "TandemShell", dependencies: ["TandemCore"]),
        .executableTarget(name: "tandem", dependencies: ["TandemShell", "TandemCore", "CEditLine"]),
        .testTarget(name: "TandemCoreTests", dependencies: ["TandemCore"]),
        .testTarget(name: "TandemShellTests", dependencies: ["TandemShell", "TandemCore"]),
    ],
    swiftLanguageModes: [.v6]
)
