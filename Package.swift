// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "opendef",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "OpenDefKit", targets: ["OpenDefKit"]),
        .executable(name: "opendef", targets: ["opendef"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "OpenDefKit",
            dependencies: [.product(name: "Yams", package: "Yams")],
            // The exact analyses search large spaces; unoptimised they run twenty times slower, which
            // would make the tests (debug builds) crawl. Optimise this one target in debug builds too.
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        .executableTarget(
            name: "opendef",
            dependencies: [
                "OpenDefKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "opendef-bench",
            dependencies: ["OpenDefKit"],
            path: "Sources/opendef-bench"
        ),
        .testTarget(
            name: "OpenDefKitTests",
            dependencies: ["OpenDefKit"]
        ),
        .testTarget(
            name: "OpenDefCLITests",
            dependencies: ["opendef"],
            exclude: ["Golden"]
        ),
    ]
)

for target in package.targets where target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
    ]
}
