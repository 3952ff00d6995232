/// Checks a profile's facts against the vocabulary and the licence catalogue.
struct ProfileChecker {
    let vocabulary: Vocabulary
    let catalogue: LicenceCatalogue

    func check(_ profile: Profile) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen: [String: SourceLocation] = [:]
        for fact in profile.facts {
            if let first = seen[fact.key] {
                problems.append(
                    Diagnostic(
                        .error, at: fact.keyLocation, "fact '\(fact.key)' is stated twice",
                        notes: [Diagnostic(.note, at: first, "first stated here")]))
                continue
            }
            seen[fact.key] = fact.keyLocation
            guard let declared = vocabulary.fact(fact.key) else {
                let hint =
                    Suggestion.hint(for: fact.key, in: vocabulary.facts.map(\.id))
                    ?? "profiles state only facts declared in vocabulary.yaml"
                problems.append(.error("undeclared fact '\(fact.key)'", at: fact.keyLocation, hint: hint))
                continue
            }
            problems += ValueChecker(catalogue: catalogue).check(fact, type: declared.type, what: "fact")
        }
        return problems
    }
}

/// Checks one sourced value against its declared type; shared by profile facts and licence traits.
struct ValueChecker {
    let catalogue: LicenceCatalogue

    func check(_ value: SourcedValue, type: FactType, what: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        guard let scalar = value.value else { return [] }  // unknown needs no source
        switch type.value(of: scalar) {
        case .failure(let error):
            problems.append(.error("\(error.message) for \(type.name) \(what) '\(value.key)'", at: scalar.location, hint: error.hint))
        case .success:
            if type == .licence, catalogue.resolve(scalar.text) == nil {
                let hint =
                    Suggestion.hint(for: scalar.text, in: catalogue.ids)
                    ?? "add the licence to Definitions/licences/, or an alias to licences/aliases.yaml"
                problems.append(.error("unknown licence '\(scalar.text)'", at: scalar.location, hint: hint))
            }
        }
        if value.isShortForm || value.source == nil {
            problems.append(
                .warning(
                    "\(what) '\(value.key)' has no source", at: value.keyLocation,
                    hint: "write {value: ..., source: \"URL or citation\", accessed: YYYY-MM-DD}"))
        }
        return problems
    }
}
