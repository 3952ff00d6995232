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

    /// The vocabulary's constraints compiled once: every compiled program carries them, so an empty
    /// definition is enough.
    static func constraints(_ table: FactTable) -> CompiledDefinition? {
        Compiler.compile(Synthetic.definition(criteria: [], goal: .all([], Synthetic.location)), table: table)
    }

    /// Stated facts that contradict a vocabulary constraint.
    static func constraintViolations(_ profile: Profile, constraints compiled: CompiledDefinition) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let values = compiled.table.values(of: profile)
        let program = compiled.program
        for (constraint, root) in zip(compiled.table.vocabulary.constraints, program.constraintRoots) {
            let t = values.withUnsafeBufferPointer { v in
                [Truth]().withUnsafeBufferPointer { c in program.eval(root, v, c, compiled.table.traits) }
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
