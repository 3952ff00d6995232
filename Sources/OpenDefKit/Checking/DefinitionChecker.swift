/// Structural checks of one definition: ids, references, cycles, the outcome list, examples.
struct DefinitionChecker {
    let vocabulary: Vocabulary
    let knownProfiles: Set<String>
    let knownDefinitions: Set<String>

    func check(_ definition: Definition) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        problems += DuplicateIDs.diagnostics(definition.criteria.map { ($0.id, $0.location) }, kind: "criterion")
        problems += DuplicateIDs.diagnostics(definition.outcomes.map { ($0.id, $0.location) }, kind: "outcome")

        let ids = Set(definition.criteria.map(\.id) + definition.unloadedCriteria)
        let predicates = PredicateChecker(vocabulary: vocabulary, criterionIDs: ids)
        for criterion in definition.criteria {
            problems += predicates.check(criterion.when)
        }
        for outcome in definition.outcomes {
            if let when = outcome.when { problems += predicates.check(when) }
        }
        problems += cycles(definition)
        problems += outcomeOrder(definition)
        problems += unusedCriteria(definition)
        problems += examples(definition)
        for s in definition.supersedes where !knownDefinitions.contains(s.text) {
            problems.append(
                .error(
                    "supersedes unknown definition '\(s.text)'", at: s.location,
                    hint: Suggestion.hint(for: s.text, in: knownDefinitions)))
        }
        return problems
    }

    /// Criteria that refer to themselves through a chain of references.
    private func cycles(_ definition: Definition) -> [Diagnostic] {
        var edges: [String: [(String, SourceLocation)]] = [:]
        for c in definition.criteria where edges[c.id] == nil {
            edges[c.id] = c.when.criterionReferences
        }
        enum Mark { case visiting, done }
        var marks: [String: Mark] = [:]
        var problems: [Diagnostic] = []
        var reported = Set<String>()

        func visit(_ id: String, path: [String]) {
            if marks[id] == .done { return }
            marks[id] = .visiting
            for (next, location) in edges[id] ?? [] where edges[next] != nil {
                if marks[next] == .visiting {
                    let cycle = Array(path.drop { $0 != next }) + [id, next]
                    let key = Set(cycle).sorted().joined(separator: ",")
                    if reported.insert(key).inserted {
                        let chain = (cycle.first == next ? cycle : [next] + cycle).joined(separator: " -> ")
                        problems.append(
                            .error(
                                "cyclic criteria: \(chain)", at: location,
                                hint: "a criterion cannot depend on itself; break the chain"))
                    }
                } else {
                    visit(next, path: path + [id])
                }
            }
            marks[id] = .done
        }
        for c in definition.criteria { visit(c.id, path: []) }
        return problems
    }

    private func outcomeOrder(_ definition: Definition) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        guard let last = definition.outcomes.last else { return [] }
        if !last.isOtherwise {
            problems.append(
                .error(
                    "the last outcome '\(last.id)' is not an 'otherwise' outcome", at: last.location,
                    hint: "end the outcomes with one that has 'otherwise: true', so every profile gets a verdict"))
        }
        for (index, outcome) in definition.outcomes.enumerated() where outcome.isOtherwise && index < definition.outcomes.count - 1 {
            for later in definition.outcomes[(index + 1)...] {
                problems.append(
                    .error(
                        "outcome '\(later.id)' is unreachable: it comes after the otherwise outcome '\(outcome.id)'",
                        at: later.location, hint: "move 'otherwise' to the last outcome"))
            }
        }
        return problems
    }

    private func unusedCriteria(_ definition: Definition) -> [Diagnostic] {
        var used = Set<String>()
        for c in definition.criteria { used.formUnion(c.when.criterionReferences.map(\.0)) }
        for o in definition.outcomes { used.formUnion(o.when?.criterionReferences.map(\.0) ?? []) }
        return definition.criteria.filter { !used.contains($0.id) }.map {
            .warning(
                "criterion '\($0.id)' is not used by any outcome or criterion", at: $0.location,
                hint: "refer to it from an outcome's 'when', or remove it")
        }
    }

    private func examples(_ definition: Definition) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let outcomes = definition.outcomes.map(\.id)
        for example in definition.examples {
            if !outcomes.contains(example.outcome) {
                problems.append(
                    .error(
                        "examples name unknown outcome '\(example.outcome)'", at: example.outcomeLocation,
                        hint: Suggestion.hint(for: example.outcome, in: outcomes)))
            }
            for profile in example.profiles where !knownProfiles.contains(profile.text) {
                problems.append(
                    .error(
                        "example names unknown profile '\(profile.text)'", at: profile.location,
                        hint: Suggestion.hint(for: profile.text, in: knownProfiles) ?? "profiles live in Models/"))
            }
        }
        return problems
    }
}
