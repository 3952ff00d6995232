import Foundation
import OpenDefKit
import Testing

/// Hostile or broken files end in one clear, located error, quickly and in bounded memory: never a crash,
/// a hang or a silently accepted file.
@Suite(.timeLimit(.minutes(1))) struct HostileInputTests {
    func errors(for data: Data, name: String = "Models/p.yaml") throws -> [Diagnostic] {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.root + "/" + name
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path))
        return Checker.check(scratch.load()).filter { $0.severity == .error && ($0.location?.file == path || $0.message.contains(path)) }
    }

    func errors(for text: String) throws -> [Diagnostic] { try errors(for: Data(text.utf8)) }

    @Test func aliasExpansionBomb() throws {
        var text = "schema_version: 1\nid: p\nname: P\nl0: &l0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for i in 1...9 {
            text += "l\(i): &l\(i) [" + Array(repeating: "*l\(i - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        text += "facts: {}\n"
        let found = try errors(for: text)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("anchors and aliases") == true)
        #expect(found.first?.location?.line == 4)
        #expect(found.first?.location?.column == 5)
    }

    @Test func deepFlowNesting() throws {
        let text = "schema_version: 1\nid: p\nname: P\nfacts: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        let found = try errors(for: text)
        #expect(found.count == 1)
        #expect(found.first?.message == "YAML is nested too deeply")
        #expect(found.first?.location?.line == 4)
    }

    @Test(arguments: [
        // 10,000 nested block sequences on one line, and 2,000 levels of indentation.
        "facts:\n  " + String(repeating: "- ", count: 10_000) + "x\n",
        "facts:\n" + (0..<2_000).map { String(repeating: " ", count: $0 + 1) + "k:\n" }.joined(),
    ])
    func deepBlockNesting(_ body: String) throws {
        let text = "schema_version: 1\nid: p\nname: P\n" + body
        let found = try errors(for: text)
        #expect(found.count == 1)
        #expect(found.first?.message == "YAML is nested too deeply")
    }

    @Test func deepPredicateNesting() throws {
        let predicate = String(repeating: "{not: ", count: 100) + "{fact: a, is: true}" + String(repeating: "}", count: 100)
        let found = try errors(
            for: Data(
                definitionYAML(
                    criteria: criterionYAML("c", predicate),
                    outcomes: "  - {id: y, title: Y, open: true, when: c}\n  - {id: n, title: N, open: false, otherwise: true}"
                ).utf8), name: "Definitions/d.yaml")
        #expect(found.contains { $0.message == "predicate is nested more than 64 levels deep" })
    }

    @Test func fiftyMegabyteFile() throws {
        let line = Data("filler: 0123456789012345678901234567890123456789\n".utf8)
        var data = Data(capacity: 50 * 1024 * 1024 + line.count)
        while data.count < 50 * 1024 * 1024 { data.append(line) }
        let found = try errors(for: data)
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("file is too large") == true)
    }

    @Test func binaryData() throws {
        var rng = SystemRandomNumberGenerator()
        var bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &rng) }
        bytes[100] = 0
        let found = try errors(for: Data(bytes))
        #expect(found.count == 1)
        #expect(found.first?.message.contains("binary data") == true || found.first?.message.contains("UTF-8") == true)
    }

    @Test func invalidUTF8() throws {
        var data = Data("schema_version: 1\nid: p\nname: \"".utf8)
        data.append(contentsOf: [0xC3, 0x28, 0xFF])
        data.append(Data("\"\nfacts: {}\n".utf8))
        let found = try errors(for: data)
        #expect(found.count == 1)
        #expect(found.first?.message == "file is not valid UTF-8 (invalid byte at offset 31)")
        #expect(found.first?.location?.line == 3)
        #expect(found.first?.location?.column == 8)
    }

    @Test(arguments: ["", "\n\n  \n", "# only a comment\n"])
    func emptyFile(_ text: String) throws {
        let found = try errors(for: text)
        #expect(found.count == 1)
        #expect(found.first?.message == "file is empty" || found.first?.message == "file has no YAML document")
    }

    @Test func controlCharacters() throws {
        let found = try errors(for: "schema_version: 1\nid: p\nname: \u{7}bell\nfacts: {}\n")
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("YAML cannot be read") == true)
    }

    @Test func manyDocuments() throws {
        let found = try errors(for: "schema_version: 1\n---\nid: p\n")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("but found another document") == true)
    }

    @Test func topLevelList() throws {
        let found = try errors(for: "- a\n- b\n")
        #expect(found.first?.message == "expected profile as a mapping of keys to values, found a list")
    }
}
