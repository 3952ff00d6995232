/// Checks that need the engine.
enum Lints {
    /// Outcomes that no profile can reach: their `when` can never hold while every earlier one fails.
    static func unreachableOutcomes(_ compiled: CompiledDefinition) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var search = Search(compiled)
        let start = [Double](repeating: .nan, count: compiled.table.slotCount)
        for (k, outcome) in compiled.definition.outcomes.enumerated() {
            if case .refuted = search.find(search.outcomeGoal(k, withConstraints: true), from: start) {
                problems.append(
                    .error(
                        "outcome '\(outcome.id)' is unreachable: no profile satisfies its condition while every earlier outcome's fails",
                        at: outcome.location,
                        hint: "an earlier outcome already covers every case this one would, or its condition contradicts itself"))
            }
        }
        return problems
    }

    /// Stated facts that contradict a vocabulary constraint.
    static func constraintViolations(_ profile: Profile, table: FactTable) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let values = table.values(of: profile)
        var program = Program()
        for constraint in table.vocabulary.constraints {
            program.constraintRoots = []
            guard let root = emitStandalone(constraint.rule, table: table, into: &program) else { continue }
            let t = values.withUnsafeBufferPointer { v in
                [Truth]().withUnsafeBufferPointer { c in program.eval(root, v, c, table.traits) }
            }
            if t == .false {
                let facts = constraint.rule.comparisons.map(\.fact)
                let location = profile.facts.first { facts.contains($0.key) }?.keyLocation ?? profile.idLocation
                problems.append(
                    .error(
                        "facts contradict the constraint '\(constraint.id)': \(constraint.summary)", at: location,
                        hint: "check \(Array(Set(facts)).sorted().joined(separator: ", "))"))
            }
        }
        return problems
    }

    private static func emitStandalone(_ rule: Predicate, table: FactTable, into program: inout Program) -> Int32? {
        let definition = Definition(
            id: "constraint", idLocation: rule.location, title: "", publisher: "", kind: .standard, status: .final,
            date: nil, version: nil, source: "", supersedes: [], question: "", note: nil,
            criteria: [Criterion(id: "rule", location: rule.location, cite: Citation(instrument: "", version: nil, section: "", url: ""), summary: "", when: rule)],
            outcomes: [], examples: [], file: "")
        guard let compiled = Compiler.compile(definition, table: table) else { return nil }
        program = compiled.program
        return program.criterionRoots.first
    }

    /// Every example profile must get the outcome the definition states for it.
    static func examples(_ compiled: CompiledDefinition, profiles: [Profile]) -> [Diagnostic] {
        let evaluator = Evaluator(table: compiled.table, definitions: [compiled])
        var problems: [Diagnostic] = []
        for example in compiled.definition.examples {
            for id in example.profiles {
                guard let profile = profiles.first(where: { $0.id == id.text }) else { continue }
                let evaluation = evaluator.evaluate(profile, values: compiled.table.values(of: profile), under: compiled)
                if evaluation.outcome?.id == example.outcome { continue }
                let got =
                    evaluation.outcome.map { "'\($0.id)'" }
                    ?? "undetermined (\(evaluation.possibleOutcomes.map(\.id).joined(separator: " or ")))"
                var detail = ""
                if !evaluation.failedCriteria.isEmpty {
                    detail = "; failing: \(evaluation.failedCriteria.map(\.criterion.id).joined(separator: ", "))"
                }
                if !evaluation.unknownFacts.isEmpty {
                    detail += "; unknown: \(evaluation.unknownFacts.map(\.name).joined(separator: ", "))"
                }
                problems.append(
                    .error(
                        "example '\(id.text)' is expected to be '\(example.outcome)' but evaluates to \(got)\(detail)",
                        at: id.location, hint: "run 'opendef evaluate \(id.text) --under \(compiled.definition.id)' for the explanation"))
            }
        }
        return problems
    }
}
