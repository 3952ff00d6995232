import Foundation
import OpenDefKit

/// A throwaway definitions/models tree in a temporary folder, for feeding the real loaders.
struct Scratch {
    let root: String
    var definitions: String { root + "/Definitions" }
    var models: String { root + "/Models" }

    /// A small vocabulary that exercises every type.
    static let vocabulary = """
        schema_version: 1
        facts:
          - {id: a, type: bool, description: A.}
          - {id: b, type: bool, description: B.}
          - {id: c, type: bool, description: C.}
          - {id: access, type: enum, values: [open, gated, closed], description: Access.}
          - {id: compute, type: number, unit: FLOP, description: Compute.}
          - {id: released, type: date, description: Release date.}
          - {id: weights.licence, type: licence, description: Weights licence.}
        licence_traits:
          - {id: osi_approved, type: bool, description: OSI approved.}
          - {id: user_threshold_mau, type: number, description: Threshold.}
        """

    static let licences = """
        schema_version: 1
        licences:
          - id: Open-1.0
            name: Open licence
            aliases: ["open one"]
            traits:
              osi_approved: {value: true, source: test}
          - id: Closed-1.0
            name: Closed licence
            traits:
              osi_approved: {value: false, source: test}
              user_threshold_mau: {value: 700000000, source: test}
          - id: Vague-1.0
            name: Licence with unknown traits
        """

    init(vocabulary: String = Scratch.vocabulary, licences: String = Scratch.licences, files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("opendef-\(UUID().uuidString)").path
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/Definitions/licences", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: root + "/Models", withIntermediateDirectories: true)
        try vocabulary.write(toFile: definitions + "/vocabulary.yaml", atomically: true, encoding: .utf8)
        try licences.write(toFile: definitions + "/licences/test.yaml", atomically: true, encoding: .utf8)
        for (path, text) in files {
            try write(path, text)
        }
    }

    func write(_ relativePath: String, _ text: String) throws {
        let path = root + "/" + relativePath
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func load() -> Workspace {
        Workspace.load(definitionsDirectory: definitions, modelsDirectory: models)
    }

    /// Loads, checks, and compiles every definition; fails the caller on any error.
    /// `expecting` names error messages (by a fragment) that the caller expects and tolerates.
    func evaluator(expecting expected: [String] = []) throws -> (Workspace, Evaluator) {
        let workspace = load()
        let errors = Checker.check(workspace).filter { $0.severity == .error }
        for fragment in expected where !errors.contains(where: { $0.message.contains(fragment) }) {
            throw ScratchError(message: "expected an error containing '\(fragment)'")
        }
        let problems = errors.filter { e in !expected.contains { e.message.contains($0) } }
        guard problems.isEmpty, let vocabulary = workspace.vocabulary else {
            throw ScratchError(message: problems.map(\.description).joined(separator: "\n"))
        }
        let table = FactTable(vocabulary: vocabulary, catalogue: workspace.catalogue)
        return (workspace, Evaluator(table: table, definitions: workspace.definitions.compactMap { Compiler.compile($0, table: table) }))
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}

struct ScratchError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// A definition file built from criteria and outcomes written as YAML fragments.
func definitionYAML(id: String = "d", criteria: String, outcomes: String, extra: String = "") -> String {
    """
    schema_version: 1
    id: \(id)
    title: Test definition
    publisher: Tests
    kind: standard
    status: final
    source: https://example.org
    question: Is it open?
    criteria:
    \(criteria)
    outcomes:
    \(outcomes)
    \(extra)
    """
}

/// A criterion fragment with the required citation.
func criterionYAML(_ id: String, _ when: String) -> String {
    """
      - id: \(id)
        cite: {instrument: Test, section: "1", url: "https://example.org"}
        summary: Criterion \(id).
        when: \(when)
    """
}

/// A profile file with short-form facts (sources are not the point of these tests).
func profileYAML(id: String, facts: [String: String]) -> String {
    var text = "schema_version: 1\nid: \(id)\nname: \(id)\nfacts:\n"
    if facts.isEmpty { text = "schema_version: 1\nid: \(id)\nname: \(id)\nfacts: {}\n" }
    for (key, value) in facts.sorted(by: { $0.key < $1.key }) {
        text += "  \(key): {value: \(value), source: test}\n"
    }
    return text
}
