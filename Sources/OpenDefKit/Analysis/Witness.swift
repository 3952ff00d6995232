/// A concrete profile that shows a difference, re-checked by the ordinary evaluator.
public struct Witness: Sendable {
    /// The real profile it was built from, when one could be changed into a witness.
    public let basedOn: Profile?
    /// The witness's facts (unknown facts are left out).
    public let facts: [(fact: String, value: FactValue)]
    /// What was changed from `basedOn` (or every fact, for a witness built from scratch).
    public let changes: [FactChange]
    /// The ordinary evaluator's verdicts on the witness, under each definition compared.
    public let evaluations: [Evaluation]
    public let id: String
    /// Trait values the witness needs that the licence catalogue does not state ("X has trait t = v").
    public let assumptions: [String]

    /// The witness as a profile file (YAML; JSON is YAML too), ready for `opendef evaluate`.
    public func profileYAML() -> String {
        var out = "# yaml-language-server: $schema=../Definitions/_schema/profile.schema.json\n"
        out += "schema_version: 1\nid: \(id)\nname: \(ProfileWriter.quoted(basedOn.map { "\($0.name), changed" } ?? "Witness"))\n"
        out += "note: \(ProfileWriter.quoted(note))\nfacts:\n"
        let changed = Set(changes.map(\.fact))
        for (fact, value) in facts {
            let rendered = JSONValue.from(value).rendered().dropLast()
            if changed.contains(fact) {
                out += "  \(fact): {value: \(rendered), source: \"opendef witness: changed\"}\n"
            } else if let stated = basedOn?.fact(fact), let source = stated.source {
                out += "  \(fact): {value: \(rendered), source: \(ProfileWriter.quoted(source))}\n"
            } else {
                out += "  \(fact): \(rendered)\n"
            }
        }
        return out
    }

    var note: String {
        guard let basedOn else { return "Built by opendef from scratch; not a real model." }
        return "\(basedOn.id) with \(changes.count) fact\(changes.count == 1 ? "" : "s") changed by opendef; not a real model."
    }
}

/// One fact's change: from the profile's value (nil = unknown) to another.
public struct FactChange: Sendable, Hashable {
    public let fact: String
    public let from: FactValue?
    public let to: FactValue?
}

/// Turns slot assignments into profiles and evaluations.
struct WitnessBuilder {
    let table: FactTable
    let definitions: [CompiledDefinition]

    /// A profile whose facts are `values`, keeping the provenance of facts unchanged from `base`.
    func profile(_ values: [Double], id: String, base: Profile?) -> Profile {
        var facts: [SourcedValue] = []
        for (slot, raw) in values.enumerated() {
            let fact = table.vocabulary.facts[slot]
            guard let value = table.decode(raw, type: fact.type) else { continue }
            let text = value.description
            facts.append(
                SourcedValue(
                    key: fact.id, keyLocation: Synthetic.location, value: Scalar(text, at: Synthetic.location),
                    source: base?.fact(fact.id)?.source ?? "opendef witness"))
        }
        return Profile(
            id: id, idLocation: Synthetic.location, name: base.map { "\($0.name) (changed)" } ?? "Witness",
            developer: base?.developer, note: nil, facts: facts, file: "<witness>")
    }

    func witness(
        _ values: [Double], id: String, base: Profile?, baseValues: [Double]?, assumptions: [Search.Assumption] = []
    ) -> Witness {
        let profile = profile(values, id: id, base: base)
        let evaluator = Evaluator(table: table, definitions: definitions)
        var changes: [FactChange] = []
        for (slot, raw) in values.enumerated() {
            let fact = table.vocabulary.facts[slot]
            let before = baseValues.flatMap { table.decode($0[slot], type: fact.type) }
            let after = table.decode(raw, type: fact.type)
            if before != after && !(baseValues == nil && after == nil) {
                changes.append(FactChange(fact: fact.id, from: before, to: after))
            }
        }
        let facts = values.enumerated().compactMap { slot, raw -> (String, FactValue)? in
            let fact = table.vocabulary.facts[slot]
            return table.decode(raw, type: fact.type).map { (fact.id, $0) }
        }
        return Witness(
            basedOn: base, facts: facts, changes: changes,
            evaluations: definitions.map { evaluator.evaluate(profile, values: values, under: $0) }, id: id,
            assumptions: assumptions.map { a in
                let trait = table.vocabulary.traits[a.trait]
                let value = table.decode(a.value, type: trait.type)?.description ?? "?"
                return "\(table.catalogue.licences[a.licence].id) has \(trait.id) = \(value) (the catalogue does not say)"
            })
    }
}
