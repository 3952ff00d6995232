import Foundation
import OpenDefKit

// Measures evaluation throughput on the bundled files (release build):
//   swift run -c release opendef-bench [--definitions DIR] [--models DIR] [--profiles DIR]
// --profiles evaluates another folder of profiles (e.g. Models/imported) under the bundled definitions.
var definitions = "Definitions", models = "Models", profileFolder: String?
var arguments = Array(CommandLine.arguments.dropFirst())
while let flag = arguments.first {
    arguments.removeFirst()
    guard let value = arguments.first else { break }
    arguments.removeFirst()
    switch flag {
    case "--definitions": definitions = value
    case "--models": models = value
    case "--profiles": profileFolder = value
    default: break
    }
}

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

var workspace: Workspace!
let loadTime = seconds { workspace = Workspace.load(definitionsDirectory: definitions, modelsDirectory: models) }
var diagnostics: [Diagnostic] = []
let checkTime = seconds { diagnostics = Checker.check(workspace) }
guard let vocabulary = workspace.vocabulary, !diagnostics.hasErrors else {
    print("the bundled files have errors; run 'opendef validate'")
    exit(1)
}
let table = FactTable(vocabulary: vocabulary, catalogue: workspace.catalogue, profiles: workspace.profiles)
var compiled: [CompiledDefinition] = []
let compileTime = seconds { compiled = workspace.definitions.compactMap { Compiler.compile($0, table: table) } }
let evaluator = Evaluator(table: table, definitions: compiled)
let profiles =
    profileFolder.map { Workspace.load(definitionsDirectory: definitions, modelsDirectory: $0).profiles } ?? workspace.profiles
let rows = profiles.map(table.values(of:))

print("files: \(workspace.sources.count), licences: \(workspace.catalogue.licences.count), definitions: \(compiled.count), profiles: \(profiles.count)")
print(String(format: "load %.3f s, check %.3f s, compile %.4f s", loadTime, checkTime, compileTime))

// Full evaluation with explanations: one profile under every definition.
var sink = 0
let explainedRuns = 2_000
let explained = seconds {
    for i in 0..<explainedRuns { sink &+= evaluator.evaluate(profiles[i % profiles.count]).count }
}
print(String(format: "evaluate with explanations: %.1f µs per profile under all %d definitions", explained / Double(explainedRuns) * 1e6, compiled.count))

// Breadth: every profile once under every definition, with explanations and exact refinement.
var undetermined = 0
let breadth = seconds {
    for profile in profiles { undetermined += evaluator.evaluate(profile).filter { !$0.determined }.count }
}
print(String(format: "all %d profiles under all %d definitions: %.3f s (%d undetermined verdicts)", profiles.count, compiled.count, breadth, undetermined))

// The bulk path: compiled programs over slot arrays, no explanations.
let bulkRuns = 2_000_000
let bulk = seconds {
    for i in 0..<bulkRuns {
        let d = compiled[i % compiled.count]
        sink &+= d.quickOutcome(rows[(i / compiled.count) % rows.count]) ?? -1
    }
}
print(String(format: "bulk verdicts: %.0f ns per (profile, definition), %.1f M/s", bulk / Double(bulkRuns) * 1e9, Double(bulkRuns) / bulk / 1e6))
if sink == Int.min { print(sink) }

// The strictness map: the exact relation for every pair of definitions on the open axis.
var map: StrictnessMap!
let mapTime = seconds { map = StrictnessMap(compiled, axis: .open) }
print(String(format: "strictness map: %d definitions, %d pairs, %.3f s", map.definitions.count, map.pairs.count, mapTime))
