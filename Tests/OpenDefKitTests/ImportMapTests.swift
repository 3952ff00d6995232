import Foundation
import OpenDefKit
import Testing

/// The os-ai-map importer: components parsed at `;` outside parentheses, read only into what they say.
@Suite struct ImportMapTests {
    static var corpus: String { ImportFixtures.corpora + "/currentai-os-ai-map" }

    @Test func componentsSplitOutsideParentheses() {
        let parts = OSAIMapImporter.parts(
            "weights:open(MIT, on HF; distillation explicitly permitted);data:closed;code:partial(inference);license:MIT(OSI-style)")
        #expect(parts.map(\.key) == ["weights", "data", "code", "license"])
        #expect(parts[0].head == "open")
        #expect(parts[0].detail == "MIT, on HF; distillation explicitly permitted")
        #expect(parts[1].head == "closed")
        #expect(parts[1].detail == nil)
        #expect(parts[3].head == "MIT")
    }

    static func score(_ components: String, product: String = "sample") -> String {
        """
        product: \(product)
        openness:
          score: 3
          class: open_weights
          components: '\(components)'
          confidence: high
          note: A note.
          sources:
          - url: https://example.org/card
            shows: the card
            accessed: '2026-06-01'
        adoption: {level: 3}
        capability: {score: 3, basis: x}
        """
    }

    func importScores(_ scores: [String: String], products: [String: String] = [:]) throws -> ImportResult {
        var files: [String: String] = [:]
        for (slug, text) in scores { files["sources/scores/\(slug).yaml"] = text }
        for (slug, text) in products { files["sources/products/\(slug).yaml"] = text }
        let corpus = try ImportCorpus(files: files)
        defer { corpus.remove() }
        return ImportFixtures.run(.osAIMap, corpus.root)
    }

    @Test func openComponents() throws {
        let result = try importScores(
            ["sample": Self.score("weights:open(Apache-2.0);data:open(all);code:open(training);checkpoints:open;license:Apache-2.0(OSI)")],
            products: ["sample": "name: sample\ndisplay_name: Sample Model\ntype: model\n"])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let profile = try #require(result.profiles.first)
        #expect(profile.id == "os-ai-map-sample")
        #expect(profile.name == "Sample Model")
        #expect(profile.value("weights.final.released") == "true")
        #expect(profile.value("weights.final.licence") == "Apache-2.0")
        #expect(profile.value("data.training.released") == "full")
        #expect(profile.value("code.training.released") == "true")
        #expect(profile.value("weights.intermediate.released") == "true")
        #expect(profile.note.contains("class 'open_weights', score 3 of 5"))
    }

    @Test func closedWeightsHaveNoLicenceAndCompoundsAreNotGuessed() throws {
        let result = try importScores([
            "api": Self.score("weights:closed;data:closed;code:closed;license:Proprietary(API-only)"),
            "two": Self.score("weights:open;data:closed;code:partial(inference);license:code MIT + model X-License(terms)"),
            "odd": Self.score("weights:announced_not_yet_released;data:described_not_released(named);code:closed;base:Other-7B"),
        ])
        let api = try #require(result.profiles.first { $0.id == "os-ai-map-api" })
        #expect(api.value("weights.final.released") == "false")
        #expect(api.value("weights.final.licence") == nil)
        #expect(api.value("data.training.released") == "none")
        #expect(api.value("code.training.released") == "false")
        let two = try #require(result.profiles.first { $0.id == "os-ai-map-two" })
        #expect(two.value("weights.final.licence") == "unknown")
        #expect(two.fact("weights.final.licence")?.note?.contains("joined by '+'") == true)
        #expect(two.value("code.training.released") == "false")
        let odd = try #require(result.profiles.first { $0.id == "os-ai-map-odd" })
        #expect(odd.value("weights.final.released") == "false")
        #expect(odd.value("data.training.released") == "unknown")
        #expect(odd.value("finetune.is_finetune") == "true")
        #expect(result.unmappedLicences.map(\.text) == ["code MIT + model X-License(terms)"])
    }

    @Test func aScoreWithoutClassIsAnError() throws {
        let result = try importScores(["bad": "product: bad\nopenness:\n  score: 2\n", "good": Self.score("weights:open")])
        #expect(result.profiles.map(\.id) == ["os-ai-map-good"])
        let error = try #require(result.diagnostics.first)
        #expect(error.message == "missing required key 'class' in openness")
        #expect(error.location?.line == 3)
    }

    @Test func theWholeMapImports() throws {
        let result = ImportFixtures.run(.osAIMap, Self.corpus)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(result.profiles.count == 76)
        let pythia = try #require(result.profiles.first { $0.id == "os-ai-map-pythia" })
        #expect(pythia.value("weights.final.licence") == "Apache-2.0")
        #expect(pythia.value("weights.intermediate.released") == "true")
        let gpt = try #require(result.profiles.first { $0.id == "os-ai-map-gpt-5" })
        #expect(gpt.value("weights.final.released") == "false")
        #expect(gpt.fact("weights.final.released")?.accessed.description == "2026-06-11")
    }
}
