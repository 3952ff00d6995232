/// Ids that must be unique (definitions, profiles, licences, criteria, outcomes): the second and later
/// occurrences are errors that point back at the first.
enum DuplicateIDs {
    static func diagnostics(_ items: [(id: String, location: SourceLocation)], kind: String) -> [Diagnostic] {
        var first: [String: SourceLocation] = [:]
        var problems: [Diagnostic] = []
        for (id, location) in items.sorted(by: { $0.location < $1.location }) {
            if let earlier = first[id] {
                problems.append(
                    Diagnostic(
                        .error, at: location, "duplicate \(kind) id '\(id)'", hint: "ids must be unique",
                        notes: [Diagnostic(.note, at: earlier, "'\(id)' is first defined here")]))
            } else {
                first[id] = location
            }
        }
        return problems
    }
}
