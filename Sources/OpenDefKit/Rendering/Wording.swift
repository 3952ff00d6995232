/// Plain-words phrasings shared by the text and Markdown renderers.
enum Wording {
    static func open(_ open: Bool?) -> String {
        switch open {
        case true?: "open"
        case false?: "not open"
        case nil: "undetermined"
        }
    }

    static func verdict(_ e: Evaluation) -> String {
        if let outcome = e.outcome { return "\(outcome.title) [\(outcome.id)]" }
        return "undetermined: " + e.possibleOutcomes.map { "\($0.title) [\($0.id)]" }.joined(separator: " or ")
    }

    static func mark(_ t: Truth) -> String {
        switch t {
        case .true: "pass"
        case .false: "FAIL"
        case .unknown: "unknown"
        }
    }

    /// `fact = value` with the licence a trait was read from.
    static func reading(_ r: FactReading) -> String {
        let value = r.value?.description ?? "unknown"
        if let trait = r.trait {
            let licence = r.licence?.id ?? r.stated?.value?.text
            guard let licence else { return "\(r.name) = unknown (licence unknown)" }
            return "\(r.fact.id) = \(licence), whose \(trait.id) = \(value)"
        }
        return "\(r.name) = \(value)"
    }

    /// Where a reading's value comes from.
    static func provenance(_ r: FactReading) -> String? {
        if r.trait != nil {
            return r.traitStatement?.source.map { "licence catalogue: \($0)" }
        }
        guard let stated = r.stated else { return "not stated in the profile" }
        guard stated.value != nil else { return stated.note.map { "stated unknown: \($0)" } ?? "stated unknown" }
        var parts: [String] = []
        if let source = stated.source { parts.append(source) }
        if let accessed = stated.accessed { parts.append("accessed \(accessed.text)") }
        if let grade = stated.grade { parts.append(grade.rawValue) }
        return parts.isEmpty ? "no source" : parts.joined(separator: ", ")
    }
}
