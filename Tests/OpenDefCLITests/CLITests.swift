import Foundation
import Testing

/// The real `opendef` binary as a user runs it: exit codes, stdout for results, stderr for diagnostics,
/// and golden files for rendered output (`UPDATE_GOLDEN=1 swift test` rewrites them; review the diff).
@Suite struct CLITests {
    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The built executable next to the test bundle (swift-argument-parser's rule).
    static var binary: URL {
        var products = Bundle.main.bundleURL
        if products.lastPathComponent.hasSuffix("xctest") { products.deleteLastPathComponent() }
        return products.appendingPathComponent("opendef")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func opendef(_ arguments: [String], in directory: URL = CLITests.repository) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a large output cannot block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    func expectGolden(_ actual: String, _ name: String) throws {
        let url = Self.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if expected != actual {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            Issue.record(
                """
                \(name) differs from the golden file at line \(first + 1):
                  golden: \(first < a.count ? String(a[first]) : "<end>")
                  actual: \(first < b.count ? String(b[first]) : "<end>")
                run UPDATE_GOLDEN=1 swift test to accept the new output, then review the diff
                """)
        }
    }

    @Test(arguments: [("text", "txt"), ("markdown", "md"), ("json", "json")])
    func evaluateMatchesGolden(format: String, ext: String) throws {
        let run = try opendef(["evaluate", "llama-3.1-405b", "--format", format])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        try expectGolden(run.stdout, "evaluate-llama-3.1-405b.\(ext)")
    }

    @Test func evaluateIsDeterministic() throws {
        let first = try opendef(["evaluate", "olmo-7b", "--format", "json"])
        let second = try opendef(["evaluate", "olmo-7b", "--format", "json"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
    }

    @Test func evaluateJSONKeepsTheContractKeys() throws {
        let run = try opendef(["evaluate", "llama-3.1-405b", "--under", "osi-osaid-1.0", "--format", "json"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["model"] as? String == "llama-3.1-405b")
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.count == 1)
        let result = try #require(results.first)
        for key in ["definition", "outcome", "open", "determined", "possible_outcomes", "failed_criteria", "unknown_facts"] {
            #expect(result[key] != nil, "missing \(key)")
        }
        #expect(result["definition"] as? String == "osi-osaid-1.0")
        #expect(result["open"] as? Bool == false)
        #expect(result["determined"] as? Bool == true)
        #expect((result["failed_criteria"] as? [String])?.isEmpty == false)
    }

    @Test func evaluateAProfileByPath() throws {
        let run = try opendef(["evaluate", "Models/mistral-7b.yaml", "--under", "osi-osaid-1.0"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Mistral 7B"))
    }

    @Test func validateTheBundledFiles() throws {
        let run = try opendef(["validate"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("checked "))
        #expect(run.stderr.hasSuffix("files: no errors\n"))
    }

    func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("opendef-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func validateReportsEveryProblemWithLocationAndExitsOne() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad-model.yaml")
        try """
            schema_version: 1
            id: bad-model
            name: Bad
            facts:
              weights.final.relased: {value: true, source: x}
              train.compute_flop: {value: lots, source: x}
              weights.final.licence: {value: Apache-2.1, source: x}
            """.write(to: bad, atomically: true, encoding: .utf8)
        let run = try opendef(["validate", bad.path])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(bad.path):5:3: error: undeclared fact 'weights.final.relased'"))
        #expect(lines.contains("  hint: did you mean 'weights.final.released'?"))
        #expect(lines.contains("\(bad.path):6:31: error: expected a number, found 'lots' for number fact 'train.compute_flop'"))
        #expect(lines.contains("\(bad.path):7:34: error: unknown licence 'Apache-2.1'"))
        #expect(lines.contains("      weights.final.relased: {value: true, source: x}"))
        #expect(lines.contains("  hint: did you mean 'Apache-2.0'?"))
        #expect(lines.contains("3 errors, 0 warnings"))
    }

    @Test func evaluateRefusesABrokenProfile() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("broken.yaml")
        try "schema_version: 1\nid: broken\nname: B\nfacts:\n  weights.final.released: {value: yes, source: x}\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let run = try opendef(["evaluate", bad.path])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("broken.yaml:5:35: error: expected true or false, found 'yes'"))
    }

    @Test(arguments: [
        (["evaluate", "no-such-model"], "unknown model 'no-such-model'"),
        (["evaluate", "llama-3.1-405", "--format", "json"], "did you mean 'llama-3.1-405b'?"),
        (["evaluate", "olmo-7b", "--under", "osi-osaid-2.0"], "unknown definition 'osi-osaid-2.0'"),
        (["evaluate", "olmo-7b", "--format", "yaml"], "--format"),
        (["list", "everything"], "everything"),
        (["frobnicate"], "frobnicate"),
    ])
    func usageErrorsExit64(arguments: [String], message: String) throws {
        let run = try opendef(arguments)
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func listDefinitionsAsJSON() throws {
        let run = try opendef(["list", "definitions", "--format", "json"])
        #expect(run.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let ids = rows.compactMap { $0["id"] as? String }
        #expect(ids.contains("osi-osaid-1.0"))
        #expect(ids == ids.sorted())
        #expect(rows.allSatisfy { $0["title"] is String })
    }

    @Test func listModelsAndLicences() throws {
        let models = try opendef(["list", "models"])
        #expect(models.status == 0)
        #expect(models.stdout.contains("llama-3.1-405b"))
        // Imported profiles are not part of the default corpus; pointing --models at them lists them.
        #expect(!models.stdout.contains("mot-"))
        let imported = try opendef(["list", "models", "--models", "Models/imported/mot"])
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("mot-olmo-7b-hf"))
        let licences = try opendef(["list", "licences", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(licences.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count > 600)
        let apache = try #require(rows.first { $0["id"] as? String == "Apache-2.0" })
        #expect(apache["osi_approved"] as? Bool == true)
    }

    @Test func otherFoldersByOption() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try opendef(
            ["list", "models", "--definitions", Self.repository.appendingPathComponent("Definitions").path, "--models", folder.path],
            in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
    }
}
