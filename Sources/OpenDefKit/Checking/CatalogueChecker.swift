/// Checks the licence catalogue: unique ids across files, declared traits with fitting values, aliases
/// that point at real licences and do not collide.
struct CatalogueChecker {
    let vocabulary: Vocabulary
    let catalogue: LicenceCatalogue

    func check() -> [Diagnostic] {
        var problems = DuplicateIDs.diagnostics(catalogue.licences.map { ($0.id, $0.location) }, kind: "licence")
        var owner: [String: (String, SourceLocation)] = [:]
        let values = ValueChecker(catalogue: catalogue)
        for licence in catalogue.licences {
            var seen = Set<String>()
            for trait in licence.traits {
                if !seen.insert(trait.key).inserted {
                    problems.append(.error("trait '\(trait.key)' is stated twice", at: trait.keyLocation))
                    continue
                }
                guard let declared = vocabulary.trait(trait.key) else {
                    problems.append(
                        .error(
                            "undeclared licence trait '\(trait.key)'", at: trait.keyLocation,
                            hint: Suggestion.hint(for: trait.key, in: vocabulary.traits.map(\.id))))
                    continue
                }
                problems += values.check(trait, type: declared.type, what: "trait")
            }
            for alias in licence.aliases {
                problems += claim(alias.text.lowercased(), for: licence.id, at: alias.location, owner: &owner)
            }
        }
        for alias in catalogue.aliases {
            if catalogue.licence(alias.licence) == nil {
                problems.append(
                    .error(
                        "alias '\(alias.alias)' points at unknown licence '\(alias.licence)'", at: alias.location,
                        hint: Suggestion.hint(for: alias.licence, in: catalogue.ids)))
                continue
            }
            problems += claim(alias.alias.lowercased(), for: alias.licence, at: alias.location, owner: &owner)
        }
        return problems
    }

    /// An alias must name one licence, and must not be another licence's id.
    private func claim(
        _ folded: String, for id: String, at location: SourceLocation, owner: inout [String: (String, SourceLocation)]
    ) -> [Diagnostic] {
        if let other = catalogue.licences.first(where: { $0.id.lowercased() == folded }), other.id != id {
            return [.error("alias '\(folded)' is the id of another licence, '\(other.id)'", at: location)]
        }
        if let (previous, where_) = owner[folded] {
            if previous != id {
                return [
                    Diagnostic(
                        .error, at: location, "alias '\(folded)' maps to both '\(previous)' and '\(id)'",
                        notes: [Diagnostic(.note, at: where_, "first mapped here")])
                ]
            }
            return [.warning("alias '\(folded)' is listed twice", at: location)]
        }
        owner[folded] = (id, location)
        return []
    }
}
