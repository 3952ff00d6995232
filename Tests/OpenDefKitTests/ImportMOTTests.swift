import Foundation
import OpenDefKit
import Testing

/// The Model Openness Tool importer: MOT's own 27 test vectors come out in the class MOT expects under
/// lf-mof-1.0, and the importer follows MOT's licence fallback, absent components and licence strings.
@Suite struct ImportMOTTests {
    static var corpus: String { ImportFixtures.corpora + "/lfai-model-openness-tool" }

    // MARK: - MOT's test vectors

    /// `Test_Data/expected_results.json`, which has trailing commas: they are removed (outside strings) first.
    static func expectedResults() throws -> [[String: Any]] {
        let text = try String(contentsOfFile: corpus + "/Test_Data/expected_results.json", encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var inString = false
        var escaped = false
        for (i, c) in scalars.enumerated() {
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                out.append(c)
                continue
            }
            if c == "\"" { inString = true }
            if c == "," {
                var j = i + 1
                while j < scalars.count, scalars[j].properties.isWhitespace { j += 1 }
                if j < scalars.count, scalars[j] == "}" || scalars[j] == "]" { continue }
            }
            out.append(c)
        }
        let data = Data(String(out).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(object["models"] as? [[String: Any]])
    }

    /// The record's content as MOT's expected results state it: global licence names and components.
    struct Content: Equatable {
        var globals: [String: String]
        var components: [String: String?]
    }

    static func content(of expected: [String: Any]) -> Content {
        let release = expected["release"] as? [String: Any] ?? [:]
        var globals: [String: String] = [:]
        for (key, value) in release["license"] as? [String: Any] ?? [:] {
            if let name = (value as? [String: Any])?["name"] as? String, !name.isEmpty { globals[key] = name }
        }
        var components: [String: String?] = [:]
        for c in release["components"] as? [[String: Any]] ?? [] {
            if let name = c["name"] as? String { components[name] = .some(c["license"] as? String) }
        }
        return Content(globals: globals, components: components)
    }

    static func content(of record: MOTImporter.Record) -> Content {
        var components: [String: String?] = [:]
        for c in record.components {
            switch c.licence {
            case .absent: components[c.name] = .some(nil)
            case .text(let t): components[c.name] = .some(t)
            }
        }
        return Content(globals: record.globalLicences, components: components)
    }

    /// MOT's class number to lf-mof-1.0's outcome id.
    static let outcomes = [0: "unclassified", 1: "class-i", 2: "class-ii", 3: "class-iii"]

    @Test func everyTestVectorGetsTheClassMOTExpects() throws {
        let folder = Self.corpus + "/Test_Data"
        let result = ImportFixtures.run(.mot, folder)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(result.profiles.count == 27)

        // Pair each expected result with its record file by content (the file names carry stale percentages).
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yml") }.sorted()
        var recordContent: [String: Content] = [:]
        for name in files {
            let file = try #require(try? SourceFile.read(path: folder + "/" + name).get())
            let record = try #require(MOTImporter.parse(file).value, "\(name) does not parse")
            recordContent[name] = Self.content(of: record)
        }
        let expected = try Self.expectedResults()
        #expect(expected.count == 27)

        let output = try importOutputFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        try ProfileWriter.write(result, to: output, schema: "profile.schema.json")
        let workspace = Workspace.load(definitionsDirectory: Repository.definitions, modelsDirectory: output)
        let imported = Checker.check(workspace).filter { $0.location?.file.hasPrefix(output) == true }
        #expect(imported.isEmpty, "\(imported.map(\.description).joined(separator: "\n"))")
        let vocabulary = try #require(workspace.vocabulary)
        let table = FactTable(vocabulary: vocabulary, catalogue: workspace.catalogue)
        let mof = try #require(workspace.definition("lf-mof-1.0").flatMap { Compiler.compile($0, table: table) })
        let evaluator = Evaluator(table: table, definitions: [mof])

        var paired = Set<String>()
        var reproduced = 0
        for entry in expected {
            let release = entry["release"] as? [String: Any] ?? [:]
            let name = release["name"] as? String ?? "?"
            let classification = entry["classification"] as? [String: Any] ?? [:]
            let expectedOutcome = try #require((classification["class"] as? Int).flatMap { Self.outcomes[$0] })
            let matches = recordContent.filter { $0.value == Self.content(of: entry) }.map(\.key)
            guard matches.count == 1, let file = matches.first else {
                Issue.record("expected result '\(name)' matches \(matches.count) record files")
                continue
            }
            paired.insert(file)
            let id = Importer.profileID(source: .mot, file: file)
            let profile = try #require(workspace.profile(id), "no profile \(id)")
            let evaluation = evaluator.evaluate(profile)[0]
            #expect(
                evaluation.determined && evaluation.outcome?.id == expectedOutcome,
                "\(file): MOT expects \(expectedOutcome), lf-mof-1.0 gives \(evaluation.possibleOutcomes.map(\.id)) (unknown: \(evaluation.unknownFacts.map(\.name)))"
            )
            if evaluation.outcome?.id == expectedOutcome { reproduced += 1 }
        }
        #expect(paired.count == 27)
        #expect(reproduced == 27)
    }

    // MARK: - MOT's rules

    static let sampleRecord = """
        framework:
          name: 'Model Openness Framework'
          version: '1.0'
          date: '2024-12-15'
        release:
          name: Sample
          version: 7B
          producer: Example Lab
          license:
            distribution:
              name: MIT
              path: ''
            code:
              name: Apache-2.0
              path: ''
            document:
              name: ''
          components:
            - name: 'Model architecture'
              description: 'no licence of its own, so the global code licence applies'
            - name: 'Model parameters (Final)'
              description: 'no data licence, so the distribution licence applies'
            - name: 'Model card'
              license: Apache 2.0
            - name: 'Data card'
              license: unlicensed
            - name: 'Technical report'
              license: ''
            - name: 'Evaluation results'
              license: null
            - name: 'Research paper'
              license: Undisclosed
            - name: 'Training code'
              license: '  Undisclosed '
        """

    func importSample() throws -> (ImportedProfile, ImportResult) {
        let corpus = try ImportCorpus(files: ["models/Sample.yml": Self.sampleRecord])
        defer { corpus.remove() }
        let result = ImportFixtures.run(.mot, corpus.root)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let profile = try #require(result.profiles.first)
        #expect(result.profiles.count == 1)
        return (profile, result)
    }

    @Test func licenceFallsBackToTheContentTypeThenTheDistributionLicence() throws {
        let (profile, _) = try importSample()
        #expect(profile.id == "mot-sample")
        #expect(profile.name == "Sample 7B")
        #expect(profile.developer == "Example Lab")
        // Code component without a licence: the global code licence.
        #expect(profile.value("code.architecture.licence") == "Apache-2.0")
        #expect(profile.fact("code.architecture.licence")?.grade == .derived)
        #expect(profile.fact("code.architecture.licence")?.source.contains("release.license.code.name") == true)
        // Data component, no global data licence: the distribution licence.
        #expect(profile.value("weights.final.licence") == "MIT")
        #expect(profile.fact("weights.final.licence")?.source.contains("release.license.distribution.name") == true)
        // A null licence is no licence: the fallback applies (the document licence is empty, so distribution).
        #expect(profile.value("eval.results.licence") == "MIT")
        // The component's own licence, through the catalogue's aliases.
        #expect(profile.value("docs.model_card.licence") == "Apache-2.0")
        #expect(profile.fact("docs.model_card.licence")?.grade == .reported)
        // 'unlicensed' and '' do not fall back (MOT stores them blank): unknown, with the record quoted.
        #expect(profile.value("docs.data_card.licence") == "unknown")
        #expect(profile.fact("docs.data_card.licence")?.note?.contains("'unlicensed'") == true)
        #expect(profile.value("docs.technical_report.licence") == "unknown")
        #expect(profile.fact("docs.technical_report.licence")?.note?.contains("empty licence") == true)
    }

    @Test func licenceFallbackMatchesMOTsResolution() {
        let record = MOTImporter.Record(
            name: "x", version: nil, producer: nil, type: nil, architecture: nil, date: nil,
            globalLicences: ["distribution": "MIT", "data": "CC-BY-4.0"], components: [])
        let at = SourceLocation(file: "x", line: 1, column: 1)
        func resolve(_ licence: MOTImporter.Record.LicenceField, _ type: MOTImporter.ContentType) -> MOTImporter.ResolvedLicence {
            MOTImporter.resolveLicence(.init(name: "c", licence: licence, location: at), type: type, in: record)
        }
        #expect(resolve(.absent, .data) == .named("CC-BY-4.0", from: "data"))
        #expect(resolve(.absent, .code) == .named("MIT", from: "distribution"))
        #expect(resolve(.text("GPL-3.0-only"), .code) == .named("GPL-3.0-only", from: "component"))
        #expect(resolve(.text("unlicensed"), .code) == .unlicensed(written: "unlicensed"))
        #expect(resolve(.text(""), .data) == .unlicensed(written: ""))
        let bare = MOTImporter.Record(
            name: "x", version: nil, producer: nil, type: nil, architecture: nil, date: nil, globalLicences: [:],
            components: [])
        #expect(MOTImporter.resolveLicence(.init(name: "c", licence: .absent, location: at), type: .code, in: bare) == .none)
    }

    @Test func absentComponentsAreNotReleasedAndHaveNoKnownLicence() throws {
        let (profile, _) = try importSample()
        #expect(profile.value("code.architecture.released") == "true")
        #expect(profile.value("inference.released") == nil)
        #expect(profile.value("code.inference.released") == "false")
        #expect(profile.value("code.inference.licence") == "unknown")
        #expect(profile.fact("code.inference.licence")?.note?.contains("not listed") == true)
        #expect(profile.value("weights.intermediate.released") == "false")
        #expect(profile.value("data.training.released") == "none")
        #expect(profile.value("data.training.licence") == "unknown")
        #expect(profile.value("docs.sample_outputs.published") == "false")
        // Every one of the 17 components states whether it is released.
        for component in MOTImporter.components {
            #expect(profile.fact(component.releasedFact) != nil, "\(component.name)")
            if let licence = component.licenceFact { #expect(profile.fact(licence) != nil, "\(component.name)") }
        }
    }

    @Test func datasetsListedMeansTrainingDataInFull() throws {
        let corpus = try ImportCorpus(files: [
            "models/D.yml": "release:\n  name: D\n  license: {distribution: {name: CC-BY-4.0}}\n  components:\n    - name: Datasets\n"
        ])
        defer { corpus.remove() }
        let profile = try #require(ImportFixtures.run(.mot, corpus.root).profiles.first)
        #expect(profile.value("data.training.released") == "full")
        #expect(profile.value("data.training.licence") == "CC-BY-4.0")
    }

    @Test func unmappedLicenceStringsAreUnknownAndListedWithCounts() throws {
        let (profile, result) = try importSample()
        #expect(profile.value("docs.research_paper.licence") == "unknown")
        let note = try #require(profile.fact("docs.research_paper.licence")?.note)
        #expect(note.contains("'Undisclosed'"))
        #expect(note.contains("names no licence in the catalogue"))
        // Surrounding spaces do not make a second string; counts are per licence fact left unknown.
        #expect(result.unmappedLicences == [UnmappedLicence(text: "Undisclosed", count: 2)])
        let output = try importOutputFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        try ProfileWriter.write(result, to: output, schema: "x")
        let list = try String(contentsOfFile: output + "/unmapped-licences.txt", encoding: .utf8)
        #expect(list == "2\tUndisclosed\n")
    }

    @Test func everyFactCitesTheRecordAndTheSnapshot() throws {
        let (profile, _) = try importSample()
        for (id, fact) in profile.facts {
            #expect(fact.accessed.description == ImportCorpus.date, "\(id)")
            #expect(fact.source.hasPrefix("opendef-import-"), "\(id): \(fact.source)")
            #expect(fact.source.contains(" models/Sample.yml (commit \(ImportCorpus.commit), https://example.org/corpus)"), "\(id)")
        }
        #expect(profile.note.contains("the record's claims") || profile.note.contains("The claims of"))
    }

    @Test func aBadRecordIsReportedWhereItIsAndTheOthersStillImport() throws {
        let corpus = try ImportCorpus(files: [
            "models/Good.yml": "release:\n  name: Good\n  components:\n    - name: Model card\n      license: CC-BY-4.0\n",
            "models/Broken.yml": "release:\n  name: Broken\n  components: [\n",
            "models/Typo.yml": "release:\n  name: Typo\n  components:\n    - name: Model architecure\n",
            "models/NoRelease.yml": "framework: {name: Model Openness Framework}\n",
        ])
        defer { corpus.remove() }
        let result = ImportFixtures.run(.mot, corpus.root)
        #expect(result.profiles.map(\.id) == ["mot-good"])
        #expect(result.recordCount == 4)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 3)
        let typo = try #require(errors.first { $0.location?.file.hasSuffix("Typo.yml") == true })
        #expect(typo.location?.line == 4)
        #expect(typo.location?.column == 13)
        #expect(typo.message == "unknown MOF component 'Model architecure'")
        #expect(typo.hint == "did you mean 'Model architecture'?")
        let broken = try #require(errors.first { $0.location?.file.hasSuffix("Broken.yml") == true })
        #expect(broken.message.hasPrefix("YAML syntax"))
        #expect((broken.location?.line ?? 0) >= 3)
        let missing = try #require(errors.first { $0.location?.file.hasSuffix("NoRelease.yml") == true })
        #expect(missing.message == "missing required key 'release' in a MOT record")
        let rendered = ImportDiagnostics.render(result.diagnostics, sources: result.sources)
        #expect(rendered.contains("\(corpus.path("models/Typo.yml")):4:13: error: unknown MOF component 'Model architecure'\n"))
    }

    @Test func aPathWithoutACorpusOrThatDoesNotExistIsAnErrorForPeople() throws {
        let result = ImportFixtures.run(.mot, "/no/such/place.yml")
        #expect(result.profiles.isEmpty)
        let rendered = ImportDiagnostics.render(result.diagnostics, sources: [:])
        #expect(rendered.hasPrefix("/no/such/place.yml: error: no such file or folder\n  hint: "))

        let folder = try importOutputFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "release: {name: Lonely}\n".write(toFile: folder + "/Lonely.yml", atomically: true, encoding: .utf8)
        let lonely = ImportFixtures.run(.mot, folder + "/Lonely.yml")
        #expect(lonely.profiles.isEmpty)
        #expect(lonely.diagnostics.count == 1)
        #expect(ImportDiagnostics.render(lonely.diagnostics, sources: [:]).hasPrefix("\(folder)/Lonely.yml: error: no SOURCE.md"))

        let empty = try ImportCorpus(files: [:])
        defer { empty.remove() }
        let none = ImportFixtures.run(.mot, empty.root)
        #expect(none.diagnostics.first?.message == "no LF AI & Data Model Openness Tool records in this folder")
    }

    @Test func theTestRecordIsSkippedAndIDsStayApart() throws {
        let corpus = try ImportCorpus(files: [
            "models/DeepSeek-V3-test.yml": "release: {name: test}\n",
            "models/Command-R.yml": "release: {name: Command-R}\n",
            "models/Command-R+.yml": "release: {name: Command-R+}\n",
        ])
        defer { corpus.remove() }
        let result = ImportFixtures.run(.mot, corpus.root)
        #expect(result.profiles.map(\.id) == ["mot-command-r", "mot-command-r+"])
        #expect(result.skipped.count == 1)
        #expect(result.skipped.first?.contains("DeepSeek-V3-test.yml") == true)
    }

    /// The component table is MOT's own: names and content types as in config/mof.settings.yml.
    @Test func componentTableMatchesMOTsSettings() throws {
        let text = try String(contentsOfFile: Self.corpus + "/config/mof.settings.yml", encoding: .utf8)
        var settings: [String: String] = [:]
        var ids: [String: Int] = [:]
        var name: String?
        var id: Int?
        for line in text.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line.hasPrefix("id: ") { id = Int(line.dropFirst(4)) }
            if line.hasPrefix("name: ") { name = String(line.dropFirst(6)) }
            if line.hasPrefix("content_type: "), let n = name {
                settings[n] = String(line.dropFirst(14))
                ids[n] = id
            }
        }
        #expect(settings.count == 17)
        #expect(MOTImporter.components.count == 17)
        for component in MOTImporter.components {
            #expect(settings[component.name] == component.contentType.rawValue, "\(component.name)")
            #expect(ids[component.name] == component.cid, "\(component.name)")
        }
    }

    /// The whole corpus imports without errors, and twice gives the same files.
    @Test func theWholeCorpusImportsDeterministically() throws {
        let first = ImportFixtures.run(.mot, Self.corpus)
        #expect(first.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(first.recordCount == 272)
        #expect(first.profiles.count == 272)
        #expect(first.unmappedLicences.contains { $0.text == "Undisclosed" })
        #expect(first.unmappedLicences.map(\.count) == first.unmappedLicences.map(\.count).sorted(by: >))
        let second = ImportFixtures.run(.mot, Self.corpus)
        #expect(first.profiles.map { ProfileWriter.render($0) } == second.profiles.map { ProfileWriter.render($0) })
        #expect(first.unmappedLicences == second.unmappedLicences)
        let dates = Set(first.profiles.flatMap { $0.facts.values.map(\.accessed.description) })
        #expect(dates == ["2026-05-11"])
    }
}
