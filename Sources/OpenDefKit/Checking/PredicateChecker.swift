/// Type-checks predicates against the vocabulary: every fact declared, every comparison fitting the
/// fact's type, every enum value declared, every criterion reference resolvable.
struct PredicateChecker {
    let vocabulary: Vocabulary
    /// The criteria a reference may name; nil where references are not allowed (vocabulary constraints).
    let criterionIDs: Set<String>?

    func check(_ predicate: Predicate) -> [Diagnostic] {
        switch predicate {
        case .all(let parts, _), .any(let parts, _):
            return parts.flatMap(check)
        case .not(let inner, _):
            return check(inner)
        case .criterion(let id, let location):
            guard let criterionIDs else {
                return [
                    .error(
                        "a constraint cannot refer to a criterion ('\(id)')", at: location,
                        hint: "write the condition with {fact: ..., is: ...}")
                ]
            }
            if criterionIDs.contains(id) { return [] }
            let hint = Suggestion.hint(for: id, in: criterionIDs) ?? "criteria are referred to by their id"
            return [.error("reference to missing criterion '\(id)'", at: location, hint: hint)]
        case .compare(let comparison):
            return check(comparison)
        }
    }

    func check(_ c: Comparison) -> [Diagnostic] {
        guard let reference = vocabulary.resolve(c.fact) else {
            return [undeclared(c)]
        }
        let type = reference.type
        if case .licence = type {
            return [
                .error(
                    "'\(c.fact)' is a licence; definitions test a licence's traits, never its name", at: c.factLocation,
                    hint: "compare a trait, e.g. '\(c.fact).osi_approved'")
            ]
        }
        var problems: [Diagnostic] = []
        switch c.op {
        case .is:
            break
        case .in:
            if case .enumeration = type {} else {
                problems.append(
                    .error(
                        "'in' applies to enum facts; '\(c.fact)' is \(type.name)", at: c.location,
                        hint: type == .bool ? "use 'is: true' or 'is: false'" : "use 'is' or a range operator"))
                return problems
            }
        case .above, .atLeast, .atMost, .below:
            if !type.isOrdered {
                problems.append(
                    .error(
                        "'\(c.op.rawValue)' compares numbers or dates; '\(c.fact)' is \(type.description)", at: c.location,
                        hint: "use 'is'\(type.name == "enum" ? " or 'in'" : "")"))
                return problems
            }
        }
        for operand in c.operands {
            switch type.value(of: operand) {
            case .success: break
            case .failure(let error):
                problems.append(
                    .error(
                        "\(error.message) (comparing \(type.name) fact '\(c.fact)')", at: operand.location, hint: error.hint))
            }
        }
        return problems
    }

    private func undeclared(_ c: Comparison) -> Diagnostic {
        // A licence fact with an unknown trait gets a trait-specific message.
        if let dot = c.fact.lastIndex(of: "."), let base = vocabulary.fact(String(c.fact[..<dot])), base.type == .licence {
            let trait = String(c.fact[c.fact.index(after: dot)...])
            let hint = Suggestion.hint(for: trait, in: vocabulary.traits.map(\.id)).map { _ in
                "did you mean '\(base.id).\(Suggestion.closest(to: trait, in: vocabulary.traits.map(\.id))!)'?"
            }
            return .error(
                "'\(trait)' is not a declared licence trait", at: c.factLocation,
                hint: hint ?? "licence traits are declared under licence_traits in vocabulary.yaml")
        }
        let hint =
            Suggestion.hint(for: c.fact, in: vocabulary.readableNames)
            ?? "declare the fact in vocabulary.yaml, or use a declared one"
        return .error("undeclared fact '\(c.fact)'", at: c.factLocation, hint: hint)
    }
}
