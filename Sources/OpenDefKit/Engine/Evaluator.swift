/// Evaluates profiles under compiled definitions, exactly: Kleene evaluation decides most verdicts; when
/// it leaves one open, each remaining outcome is checked by search for a completion of the unknown facts
/// (within the vocabulary's constraints) that actually yields it.
public struct Evaluator: Sendable {
    public let table: FactTable
    public let definitions: [CompiledDefinition]

    public init(table: FactTable, definitions: [CompiledDefinition]) {
        self.table = table
        self.definitions = definitions
    }

    public func evaluate(_ profile: Profile) -> [Evaluation] {
        let values = table.values(of: profile)
        return definitions.map { evaluate(profile, values: values, under: $0) }
    }

    public func evaluate(_ profile: Profile, values: [Double], under compiled: CompiledDefinition) -> Evaluation {
        let program = compiled.program
        let definition = compiled.definition
        return values.withUnsafeBufferPointer { v in
            let truths = program.criterionTruths(v, table.traits)
            return truths.withUnsafeBufferPointer { c in
                // Kleene pass: outcomes up to the first whose `when` is true.
                var possible: [Int] = []
                var reads: [Program.UnknownRead] = []
                for k in program.outcomeRoots.indices {
                    let t = program.outcomeTruth(k, v, c, table.traits)
                    if t == .false { continue }
                    possible.append(k)
                    if t == .true { break }
                    program.collectUnknown(program.outcomeRoots[k], v, c, table.traits, into: &reads)
                }
                if possible.count > 1 {
                    possible = refine(possible, values: values, compiled: compiled)
                }
                if possible.count == 1 { reads = [] }
                return Evaluation(
                    definition: definition, profile: profile, possibleOutcomes: possible.map { definition.outcomes[$0] },
                    criteria: definition.criteria.indices.map { criterionResult($0, truths: c, profile: profile, compiled: compiled) },
                    unknownFacts: Array(Set(reads.map(unknownFact))).sorted())
            }
        }
    }

    /// Drops outcomes that no completion of the unknown facts can produce.
    private func refine(_ possible: [Int], values: [Double], compiled: CompiledDefinition) -> [Int] {
        let program = compiled.program
        // Constraints narrow completions only if the stated facts themselves satisfy them.
        let consistent = values.withUnsafeBufferPointer { v in
            let truths = program.criterionTruths(v, table.traits)
            return truths.withUnsafeBufferPointer { c in
                program.constraintRoots.allSatisfy { program.eval($0, v, c, table.traits) != .false }
            }
        }
        var search = Search(compiled)
        let kept = possible.filter { k in
            if case .refuted = search.find(search.outcomeGoal(k, withConstraints: consistent), from: values) { return false }
            return true
        }
        return kept.isEmpty ? possible : kept
    }

    private func unknownFact(_ read: Program.UnknownRead) -> UnknownFact {
        let fact = table.vocabulary.facts[Int(read.slot)]
        if read.trait >= 0 {
            let trait = table.vocabulary.traits[Int(read.trait)]
            return UnknownFact(
                name: "\(fact.id).\(trait.id)",
                question: "The licence catalogue does not say whether this licence: \(trait.description.lowercasedFirst)")
        }
        return UnknownFact(name: fact.id, question: fact.question ?? fact.description)
    }

    private func criterionResult(
        _ index: Int, truths: UnsafeBufferPointer<Truth>, profile: Profile, compiled: CompiledDefinition
    ) -> CriterionResult {
        let criterion = compiled.definition.criteria[index]
        var readings: [FactReading] = []
        var seen = Set<String>()
        for comparison in criterion.when.comparisons where seen.insert(comparison.fact).inserted {
            if let reading = reading(comparison.fact, profile: profile) { readings.append(reading) }
        }
        var references: [String] = []
        for (id, _) in criterion.when.criterionReferences where !references.contains(id) { references.append(id) }
        return CriterionResult(criterion: criterion, value: truths[index], readings: readings, references: references)
    }

    func reading(_ name: String, profile: Profile) -> FactReading? {
        guard let reference = table.vocabulary.resolve(name) else { return nil }
        let fact = reference.fact
        let stated = profile.fact(fact.id)
        let statedValue = stated?.value.flatMap { try? fact.type.value(of: $0).get() }
        switch reference {
        case .fact:
            return FactReading(
                name: name, fact: fact, stated: stated, licence: nil, trait: nil, traitStatement: nil, value: statedValue)
        case .trait(_, let trait):
            var licence: Licence?
            if case .symbol(let id)? = statedValue, let resolved = table.catalogue.resolve(id) {
                licence = table.catalogue.licence(resolved)
            }
            let statement = licence?.trait(trait.id)
            let value = statement?.value.flatMap { try? trait.type.value(of: $0).get() }
            return FactReading(
                name: name, fact: fact, stated: stated, licence: licence, trait: trait, traitStatement: statement,
                value: value)
        }
    }
}

extension String {
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
