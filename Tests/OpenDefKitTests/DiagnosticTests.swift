import Foundation
import OpenDefKit
import Testing

/// Every diagnostic lands where the 1️⃣ marker stands in the fixture, with the expected severity and words.
@Suite struct DiagnosticTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var path: String
        var marked: String
        var severity: Diagnostic.Severity = .error
        var message: String
        var hint: String? = nil
        var testDescription: String { name }
    }

    static let ok = """
          - id: c
            cite: {instrument: Test, section: "1", url: "https://example.org"}
            summary: C.
            when: {fact: a, is: true}
        """
    static let twoOutcomes = """
          - {id: yes, title: Yes, open: true, when: c}
          - {id: no, title: No, open: false, otherwise: true}
        """

    static func definition(criteria: String = ok, outcomes: String = twoOutcomes, extra: String = "") -> String {
        definitionYAML(criteria: criteria, outcomes: outcomes, extra: extra)
    }

    static let cases: [Case] = [
        Case(
            name: "malformed YAML", path: "Definitions/d.yaml",
            marked: "schema_version: 1\nid: d\ntitle: 1️⃣\"unterminated\npublisher: x\n",
            message: "YAML syntax: found unexpected end of stream"),
        Case(
            name: "bad indentation", path: "Definitions/d.yaml",
            marked: "schema_version: 1\nid: d\n  title1️⃣: x\n",
            message: "YAML syntax: mapping values are not allowed", hint: "a value containing ': ' must be quoted"),
        Case(
            name: "duplicate YAML key", path: "Definitions/d.yaml",
            marked: "schema_version: 1\nid: d\n1️⃣id: e\n", message: "duplicate key 'id' in the same mapping"),
        Case(
            name: "unknown key", path: "Definitions/d.yaml",
            marked: definition().replacingOccurrences(of: "title: Test definition", with: "1️⃣titel: Test definition"),
            message: "unknown key 'titel' in definition", hint: "did you mean 'title'?"),
        Case(
            name: "missing required key", path: "Definitions/d.yaml",
            marked: "1️⃣" + definition().replacingOccurrences(of: "publisher: Tests\n", with: ""),
            message: "missing required key 'publisher' in definition"),
        Case(
            name: "wrong value type", path: "Definitions/d.yaml",
            marked: definition(outcomes: """
                  - {id: yes, title: Yes, open: 1️⃣maybe, when: c}
                  - {id: no, title: No, open: false, otherwise: true}
                """), message: "expected true or false for open, found 'maybe'"),
        Case(
            name: "wrong enum for kind", path: "Definitions/d.yaml",
            marked: definition().replacingOccurrences(of: "kind: standard", with: "kind: 1️⃣standrd"),
            message: "'standrd' is not a valid kind", hint: "did you mean 'standard'?"),
        Case(
            name: "undeclared fact", path: "Definitions/d.yaml",
            marked: definition(criteria: criterionYAML("c", "{fact: 1️⃣acess, is: open}")),
            message: "undeclared fact 'acess'", hint: "did you mean 'access'?"),
        Case(
            name: "number against a boolean fact", path: "Definitions/d.yaml",
            marked: definition(criteria: criterionYAML("c", "{fact: a, is: 1️⃣3}")),
            message: "expected true or false, found '3' (comparing bool fact 'a')"),
        Case(
            name: "range operator on a boolean", path: "Definitions/d.yaml",
            marked: definition(criteria: criterionYAML("c", "1️⃣{fact: a, above: 3}")),
            message: "'above' compares numbers or dates; 'a' is bool"),
        Case(
            name: "undeclared enum value", path: "Definitions/d.yaml",
            marked: definition(criteria: criterionYAML("c", "{fact: access, in: [gated, 1️⃣opne]}")),
            message: "'opne' is not a value of this enum", hint: "did you mean 'open'?"),
        Case(
            name: "number that is not a number", path: "Definitions/d.yaml",
            marked: definition(criteria: criterionYAML("c", "{fact: compute, above: 1️⃣ten}")),
            message: "expected a number, found 'ten'"),
        Case(
            name: "licence compared by name", path: "Definitions/d.yaml",
            marked: definition(criteria: criterionYAML("c", "{fact: 1️⃣weights.licence, is: Open-1.0}")),
            message: "'weights.licence' is a licence; definitions test a licence's traits, never its name"),
        Case(
            name: "undeclared licence trait", path: "Definitions/d.yaml",
            marked: definition(criteria: criterionYAML("c", "{fact: 1️⃣weights.licence.osi_aproved, is: true}")),
            message: "'osi_aproved' is not a declared licence trait", hint: "did you mean 'weights.licence.osi_approved'?"),
        Case(
            name: "two operators in one comparison", path: "Definitions/d.yaml",
            marked: definition(criteria: criterionYAML("c", "1️⃣{fact: compute, above: 1, below: 5}")),
            message: "comparison of 'compute' has 2 operators"),
        Case(
            name: "duplicate criterion id", path: "Definitions/d.yaml",
            marked: definition(criteria: ok + "\n" + "  - id: 1️⃣c\n    cite: {instrument: T, section: \"1\", url: \"https://example.org\"}\n    summary: Again.\n    when: {fact: b, is: true}"),
            message: "duplicate criterion id 'c'"),
        Case(
            name: "reference to a missing criterion", path: "Definitions/d.yaml",
            marked: definition(outcomes: """
                  - {id: yes, title: Yes, open: true, when: {all: [c, 1️⃣cc-typo]}}
                  - {id: no, title: No, open: false, otherwise: true}
                """), message: "reference to missing criterion 'cc-typo'"),
        Case(
            name: "cyclic criteria", path: "Definitions/d.yaml",
            marked: definition(
                criteria: ok + "\n" + criterionYAML("p", "{all: [q]}") + "\n" + criterionYAML("q", "{any: [c, 1️⃣p]}"),
                outcomes: """
                      - {id: yes, title: Yes, open: true, when: p}
                      - {id: no, title: No, open: false, otherwise: true}
                    """), message: "cyclic criteria: p -> q -> p"),
        Case(
            name: "unreachable outcome", path: "Definitions/d.yaml",
            marked: definition(outcomes: """
                  - {id: yes, title: Yes, open: true, when: c}
                  - {id: 1️⃣also, title: Also, open: true, when: {all: [c, {fact: b, is: true}]}}
                  - {id: no, title: No, open: false, otherwise: true}
                """), message: "outcome 'also' is unreachable"),
        Case(
            name: "outcome after otherwise", path: "Definitions/d.yaml",
            marked: definition(outcomes: """
                  - {id: no, title: No, open: false, otherwise: true}
                  - {id: 1️⃣yes, title: Yes, open: true, when: c}
                """), message: "outcome 'yes' is unreachable: it comes after the otherwise outcome 'no'"),
        Case(
            name: "no otherwise outcome", path: "Definitions/d.yaml",
            marked: definition(outcomes: """
                  - {id: yes, title: Yes, open: true, when: c}
                  - {id: 1️⃣no, title: No, open: false, when: {not: c}}
                """), message: "the last outcome 'no' is not an 'otherwise' outcome"),
        Case(
            name: "file name differs from id", path: "Definitions/other.yaml",
            marked: definition().replacingOccurrences(of: "id: d\n", with: "id: 1️⃣d\n"),
            message: "file name 'other' differs from the id 'd'"),
        Case(
            name: "unused criterion", path: "Definitions/d.yaml",
            marked: definition(criteria: ok + "\n" + "  - id: 1️⃣spare\n    cite: {instrument: T, section: \"1\", url: \"https://example.org\"}\n    summary: Spare.\n    when: {fact: b, is: true}"),
            severity: .warning, message: "criterion 'spare' is not used"),
        Case(
            name: "example that does not hold", path: "Definitions/d.yaml",
            marked: definition(extra: "examples:\n  yes: [1️⃣m]\n"),
            message: "example 'm' is expected to be 'yes' but evaluates to 'no'; failing: c"),
        Case(
            name: "example naming an unknown profile", path: "Definitions/d.yaml",
            marked: definition(extra: "examples:\n  no: [1️⃣nobody]\n"), message: "example names unknown profile 'nobody'"),
        Case(
            name: "profile fact without a source", path: "Models/p.yaml",
            marked: "schema_version: 1\nid: p\nname: P\nfacts:\n  1️⃣a: true\n", severity: .warning,
            message: "fact 'a' has no source"),
        Case(
            name: "profile with an undeclared fact", path: "Models/p.yaml",
            marked: "schema_version: 1\nid: p\nname: P\nfacts:\n  1️⃣comptue: {value: 1, source: x}\n",
            message: "undeclared fact 'comptue'", hint: "did you mean 'compute'?"),
        Case(
            name: "profile value of the wrong type", path: "Models/p.yaml",
            marked: "schema_version: 1\nid: p\nname: P\nfacts:\n  compute: {value: 1️⃣lots, source: x}\n",
            message: "expected a number, found 'lots' for number fact 'compute'"),
        Case(
            name: "unknown licence id", path: "Models/p.yaml",
            marked: "schema_version: 1\nid: p\nname: P\nfacts:\n  weights.licence: {value: 1️⃣Open-1.1, source: x}\n",
            message: "unknown licence 'Open-1.1'", hint: "did you mean 'Open-1.0'?"),
        Case(
            name: "profile contradicting a constraint", path: "Models/p.yaml",
            marked: "schema_version: 1\nid: p\nname: P\nfacts:\n  1️⃣b: {value: true, source: x}\n  c: {value: false, source: x}\n",
            message: "facts contradict the constraint 'b-needs-c'"),
        Case(
            name: "undeclared licence trait in the catalogue", path: "Definitions/licences/extra.yaml",
            marked: "schema_version: 1\nlicences:\n  - id: X-1.0\n    name: X\n    traits:\n      1️⃣osi: {value: true, source: x}\n",
            message: "undeclared licence trait 'osi'"),
        Case(
            name: "enum without values", path: "Definitions/vocabulary.yaml",
            marked: "schema_version: 1\nfacts:\n  - 1️⃣{id: x, type: enum, description: X.}\n",
            message: "an enum fact needs 'values'"),
        Case(
            name: "newer schema version", path: "Models/p.yaml",
            marked: "schema_version: 1️⃣2\nid: p\nname: P\nfacts: {}\n",
            message: "schema_version 2 is newer than this opendef understands"),
    ]

    static let vocabularyWithConstraint = Scratch.vocabulary + """

        constraints:
          - {id: b-needs-c, summary: b needs c., rule: {any: [{fact: b, is: false}, {fact: c, is: true}]}}
        """

    @Test(arguments: cases)
    func diagnosticIsAtTheMarker(_ c: Case) throws {
        let marked = MarkedText(c.marked)
        let expected = try #require(marked.location("1️⃣"), "fixture has no marker")
        var files = ["Models/m.yaml": profileYAML(id: "m", facts: ["a": "false"])]
        files[c.path] = marked.text
        let vocabulary = c.path.hasSuffix("vocabulary.yaml") ? marked.text : Self.vocabularyWithConstraint
        let scratch = try Scratch(vocabulary: vocabulary, files: files)
        defer { scratch.remove() }
        let path = scratch.root + "/" + c.path
        let diagnostics = Checker.check(scratch.load())
        let matching = diagnostics.filter { $0.message.contains(c.message) }
        let found = try #require(
            matching.first, "no '\(c.message)' among: \(diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(found.severity == c.severity)
        #expect(found.location?.file == path)
        #expect(found.location?.line == expected.line, "line")
        #expect(found.location?.column == expected.column, "column")
        if let hint = c.hint { #expect(found.hint == hint) }
    }

    @Test func everyProblemInEveryFileIsReported() throws {
        let scratch = try Scratch(files: [
            "Definitions/d.yaml": Self.definition(
                criteria: criterionYAML("c", "{all: [{fact: acess, is: open}, {fact: a, is: 3}, missing]}")),
            "Models/m.yaml": "schema_version: 1\nid: m\nname: M\nfacts:\n  comptue: {value: 1, source: x}\n  a: {value: maybe, source: x}\n",
        ])
        defer { scratch.remove() }
        let errors = Checker.check(scratch.load()).filter { $0.severity == .error }.map(\.message)
        for fragment in [
            "undeclared fact 'acess'", "expected true or false, found '3'", "reference to missing criterion 'missing'",
            "undeclared fact 'comptue'", "expected true or false, found 'maybe'",
        ] {
            #expect(errors.contains { $0.contains(fragment) }, "missing: \(fragment)")
        }
    }

    @Test func duplicateIDsAcrossFiles() throws {
        let scratch = try Scratch(files: [
            "Models/m.yaml": profileYAML(id: "m", facts: [:]),
            "Models/sub/m.yaml": profileYAML(id: "m", facts: [:]),
        ])
        defer { scratch.remove() }
        let diagnostics = Checker.check(scratch.load()).filter { $0.message == "duplicate profile id 'm'" }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.notes.first?.location?.file.hasSuffix("Models/m.yaml") == true)
    }

    @Test func printerShowsTheLineAndACaret() {
        let d = Diagnostic.error(
            "unknown key 'titel' in definition", at: SourceLocation(file: "d.yaml", line: 2, column: 3),
            hint: "did you mean 'title'?")
        let text = DiagnosticPrinter(sources: ["d.yaml": "id: x\n  titel: y\n"]).render(d)
        #expect(
            text == """
                d.yaml:2:3: error: unknown key 'titel' in definition
                      titel: y
                      ^
                  hint: did you mean 'title'?

                """)
    }
}
