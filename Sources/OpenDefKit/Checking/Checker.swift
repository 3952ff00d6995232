/// Checks a loaded workspace: every file against the vocabulary and catalogue, ids across files, and the
/// lints that need the engine (unreachable outcomes, examples that do not come out as stated).
public enum Checker {
    public static func check(_ workspace: Workspace) -> [Diagnostic] {
        var problems = workspace.diagnostics
        guard let vocabulary = workspace.vocabulary else {
            problems.append(
                .error(
                    "no usable vocabulary: definitions and profiles cannot be checked without it", at: nil,
                    hint: "fix vocabulary.yaml in the definitions folder (see the errors above)"))
            return problems
        }
        let constraintChecker = PredicateChecker(vocabulary: vocabulary, criterionIDs: nil)
        for constraint in vocabulary.constraints { problems += constraintChecker.check(constraint.rule) }
        problems += CatalogueChecker(vocabulary: vocabulary, catalogue: workspace.catalogue).check()

        let profileIDs = Set(workspace.profiles.map(\.id))
        let definitionIDs = Set(workspace.definitions.map(\.id))
        problems += DuplicateIDs.diagnostics(workspace.definitions.map { ($0.id, $0.idLocation) }, kind: "definition")
        problems += DuplicateIDs.diagnostics(workspace.profiles.map { ($0.id, $0.idLocation) }, kind: "profile")

        let definitionChecker = DefinitionChecker(
            vocabulary: vocabulary, knownProfiles: profileIDs, knownDefinitions: definitionIDs)
        let profileChecker = ProfileChecker(vocabulary: vocabulary, catalogue: workspace.catalogue)
        var definitionErrors: [String: Bool] = [:]
        for definition in workspace.definitions {
            let found = definitionChecker.check(definition)
            definitionErrors[definition.id] = found.hasErrors
            problems += found
        }
        var profileErrors: [String: Bool] = [:]
        for profile in workspace.profiles {
            let found = profileChecker.check(profile)
            profileErrors[profile.id] = found.hasErrors
            problems += found
        }
        if problems.hasErrors && problems.contains(where: { $0.location?.file == vocabulary.file }) {
            return problems
        }

        // Lints that run the engine, on what is free of errors so far.
        let table = FactTable(vocabulary: vocabulary, catalogue: workspace.catalogue, profiles: workspace.profiles)
        if let constraints = Lints.constraints(table) {
            for profile in workspace.profiles where profileErrors[profile.id] == false {
                problems += Lints.constraintViolations(profile, constraints: constraints)
            }
        }
        for definition in workspace.definitions where definitionErrors[definition.id] == false {
            guard let compiled = Compiler.compile(definition, table: table) else { continue }
            problems += Lints.unreachableOutcomes(compiled)
            problems += Lints.examples(
                compiled, profiles: workspace.profiles.filter { profileErrors[$0.id] == false })
        }
        return problems
    }
}
