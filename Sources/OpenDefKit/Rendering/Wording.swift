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

    /// A criterion's readings for display: each plain fact on its own, and the traits read through one
    /// licence fact gathered on one line after the licence.
    static func groupedReadings(_ readings: [FactReading]) -> [(text: String, provenance: String?)] {
        var lines: [(String, String?)] = []
        var done = Set<String>()
        for r in readings {
            guard r.trait != nil else {
                lines.append((reading(r), provenance(r)))
                continue
            }
            guard done.insert(r.fact.id).inserted else { continue }
            let traits = readings.filter { $0.fact.id == r.fact.id && $0.trait != nil }
            let licence = r.licence?.id ?? r.stated?.value?.text ?? "unknown"
            let values = traits.map { "\($0.trait!.id) = \($0.value?.description ?? "unknown")" }.joined(separator: ", ")
            var statement = r.stated.map { stated in
                stated.value == nil ? "stated unknown" : [stated.source, stated.accessed.map { "accessed \($0.text)" }].compactMap { $0 }.joined(separator: ", ")
            } ?? "not stated in the profile"
            if statement.isEmpty { statement = "no source" }
            lines.append(("\(r.fact.id) = \(licence); its traits: \(values)", statement))
        }
        return lines
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
