import Foundation
import OpenDefKit
import Testing

/// The profile writer: deterministic YAML that the profile loader reads back exactly, written atomically.
@Suite struct ImportWriterTests {
    static let day = Day("2026-05-11")!

    static let awkward = ImportedProfile(
        id: "mot-awkward",
        name: "Name with \"quotes\", a \\ backslash: and # a hash",
        developer: "Lab\nwith a newline\tand a tab",
        note: "Unicode: 模型社区许可协议 “curly” \u{2028} line separator, \u{7} bell",
        facts: [
            "weights.final.released": ImportedFact(value: .bool(true), grade: .reported, source: "s: 1", accessed: day, note: nil),
            "data.training.released": ImportedFact(value: .symbol("full"), grade: nil, source: "s", accessed: day, note: "n"),
            "weights.final.licence": ImportedFact(value: .symbol("0BSD"), grade: .derived, source: "s", accessed: day, note: nil),
            "code.training.licence": ImportedFact(value: .unknown, grade: nil, source: "s", accessed: day, note: "yes: no"),
        ],
        record: "corpus path (commit x)")

    @Test func rendersWhatTheLoaderReadsBack() throws {
        let text = ProfileWriter.render(Self.awkward, schema: "../Definitions/_schema/profile.schema.json")
        #expect(text.hasPrefix("# yaml-language-server: $schema=../Definitions/_schema/profile.schema.json\n"))
        let loaded = ProfileLoader.load(SourceFile(path: "mot-awkward.yaml", text: text))
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.description))")
        let profile = try #require(loaded.value)
        #expect(profile.name == Self.awkward.name)
        #expect(profile.developer == Self.awkward.developer)
        #expect(profile.note == Self.awkward.note)
        #expect(profile.facts.map(\.key) == Self.awkward.facts.keys.sorted())
        for fact in profile.facts {
            let original = try #require(Self.awkward.facts[fact.key])
            #expect((fact.value?.text ?? "unknown") == original.value.description)
            #expect(fact.source == original.source)
            #expect(fact.accessed?.text == "2026-05-11")
            #expect(fact.grade == original.grade)
            #expect(fact.note == original.note)
            if case .bool = original.value { #expect(fact.value?.isPlain == true) }
        }
        // A licence id that starts with a digit is quoted, so no YAML reader takes it for a number.
        #expect(text.contains("value: \"0BSD\""))
        #expect(text.contains("value: unknown\n"))
    }

    @Test func writesAtomicallyAndLeavesNothingElse() throws {
        let folder = try importOutputFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = ImportResult(
            source: .mot, profiles: [Self.awkward], diagnostics: [],
            unmappedLicences: [UnmappedLicence(text: "a\tb", count: 3), UnmappedLicence(text: "Undisclosed", count: 1)],
            skipped: [], recordCount: 1, sources: [:])
        let written = try ProfileWriter.write(result, to: folder + "/out", schema: "s.json")
        #expect(written.map { ($0 as NSString).lastPathComponent } == ["mot-awkward.yaml", "unmapped-licences.txt"])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/out").sorted()
        #expect(names == ["mot-awkward.yaml", "unmapped-licences.txt"])
        let list = try String(contentsOfFile: folder + "/out/unmapped-licences.txt", encoding: .utf8)
        #expect(list == "3\ta\\tb\n1\tUndisclosed\n")
        // Writing again with the same content leaves the file as it is.
        let path = folder + "/out/mot-awkward.yaml"
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.01)
        try ProfileWriter.write(result, to: folder + "/out", schema: "s.json")
        let after = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        #expect(before == after)
    }

    @Test func schemaReferenceIsRelativeToTheOutputFolder() {
        #expect(
            ProfileWriter.schemaReference(outputDirectory: "/r/Models/imported", definitionsDirectory: "/r/Definitions")
                == "../../Definitions/_schema/profile.schema.json")
        #expect(
            ProfileWriter.schemaReference(outputDirectory: "/r/Models", definitionsDirectory: "/r/Definitions/")
                == "../Definitions/_schema/profile.schema.json")
    }

    @Test func snapshotIsReadFromSourceMD() throws {
        let corpus = try ImportCorpus(files: ["a/b/record.yml": "x"])
        defer { corpus.remove() }
        let snapshot = try CorpusSnapshot.locate(near: corpus.path("a/b/record.yml")).get()
        #expect(snapshot.commit == ImportCorpus.commit)
        #expect(snapshot.date.description == ImportCorpus.date)
        #expect(snapshot.repository == "https://example.org/corpus")
        #expect(snapshot.relative(corpus.path("a/b/record.yml")) == "a/b/record.yml")

        let real = try CorpusSnapshot.locate(near: ImportFixtures.corpora + "/osai-index/OLMo.yaml").get()
        #expect(real.commit == "376230f18fa16f9d6da6fba8aeb210402c359be7")
        #expect(real.date.description == "2026-06-12")

        let broken = try ImportCorpus(files: ["r.yml": "x"], sourceMD: "- **Commit:** `abc` (yesterday)\n")
        defer { broken.remove() }
        guard case .failure(let diagnostic) = CorpusSnapshot.locate(near: broken.path("r.yml")) else {
            Issue.record("a SOURCE.md without a commit and date was accepted")
            return
        }
        #expect(diagnostic.location?.line == 1)
    }
}
