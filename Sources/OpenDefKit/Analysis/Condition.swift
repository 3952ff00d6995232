/// One comparison from a definition, holding or not: the building block of the conditions that
/// characterise a difference between definitions.
public struct Condition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let fact: String
    public let op: Comparison.Operator
    public let operands: [String]
    public let holds: Bool

    init(_ c: Comparison, holds: Bool) {
        fact = c.fact
        op = c.op
        operands = c.operands.map(\.text)
        self.holds = holds
    }

    var predicate: Predicate {
        let l = Synthetic.location
        let comparison = Predicate.compare(
            Comparison(fact: fact, factLocation: l, op: op, operands: operands.map { Scalar($0, at: l) }, location: l))
        return holds ? comparison : .not(comparison, l)
    }

    var negated: Condition { Condition(fact: fact, op: op, operands: operands, holds: !holds) }

    private init(fact: String, op: Comparison.Operator, operands: [String], holds: Bool) {
        self.fact = fact
        self.op = op
        self.operands = operands
        self.holds = holds
    }

    /// In plain words, e.g. "train.compute_flop is above 1e25", "weights.final.access is not one of api_only".
    public var description: String {
        let value = operands.joined(separator: ", ")
        switch (op, holds) {
        case (.is, true):
            return "\(fact) is \(value)"
        case (.is, false):
            if value == "true" { return "\(fact) is false" }
            if value == "false" { return "\(fact) is true" }
            return "\(fact) is not \(value)"
        case (.in, true): return "\(fact) is one of \(value)"
        case (.in, false): return "\(fact) is none of \(value)"
        case (.above, true), (.atMost, false): return "\(fact) is above \(value)"
        case (.atLeast, true), (.below, false): return "\(fact) is at least \(value)"
        case (.atMost, true), (.above, false): return "\(fact) is at most \(value)"
        case (.below, true), (.atLeast, false): return "\(fact) is below \(value)"
        }
    }

    public static func < (a: Condition, b: Condition) -> Bool { a.description < b.description }
}

/// Every distinct comparison two (or more) definitions make, evaluated together on assignments.
struct Atoms {
    let comparisons: [Comparison]
    private let program: CompiledDefinition?

    init(_ definitions: [Definition], table: FactTable) {
        var seen = Set<String>()
        var list: [Comparison] = []
        for d in definitions {
            for c in d.criteria.flatMap({ $0.when.comparisons }) + d.outcomes.flatMap({ $0.when?.comparisons ?? [] }) {
                let key = "\(c.fact)|\(c.op.rawValue)|\(c.operands.map(\.text).joined(separator: ","))"
                if seen.insert(key).inserted { list.append(c) }
            }
        }
        comparisons = list
        let criteria = list.enumerated().map {
            Criterion(id: "atom-\($0.offset)", location: Synthetic.location, cite: Synthetic.citation, summary: "", when: .compare($0.element))
        }
        program = Compiler.compile(Synthetic.definition(criteria: criteria, goal: .all([], Synthetic.location)), table: table)
    }

    /// The conditions that hold or fail at a (partial) assignment; comparisons it leaves unknown are omitted.
    func conditions(at values: [Double], assuming assumptions: [Search.Assumption] = []) -> [Condition] {
        guard let program else { return [] }
        var traits = program.table.traits
        for a in assumptions { traits.values[a.licence * traits.count + a.trait] = a.value }
        let truths = values.withUnsafeBufferPointer { program.program.criterionTruths($0, traits) }
        return zip(comparisons, truths).compactMap { c, t in t == .unknown ? nil : Condition(c, holds: t == .true) }
    }
}
