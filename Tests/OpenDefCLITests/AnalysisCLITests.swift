import Foundation
import Testing

/// `diff`, `map` and `whatif` through the real binary, on the bundled definitions: the results a reader
/// can check against the texts.
@Suite struct AnalysisCLITests {
    let cli = CLITests()

    func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try cli.opendef(arguments + ["--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test func osaidDraftAgainstFinalNamesTheDataInformationChange() throws {
        let diff = try json(["diff", "osi-osaid-0.0.9", "osi-osaid-1.0"])
        #expect(diff["a"] as? String == "osi-osaid-0.0.9")
        #expect(diff["relation"] as? String == "b_stricter")
        let onlyA = try #require(diff["only_a_open"] as? [[String: Any]])
        #expect((diff["only_b_open"] as? [Any])?.isEmpty == true)
        let reasons = onlyA.compactMap { $0["reason"] as? [String] }.flatMap { $0 }
        #expect(reasons.contains { $0.hasPrefix("data_info.") }, "\(reasons)")
        // Every witness carries facts and was checked: open under the draft, not under 1.0.
        for region in onlyA {
            let witness = try #require(region["witness"] as? [String: Any])
            #expect((witness["facts"] as? [String: Any])?.isEmpty == false)
            let verdicts = try #require(witness["verdicts"] as? [String: Any])
            #expect(verdicts["osi-osaid-0.0.9"] as? String == "open-source-ai")
            #expect(verdicts["osi-osaid-1.0"] as? String == "not-open-source-ai")
        }
    }

    @Test func osaidAgainstArticle53IsIncomparableWithAWitnessOnEachSide() throws {
        let diff = try json(["diff", "osi-osaid-1.0", "eu-aia-2024-art53-2"])
        #expect(diff["relation"] as? String == "incomparable")
        for key in ["only_a_open", "only_b_open"] {
            let regions = try #require(diff[key] as? [[String: Any]])
            #expect(!regions.isEmpty, "\(key) is empty")
            let witness = try #require(regions.first?["witness"] as? [String: Any])
            #expect(witness["based_on"] is String, "\(key): witness not built from a real model")
        }
        let models = try #require(diff["models"] as? [[String: Any]])
        let llama = try #require(models.first { $0["model"] as? String == "llama-3.1-405b" })
        #expect(llama["a_open"] as? Bool == false)
        #expect(llama["b_open"] as? Bool == false)
    }

    @Test func aWitnessCanBeSavedAndEvaluated() throws {
        let diff = try json(["diff", "osi-osaid-1.0", "eu-aia-2024-art53-2"])
        let region = try #require((diff["only_a_open"] as? [[String: Any]])?.first)
        let witness = try #require(region["witness"] as? [String: Any])
        let facts = try #require(witness["facts"])
        let profile: [String: Any] = ["schema_version": 1, "id": "witness", "name": "Witness", "facts": facts]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("opendef-witness-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("witness.json")
        try JSONSerialization.data(withJSONObject: profile, options: [.sortedKeys]).write(to: file)
        let run = try cli.opendef(["evaluate", file.path, "--under", "osi-osaid-1.0", "--under", "eu-aia-2024-art53-2", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let results = try #require(result["results"] as? [[String: Any]])
        #expect(results.first { $0["definition"] as? String == "osi-osaid-1.0" }?["open"] as? Bool == true)
        #expect(results.first { $0["definition"] as? String == "eu-aia-2024-art53-2" }?["open"] as? Bool == false)
    }

    @Test func diffOfADefinitionWithItself() throws {
        let diff = try json(["diff", "osi-osaid-1.0", "osi-osaid-1.0"])
        #expect(diff["relation"] as? String == "equivalent")
        #expect((diff["only_a_open"] as? [Any])?.isEmpty == true)
        #expect((diff["only_b_open"] as? [Any])?.isEmpty == true)
    }

    @Test func diffExitCode() throws {
        #expect(try cli.opendef(["diff", "osi-osaid-1.0", "osi-osaid-1.0", "--exit-code"]).status == 0)
        #expect(try cli.opendef(["diff", "osi-osaid-0.0.9", "osi-osaid-1.0", "--exit-code"]).status == 1)
        #expect(try cli.opendef(["diff", "osi-osaid-1.0", "no-such-definition"]).status == 64)
    }

    @Test func mapRelatesEveryPairAndDrawsTheHasseDiagram() throws {
        let map = try json(["map"])
        let definitions = try #require(map["definitions"] as? [String])
        let pairs = try #require(map["pairs"] as? [[String: Any]])
        #expect(pairs.count == definitions.count * (definitions.count - 1) / 2)
        #expect(pairs.allSatisfy { $0["relation"] is String })
        let draft = pairs.first { $0["a"] as? String == "osi-osaid-0.0.9" && $0["b"] as? String == "osi-osaid-1.0" }
        #expect(draft?["relation"] as? String == "b_stricter")
        let markdown = try cli.opendef(["map", "--format", "markdown"])
        #expect(markdown.stdout.contains("```mermaid\ngraph BT\n"))
        #expect(markdown.stdout.contains(" --> "))
    }

    @Test func whatIfForLlamaUnderOSAID() throws {
        let result = try json(["whatif", "llama-3.1-405b", "--under", "osi-osaid-1.0"])
        #expect(result["model"] as? String == "llama-3.1-405b")
        #expect(result["definition"] as? String == "osi-osaid-1.0")
        let changes = try #require(result["changes"] as? [[[String: Any]]])
        #expect(!changes.isEmpty)
        let first = try #require(changes.first)
        let facts = first.compactMap { $0["fact"] as? String }
        #expect(facts.contains("weights.final.licence"))
        #expect(facts.contains("data_info.complete_description"))
        #expect(first.allSatisfy { $0.keys.contains("from") && $0.keys.contains("to") })
        let options = try #require(result["options"] as? [[String: Any]])
        #expect(options.allSatisfy { $0["outcome"] as? String == "open-source-ai" })
        let text = try cli.opendef(["whatif", "llama-3.1-405b", "--under", "osi-osaid-1.0"])
        #expect(text.stdout.contains("ask: "))
    }

    @Test func whatIfUsageErrors() throws {
        let run = try cli.opendef(["whatif", "llama-3.1-405b", "--under", "osi-osaid-1.0", "--outcome", "open-source"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("did you mean 'open-source-ai'?"))
    }
}
