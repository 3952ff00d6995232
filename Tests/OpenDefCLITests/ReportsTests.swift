import Foundation
import Testing

/// The committed briefs in Reports/ are golden files: regenerating them must give the same bytes.
@Suite struct ReportsTests {
    let cli = CLITests()

    func files(under folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var out: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".md") { out.append(path) }
        }
        return out.sorted()
    }

    @Test func reportsAreUpToDate() throws {
        let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("opendef-reports-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: fresh) }
        let run = try cli.opendef(["brief", "--all", "--output", fresh.path])
        #expect(run.status == 0, "\(run.stderr)")
        let committed = CLITests.repository.appendingPathComponent("Reports")
        #expect(files(under: fresh) == files(under: committed), "the set of briefs differs; run 'swift run opendef brief --all'")
        for path in files(under: fresh) {
            let new = try String(contentsOf: fresh.appendingPathComponent(path), encoding: .utf8)
            let old = (try? String(contentsOf: committed.appendingPathComponent(path), encoding: .utf8)) ?? ""
            #expect(new == old, "Reports/\(path) is stale: run 'swift run opendef brief --all' and review the diff")
        }
    }

    @Test func briefsAreDeterministicAndDatedFromTheData() throws {
        let first = try cli.opendef(["brief", "--model", "llama-3.1-405b"])
        let second = try cli.opendef(["brief", "--model", "llama-3.1-405b", "--output", "-"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.contains("*As of 2026-11-26."))
        #expect(first.stdout.contains("[^1]: "))
    }

    @Test func aBriefOverwritesItsFileWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("opendef-brief-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sub/brief.md")
        for model in ["llama-3.1-405b", "olmo-7b"] {
            let run = try cli.opendef(["brief", "--model", model, "--output", file.path])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("# OLMo 7B"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path) == ["brief.md"])
    }

    @Test func briefUsageErrors() throws {
        #expect(try cli.opendef(["brief", "--model", "olmo-7b", "--all"]).status == 64)
        #expect(try cli.opendef(["brief", "--diff", "osi-osaid-1.0"]).status == 64)
    }
}
