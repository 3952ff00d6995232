import Foundation
import Testing

/// `opendef import` as a user runs it: the real binary on a small folder of records.
@Suite struct ImportCLITests {
    let cli = CLITests()

    static var motCorpus: URL {
        CLITests.repository.deletingLastPathComponent().appendingPathComponent("shared/corpora/lfai-model-openness-tool")
    }

    /// A small corpus copy: MOT's SOURCE.md and two of its records, plus `extra` files.
    func smallCorpus(extra: [String: String] = [:]) throws -> URL {
        let folder = try cli.scratchFolder()
        let models = folder.appendingPathComponent("models")
        try FileManager.default.createDirectory(at: models, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.motCorpus.appendingPathComponent("SOURCE.md"), to: folder.appendingPathComponent("SOURCE.md"))
        for name in ["Amber.yml", "Falcon-40B.yml"] {
            try FileManager.default.copyItem(
                at: Self.motCorpus.appendingPathComponent("models/\(name)"), to: models.appendingPathComponent(name))
        }
        for (name, text) in extra {
            try text.write(to: models.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func importsAFolderDeterministicallyIntoValidProfiles() throws {
        let corpus = try smallCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let out = corpus.appendingPathComponent("out").path
        let run = try cli.opendef(["import", "mot", corpus.path, "--output", out])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "imported 2 of 2 LF AI & Data Model Openness Tool records into \(out)\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(names == ["mot-amber.yaml", "mot-falcon-40b.yaml", "unmapped-licences.txt"])
        let amber = try String(contentsOfFile: out + "/mot-amber.yaml", encoding: .utf8)
        #expect(amber.hasPrefix("# yaml-language-server: $schema="))
        #expect(amber.contains("accessed: 2026-05-11\n"))
        #expect(amber.contains("models/Amber.yml (commit 8b5d30e90a7c62d7d6ece48b91e69ff495920a4d"))

        // The output is valid as profiles, and evaluates.
        let validate = try cli.opendef(["validate", out])
        #expect(validate.status == 0, "\(validate.stderr)")
        let evaluate = try cli.opendef(["evaluate", out + "/mot-amber.yaml", "--under", "lf-mof-1.0", "--format", "json"])
        #expect(evaluate.status == 0, "\(evaluate.stderr)")

        // A second run into another folder writes the same bytes.
        let again = corpus.appendingPathComponent("again").path
        let second = try cli.opendef(["import", "mot", corpus.path + "/models", "--output", again])
        #expect(second.status == 0)
        for name in names {
            let a = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
            let b = try Data(contentsOf: URL(fileURLWithPath: again + "/" + name))
            #expect(a == b, "\(name) differs between runs")
        }
    }

    @Test func reportsBadRecordsWithLocationsAndStillImportsTheOthers() throws {
        let corpus = try smallCorpus(extra: [
            "Broken.yml": "release:\n  name: Broken\n  components:\n    - name: Model card\n      license: [MIT\n",
            "Typo.yml": "release:\n  name: Typo\n  license: {distribution: {name: Apache 2.0}}\n  components:\n    - name: Model cards\n",
            "Odd.yml": "release:\n  name: Odd\n  components:\n    - name: Model card\n      license: Some Private Licence\n",
        ])
        defer { try? FileManager.default.removeItem(at: corpus) }
        let out = corpus.appendingPathComponent("out").path
        let run = try cli.opendef(["import", "mot", corpus.path, "--output", out])
        #expect(run.status == 1)
        #expect(run.stdout == "imported 3 of 5 LF AI & Data Model Openness Tool records into \(out) (2 not imported)\n")
        let typo = corpus.appendingPathComponent("models/Typo.yml").path
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("\(typo):5:13: error: unknown MOF component 'Model cards'"), "\(run.stderr)")
        #expect(lines.contains("  hint: did you mean 'Model card'?"))
        #expect(lines.contains { $0.hasPrefix(corpus.appendingPathComponent("models/Broken.yml").path + ":") && $0.contains(": error: YAML syntax") })
        #expect(lines.contains("  1\tSome Private Licence"))
        let list = try String(contentsOfFile: out + "/unmapped-licences.txt", encoding: .utf8)
        #expect(list.contains("1\tSome Private Licence\n"))
        #expect(FileManager.default.fileExists(atPath: out + "/mot-odd.yaml"))
        #expect(!FileManager.default.fileExists(atPath: out + "/mot-typo.yaml"))
    }

    @Test func aBadPathIsAnErrorForPeopleAndABadSourceIsUsage() throws {
        let folder = try cli.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("nothing-here").path
        let run = try cli.opendef(["import", "osai", missing, "--output", folder.appendingPathComponent("out").path])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("\(missing): error: no such file or folder\n  hint: "), "\(run.stderr)")

        let usage = try cli.opendef(["import", "huggingface", missing, "--output", folder.path])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("huggingface"))
        let noOutput = try cli.opendef(["import", "mot", missing])
        #expect(noOutput.status == 64)
        #expect(noOutput.stderr.contains("--output"))
    }
}
