import Foundation
import OpenDefKit
import Testing

/// The European Open Source AI Index importer: an empty judgement is unknown, never closed; each dimension
/// is read only into what it says.
@Suite struct ImportOSAITests {
    static var corpus: String { ImportFixtures.corpora + "/osai-index" }

    static func record(_ judgements: [String: String], licence: String = "Apache-2.0") -> String {
        var text = """
            system:
                name: Sample
                link: https://example.org
                type: text
                basemodelname: Sample-Base
                endmodelname: Sample-Chat
                endmodellicense: \(licence)
                releasedate: 2025-01
            org:
                name: Example Lab

            """
        for dimension in OSAIImporter.dimensions {
            let value = judgements[dimension.key] ?? "open"
            text += "\(dimension.key):\n    class: \(value)\n    link: https://example.org/\(dimension.key)\n    notes: About \(dimension.key).\n"
        }
        return text
    }

    func importOne(_ text: String) throws -> (ImportedProfile, ImportResult) {
        let corpus = try ImportCorpus(files: ["Sample.yaml": text])
        defer { corpus.remove() }
        let result = ImportFixtures.run(.osai, corpus.root)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.description))")
        return (try #require(result.profiles.first), result)
    }

    @Test func allOpen() throws {
        let (profile, _) = try importOne(Self.record([:]))
        #expect(profile.id == "osai-sample")
        #expect(profile.name == "Sample-Chat")
        #expect(profile.developer == "Example Lab")
        #expect(profile.value("weights.final.released") == "true")
        #expect(profile.value("weights.final.access") == "public_ungated")
        #expect(profile.value("weights.final.licence") == "Apache-2.0")
        #expect(profile.value("data.training.released") == "full")
        #expect(profile.value("code.training.released") == "true")
        #expect(profile.value("code.data_processing.released") == "true")
        #expect(profile.value("docs.research_paper.published") == "true")
        #expect(profile.value("docs.model_card.published") == "true")
        #expect(profile.value("docs.data_card.published") == "true")
        // Dimensions with no fact: no fact, but the judgement is in the note.
        #expect(profile.note.contains("licenses: open"))
        #expect(profile.note.contains("hardware_architecture: open"))
        #expect(profile.facts.count == 9)
    }

    @Test func anEmptyJudgementIsUnknownNotClosed() throws {
        var empty: [String: String] = [:]
        for dimension in OSAIImporter.dimensions { empty[dimension.key] = "" }
        let (profile, _) = try importOne(Self.record(empty))
        for fact in [
            "weights.final.released", "data.training.released", "code.training.released", "code.data_processing.released",
            "docs.research_paper.published", "docs.model_card.published", "docs.data_card.published",
        ] {
            #expect(profile.value(fact) == "unknown", "\(fact)")
        }
        #expect(profile.fact("weights.final.released")?.note?.contains("empty") == true)
        #expect(profile.note.contains("weights_endmodel: empty"))
        // Empty beside closed still leaves the combined readings open either way.
        let (mixed, _) = try importOne(Self.record(["datasources_basemodel": "closed", "datasources_endmodel": "", "preprint": "closed", "paper": "~"]))
        #expect(mixed.value("data.training.released") == "unknown")
        #expect(mixed.value("docs.research_paper.published") == "unknown")
    }

    @Test func closedAndPartial() throws {
        let (closed, _) = try importOne(
            Self.record([
                "weights_endmodel": "closed", "trainingcode": "closed", "modelcard": "closed", "datasheet": "partial",
                "datasources_basemodel": "open", "datasources_endmodel": "closed", "preprint": "closed", "paper": "closed",
            ]))
        #expect(closed.value("weights.final.released") == "false")
        #expect(closed.value("weights.final.access") == nil)
        // Weights that are not shared have no licence to state.
        #expect(closed.value("weights.final.licence") == nil)
        #expect(closed.value("code.training.released") == "false")
        #expect(closed.value("docs.model_card.published") == "false")
        #expect(closed.value("docs.data_card.published") == "true")
        #expect(closed.value("data.training.released") == "partial")
        #expect(closed.value("docs.research_paper.published") == "false")

        let (partial, _) = try importOne(Self.record(["weights_endmodel": "partial", "trainingcode": "partial"]))
        #expect(partial.value("weights.final.released") == "unknown")
        #expect(partial.value("weights.final.access") == "unknown")
        #expect(partial.value("weights.final.licence") == "Apache-2.0")
        #expect(partial.value("code.training.released") == "unknown")
    }

    @Test(arguments: [
        (OSAIImporter.Judgement.open, OSAIImporter.Judgement.open, "full"),
        (.closed, .closed, "none"),
        (.open, .closed, "partial"),
        (.partial, .open, "partial"),
        (.open, nil, nil),
        (nil, .closed, nil),
        (.partial, nil, "partial"),
        (nil, nil, nil),
    ] as [(OSAIImporter.Judgement?, OSAIImporter.Judgement?, String?)])
    func trainingDataReading(base: OSAIImporter.Judgement?, end: OSAIImporter.Judgement?, expected: String?) {
        #expect(OSAIImporter.trainingData(base, end) == expected)
    }

    @Test func researchPaperReading() {
        #expect(OSAIImporter.researchPaper(.partial, .closed) == true)
        #expect(OSAIImporter.researchPaper(.closed, .open) == true)
        #expect(OSAIImporter.researchPaper(.closed, .closed) == false)
        #expect(OSAIImporter.researchPaper(.closed, nil) == nil)
        #expect(OSAIImporter.researchPaper(nil, .open) == true)
    }

    @Test func theEndModelLicenceIsMappedOnlyThroughTheCatalogue() throws {
        let (profile, result) = try importOne(Self.record([:], licence: "Purposely left ambiguous"))
        #expect(profile.value("weights.final.licence") == "unknown")
        #expect(profile.fact("weights.final.licence")?.note?.contains("'Purposely left ambiguous'") == true)
        #expect(result.unmappedLicences == [UnmappedLicence(text: "Purposely left ambiguous", count: 1)])
        let (alias, _) = try importOne(Self.record([:], licence: "MIT License"))
        #expect(alias.value("weights.final.licence") == "MIT")
    }

    @Test func anInvalidJudgementIsAnErrorAndTheOtherRecordsImport() throws {
        let bad = Self.record(["paper": "mostly"])
        let corpus = try ImportCorpus(files: ["Bad.yaml": bad, "Good.yaml": Self.record([:]), "_parameters.yml": "- x\n"])
        defer { corpus.remove() }
        let result = ImportFixtures.run(.osai, corpus.root)
        #expect(result.profiles.map(\.id) == ["osai-good"])
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.location?.file.hasSuffix("Bad.yaml") == true)
        #expect(error.message.hasPrefix("'mostly' is not a judgement of the index"))
        #expect(error.location?.line == bad.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("mostly") }.map { $0 + 1 })
    }

    /// The mapping table covers exactly the dimensions of the index's `_parameters.yml`, each once.
    @Test func theTableCoversTheIndexsTwelveDimensions() throws {
        let text = try String(contentsOfFile: Self.corpus + "/_parameters.yml", encoding: .utf8)
        let refs = text.split(separator: "\n").compactMap { line -> String? in
            let t = line.trimmingCharacters(in: .whitespaces)
            return t.hasPrefix("- ref: ") ? String(t.dropFirst(7)) : nil
        }
        #expect(refs.count == 12)
        #expect(OSAIImporter.dimensions.map(\.key) == refs)
    }

    @Test func theWholeIndexImports() throws {
        let result = ImportFixtures.run(.osai, Self.corpus)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(result.profiles.count == 193)
        #expect(result.skipped.count == 1)
        let olmo = try #require(result.profiles.first { $0.id == "osai-olmo" })
        #expect(olmo.name == "Olmo-3.1-32B-Think")
        #expect(olmo.value("weights.final.released") == "true")
        #expect(olmo.value("weights.final.licence") == "Apache-2.0")
        #expect(olmo.value("data.training.released") == "full")
        #expect(olmo.fact("data.training.released")?.accessed.description == "2026-06-12")
    }
}
