import Foundation
import OpenDefKit
import Testing

/// Kleene semantics through the public pipeline: YAML in, verdicts and criterion values out.
@Suite struct EvaluationTests {
    static let values: [(String, Truth)] = [("true", .true), ("false", .false), ("unknown", .unknown)]

    /// One definition with a criterion per operator, over facts a and b.
    func criterionValues(a: String, b: String) throws -> [String: Truth] {
        let criteria = [
            criterionYAML("and", "{all: [{fact: a, is: true}, {fact: b, is: true}]}"),
            criterionYAML("or", "{any: [{fact: a, is: true}, {fact: b, is: true}]}"),
            criterionYAML("not-a", "{not: {fact: a, is: true}}"),
            criterionYAML("uses-and", "{not: and}"),
        ].joined(separator: "\n")
        let outcomes = """
              - {id: yes, title: Yes, open: true, when: {all: [and, {any: [or, uses-and, not-a]}]}}
              - {id: no, title: No, open: false, otherwise: true}
            """
        var facts: [String: String] = [:]
        if a != "unknown" { facts["a"] = a }
        if b != "unknown" { facts["b"] = b }
        let scratch = try Scratch(files: [
            "Definitions/d.yaml": definitionYAML(criteria: criteria, outcomes: outcomes),
            "Models/m.yaml": profileYAML(id: "m", facts: facts),
        ])
        defer { scratch.remove() }
        let (workspace, evaluator) = try scratch.evaluator()
        let evaluation = try only(evaluator, workspace, "m")
        return Dictionary(uniqueKeysWithValues: evaluation.criteria.map { ($0.criterion.id, $0.value) })
    }

    @Test(arguments: values, values)
    func truthTables(a: (String, Truth), b: (String, Truth)) throws {
        let result = try criterionValues(a: a.0, b: b.0)
        #expect(result["and"] == (a.1 && b.1))
        #expect(result["or"] == (a.1 || b.1))
        #expect(result["not-a"] == !a.1)
        #expect(result["uses-and"] == !(a.1 && b.1))
    }

    @Test func kleeneOperatorsMatchTheirDefinition() {
        // The table itself, written out: false < unknown < true.
        #expect((Truth.false && .unknown) == .false)
        #expect((Truth.true && .unknown) == .unknown)
        #expect((Truth.true || .unknown) == .true)
        #expect((Truth.false || .unknown) == .unknown)
        #expect(!Truth.unknown == .unknown)
        #expect(!Truth.true == .false)
    }

    @Test(arguments: [
        // (comparison, facts, expected)
        ("{fact: compute, above: 1e25}", "compute: 3.8e25", Truth.true),
        ("{fact: compute, above: 1e25}", "compute: 1e25", Truth.false),
        ("{fact: compute, at_least: 1e25}", "compute: 1e25", Truth.true),
        ("{fact: compute, below: 1e25}", "compute: 9.99e24", Truth.true),
        ("{fact: compute, at_most: 1e25}", "compute: 1.0e25", Truth.true),
        ("{fact: compute, at_most: 1e25}", "", Truth.unknown),
        ("{fact: released, at_least: 2024-10-28}", "released: 2024-10-28", Truth.true),
        ("{fact: released, below: 2024-10-28}", "released: 2024-10-27", Truth.true),
        ("{fact: released, above: 2024-10-28}", "released: 2023-12-31", Truth.false),
        ("{fact: access, is: gated}", "access: gated", Truth.true),
        ("{fact: access, in: [open, gated]}", "access: closed", Truth.false),
        ("{fact: access, in: [open, gated]}", "access: open", Truth.true),
        ("{fact: weights.licence.osi_approved, is: true}", "weights.licence: Open-1.0", Truth.true),
        ("{fact: weights.licence.osi_approved, is: true}", "weights.licence: Closed-1.0", Truth.false),
        ("{fact: weights.licence.osi_approved, is: true}", "weights.licence: \"open one\"", Truth.true),
        ("{fact: weights.licence.osi_approved, is: true}", "weights.licence: Vague-1.0", Truth.unknown),
        ("{fact: weights.licence.osi_approved, is: true}", "", Truth.unknown),
        ("{fact: weights.licence.user_threshold_mau, at_least: 1000000}", "weights.licence: Closed-1.0", Truth.true),
        ("{fact: weights.licence.user_threshold_mau, at_least: 1000000}", "weights.licence: Open-1.0", Truth.unknown),
    ])
    func comparisons(comparison: String, fact: String, expected: Truth) throws {
        var facts: [String: String] = [:]
        if !fact.isEmpty {
            let parts = fact.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            facts[parts[0]] = parts[1]
        }
        let scratch = try Scratch(files: [
            "Definitions/d.yaml": definitionYAML(
                criteria: criterionYAML("c", comparison),
                outcomes: """
                      - {id: yes, title: Yes, open: true, when: c}
                      - {id: no, title: No, open: false, otherwise: true}
                    """),
            "Models/m.yaml": profileYAML(id: "m", facts: facts),
        ])
        defer { scratch.remove() }
        let (workspace, evaluator) = try scratch.evaluator()
        let evaluation = try only(evaluator, workspace, "m")
        #expect(evaluation.criteria.first?.value == expected)
    }

    /// A graded definition: ordered outcomes, undetermined verdicts, the open stance.
    func graded(_ facts: [String: String]) throws -> Evaluation {
        let criteria = [
            criterionYAML("full", "{all: [{fact: a, is: true}, {fact: b, is: true}]}"),
            criterionYAML("weights", "{fact: a, is: true}"),
            criterionYAML("hosted", "{fact: access, is: gated}"),
        ].joined(separator: "\n")
        let outcomes = """
              - {id: fully-open, title: Fully open, open: true, when: full}
              - {id: open-weights, title: Open weights, open: true, when: weights}
              - {id: hosted, title: Hosted, open: false, when: hosted}
              - {id: closed, title: Closed, open: false, otherwise: true}
            """
        let scratch = try Scratch(files: [
            "Definitions/d.yaml": definitionYAML(criteria: criteria, outcomes: outcomes),
            "Models/m.yaml": profileYAML(id: "m", facts: facts),
        ])
        defer { scratch.remove() }
        let (workspace, evaluator) = try scratch.evaluator()
        return try only(evaluator, workspace, "m")
    }

    @Test func firstTrueOutcomeDecides() throws {
        let e = try graded(["a": "true", "b": "true", "access": "gated"])
        #expect(e.outcome?.id == "fully-open")
        #expect(e.determined)
        #expect(e.open == true)
        #expect(e.unknownFacts.isEmpty)
    }

    @Test func laterOutcomeWhenEarlierOnesFail() throws {
        let e = try graded(["a": "false", "b": "true", "access": "gated"])
        #expect(e.outcome?.id == "hosted")
        #expect(e.open == false)
        #expect(e.failedCriteria.map(\.criterion.id) == ["full", "weights"])
    }

    @Test func unknownFactLeavesOutcomesOpenButStanceDetermined() throws {
        // a is true, b unknown: fully-open or open-weights; both are open, so the stance is determined.
        let e = try graded(["a": "true"])
        #expect(!e.determined)
        #expect(e.outcome == nil)
        #expect(e.possibleOutcomes.map(\.id) == ["fully-open", "open-weights"])
        #expect(e.open == true)
        #expect(e.unknownFacts.map(\.name) == ["b"])
    }

    @Test func unknownFactNeverMakesAVerdictMoreOpen() throws {
        // a unknown: anything from fully open to closed is possible; the stance must not claim open.
        let e = try graded(["access": "closed"])
        #expect(e.possibleOutcomes.map(\.id) == ["fully-open", "open-weights", "closed"])
        #expect(e.open == nil)
        #expect(e.unknownFacts.map(\.name) == ["a", "b"])
    }

    @Test func exactRefinementDropsImpossibleOutcomes() throws {
        // With a unknown, Kleene alone leaves all three outcomes possible; but a is a boolean, so one of the
        // first two always holds and the otherwise outcome can never be reached.
        let scratch = try Scratch(files: [
            "Definitions/d.yaml": definitionYAML(
                criteria: [criterionYAML("x", "{fact: a, is: true}"), criterionYAML("y", "{fact: a, is: false}")]
                    .joined(separator: "\n"),
                outcomes: """
                      - {id: one, title: One, open: true, when: x}
                      - {id: two, title: Two, open: true, when: y}
                      - {id: three, title: Three, open: false, otherwise: true}
                    """),
            "Models/m.yaml": profileYAML(id: "m", facts: [:]),
        ])
        defer { scratch.remove() }
        let (workspace, evaluator) = try scratch.evaluator(expecting: ["outcome 'three' is unreachable"])
        let e = try only(evaluator, workspace, "m")
        #expect(e.possibleOutcomes.map(\.id) == ["one", "two"])
        #expect(e.open == true)
    }

    @Test func constraintsNarrowPossibleOutcomes() throws {
        // The vocabulary says c implies a; with c true and a unknown, 'only-c' (c and not a) is impossible.
        let vocabulary = Scratch.vocabulary + """

            constraints:
              - id: c-implies-a
                summary: c implies a.
                rule: {any: [{fact: c, is: false}, {fact: a, is: true}]}
            """
        let scratch = try Scratch(
            vocabulary: vocabulary,
            files: [
                "Definitions/d.yaml": definitionYAML(
                    criteria: criterionYAML("only-c", "{all: [{fact: c, is: true}, {not: {fact: a, is: true}}]}"),
                    outcomes: """
                          - {id: odd, title: Odd, open: false, when: only-c}
                          - {id: fine, title: Fine, open: true, otherwise: true}
                        """),
                "Models/m.yaml": profileYAML(id: "m", facts: ["c": "true"]),
            ])
        defer { scratch.remove() }
        // Under the constraint 'odd' can never be reached at all, which validate also reports.
        let (workspace, evaluator) = try scratch.evaluator(expecting: ["outcome 'odd' is unreachable"])
        let e = try only(evaluator, workspace, "m")
        #expect(e.outcome?.id == "fine")
    }

    func only(_ evaluator: Evaluator, _ workspace: Workspace, _ id: String) throws -> Evaluation {
        let profile = try #require(workspace.profile(id))
        return try #require(evaluator.evaluate(profile).first)
    }
}
