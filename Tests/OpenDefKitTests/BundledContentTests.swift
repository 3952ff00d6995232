import OpenDefKit
import Testing

/// The shipped definitions, profiles and catalogue: valid, free of warnings, and giving the verdicts
/// their sources publish.
@Suite struct BundledContentTests {
    let workspace = Repository.workspace()

    @Test func validateFindsNothing() {
        let diagnostics = Checker.check(workspace)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
    }

    @Test func everyModelUnderEveryDefinitionEvaluates() throws {
        let vocabulary = try #require(workspace.vocabulary)
        let table = FactTable(vocabulary: vocabulary, catalogue: workspace.catalogue)
        let compiled = workspace.definitions.compactMap { Compiler.compile($0, table: table) }
        #expect(compiled.count == workspace.definitions.count)
        let evaluator = Evaluator(table: table, definitions: compiled)
        for profile in workspace.profiles {
            let results = evaluator.evaluate(profile)
            #expect(results.count == compiled.count)
            #expect(results.allSatisfy { !$0.possibleOutcomes.isEmpty })
        }
    }

    /// Published positions the issue names: Llama 3.1 405B is open under Meta's spectrum, not Open Source AI
    /// under OSAID 1.0, and not exempt under Article 53(2) (3.8e25 FLOP is over the 10^25 presumption).
    @Test(arguments: [
        ("meta-llama-spectrum-2024", true),
        ("osi-osaid-1.0", false),
        ("eu-aia-2024-art53-2", false),
    ])
    func llama31Stances(definition: String, open: Bool) throws {
        let vocabulary = try #require(workspace.vocabulary)
        let table = FactTable(vocabulary: vocabulary, catalogue: workspace.catalogue)
        let compiled = try #require(workspace.definition(definition).flatMap { Compiler.compile($0, table: table) })
        let profile = try #require(workspace.profile("llama-3.1-405b"))
        let result = Evaluator(table: table, definitions: [compiled]).evaluate(profile)[0]
        #expect(result.determined)
        #expect(result.open == open)
        if definition == "eu-aia-2024-art53-2" {
            #expect(result.criteria.first { $0.criterion.id == "systemic-risk" }?.value == .true)
        }
    }

    @Test func everyDefinitionHasExamplesAndCitations() {
        for definition in workspace.definitions {
            // Drafts nobody published verdicts against may go without examples.
            if definition.status != .draft || definition.id == "osi-osaid-0.0.8" {
                #expect(!definition.examples.isEmpty, "\(definition.id) has no examples")
            }
            for criterion in definition.criteria {
                #expect(criterion.cite.url.hasPrefix("https://"), "\(definition.id)/\(criterion.id)")
            }
        }
    }

    func evaluation(_ model: String, under definition: String) throws -> Evaluation {
        let vocabulary = try #require(workspace.vocabulary)
        let table = FactTable(vocabulary: vocabulary, catalogue: workspace.catalogue)
        let compiled = try #require(workspace.definition(definition).flatMap { Compiler.compile($0, table: table) })
        let profile = try #require(workspace.profile(model))
        return Evaluator(table: table, definitions: [compiled]).evaluate(profile)[0]
    }

    /// OSI: BLOOM and StarCoder2 would pass with other legal terms, so only the terms on their weights fail.
    @Test(arguments: ["bloom-176b", "starcoder2-15b"])
    func onlyLicenceCriteriaFailUnderOSAID(model: String) throws {
        let e = try evaluation(model, under: "osi-osaid-1.0")
        #expect(e.outcome?.id == "not-open-source-ai")
        let failing = Set(e.failedCriteria.map(\.criterion.id))
        #expect(failing == ["weights-terms-grant-freedoms", "parameters-under-approved-terms", "parameters"], "\(failing)")
    }

    /// The Commission's reading: Llama 3.1 405B is not exempt, and the 700 million user clause fails by itself.
    @Test func llamaFailsTheGuidelinesOnItsUserThreshold() throws {
        let e = try evaluation("llama-3.1-405b", under: "eu-gpai-guidelines-2025")
        #expect(e.outcome?.id == "not-exempt")
        #expect(e.criteria.first { $0.criterion.id == "no-user-scale-threshold" }?.value == .false)
    }

    /// SB 1047: 3.8e25 FLOP is under the 10^26 threshold, so Llama 3.1 405B is determined not covered.
    @Test func llamaIsNotACoveredModel() throws {
        let e = try evaluation("llama-3.1-405b", under: "ca-sb1047-2024-enrolled")
        #expect(e.determined)
        #expect(e.outcome?.id == "not-covered")
    }

    /// Every model under every definition: no errors, and no stance claimed where facts are missing.
    @Test func twentyFiveSourcedModels() {
        #expect(workspace.profiles.count >= 24)
        for profile in workspace.profiles {
            for fact in profile.facts where fact.value != nil {
                #expect(fact.source != nil, "\(profile.id).\(fact.key) has no source")
                #expect(fact.accessed != nil, "\(profile.id).\(fact.key) has no access date")
            }
        }
    }
}
