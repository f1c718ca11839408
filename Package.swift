// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Litmus",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "litmus", targets: ["LitmusCLI"]),
    .library(name: "LitmusMath", targets: ["LitmusMath"]),
    .library(name: "Litmus", targets: ["Litmus"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.1"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
  ],
  targets: [
    // libcmark, the CommonMark reference parser, as a system library.
    .systemLibrary(
      name: "CCmark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
    ),
    // The core numeric library the notes teach. No cmark, no swift-syntax.
    .target(name: "LitmusMath"),
    // Figures computed by examples (line plots, bars, heat maps), drawn as SVG.
    .target(name: "LitmusPlot", dependencies: ["LitmusMath"]),
    // Markdown → Swift values with exact positions; math protected; examples located.
    .target(
      name: "LitmusMarkdown",
      dependencies: ["CCmark", .product(name: "Yams", package: "Yams")]
    ),
    // LaTeX subset → MathML Core.
    .target(name: "LitmusTeX"),
    // The example interpreter: Swift statements evaluated through LitmusMath.
    .target(
      name: "LitmusEval",
      dependencies: [
        "LitmusMath", "LitmusPlot",
        .product(name: "SwiftSyntax", package: "swift-syntax"),
        .product(name: "SwiftParser", package: "swift-syntax"),
        .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
      ]
    ),
    // The pipeline: judge, check, fix, build.
    .target(
      name: "Litmus",
      dependencies: [
        "LitmusMath", "LitmusMarkdown", "LitmusTeX", "LitmusEval", "LitmusPlot",
        .product(name: "SwiftSyntax", package: "swift-syntax"),
        .product(name: "SwiftParser", package: "swift-syntax"),
        .product(name: "SwiftIDEUtils", package: "swift-syntax"),
        .product(name: "Mustache", package: "swift-mustache"),
      ]
    ),
    .executableTarget(
      name: "LitmusCLI",
      dependencies: ["Litmus", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),
    // Benchmarks of the batched kernels (`make bench`); depends on LitmusMath alone.
    .executableTarget(
      name: "LitmusBenchmarks", dependencies: ["LitmusMath"], path: "Benchmarks/LitmusBenchmarks"),
    .testTarget(
      name: "LitmusMathTests", dependencies: ["LitmusMath"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "LitmusPlotTests", dependencies: ["LitmusPlot"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "LitmusMarkdownTests", dependencies: ["LitmusMarkdown"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "LitmusTeXTests", dependencies: ["LitmusTeX"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "LitmusEvalTests", dependencies: ["LitmusEval"], resources: [.copy("Fixtures")]),
    .testTarget(name: "LitmusTests", dependencies: ["Litmus"], resources: [.copy("Fixtures")]),
    .testTarget(name: "LitmusCLITests", dependencies: ["LitmusCLI"]),
    // Hostile notes, data safety, sandboxing, fuzz-found regressions (issue 9).
    .testTarget(
      name: "LitmusReliabilityTests",
      dependencies: ["LitmusCLI", "Litmus", "LitmusEval", "LitmusMarkdown", "LitmusTeX"]),
  ]
)
