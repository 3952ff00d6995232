/// Exact search over completions of a partial profile: does some assignment of the unknown facts make a
/// goal true? Each fact's domain is split into the finitely many cells that the program's constants
/// distinguish, and Kleene evaluation of the partial assignment prunes (false: no completion works;
/// true: every completion works). Only facts that keep the goal unknown are branched on.
struct Search {
    enum Result {
        case found([Double])
        case refuted
        /// Neither: the budget ran out, or what remains unknown are licence traits the catalogue does not state.
        case undecided
    }

    let compiled: CompiledDefinition
    private(set) var steps = 0
    let budget: Int

    init(_ compiled: CompiledDefinition, budget: Int = 200_000) {
        self.compiled = compiled
        self.budget = budget
    }

    /// Goal: outcome `k` is the verdict (its `when` holds and no earlier one does), within the constraints.
    func outcomeGoal(_ k: Int, withConstraints: Bool) -> [Int32] {
        // Encoded as roots to combine: positive for "must be true", (-root - 2) for "must be false".
        var parts: [Int32] = []
        let program = compiled.program
        for j in 0..<k where program.outcomeRoots[j] >= 0 { parts.append(-program.outcomeRoots[j] - 2) }
        if program.outcomeRoots[k] >= 0 { parts.append(program.outcomeRoots[k]) }
        if withConstraints { parts += program.constraintRoots }
        return parts
    }

    func truth(of goal: [Int32], _ values: UnsafeBufferPointer<Double>, _ criteria: UnsafeBufferPointer<Truth>) -> Truth {
        var t = Truth.true
        for part in goal {
            let value =
                part >= 0
                ? compiled.program.eval(part, values, criteria, compiled.table)
                : !compiled.program.eval(-part - 2, values, criteria, compiled.table)
            t = t && value
            if t == .false { return .false }
        }
        return t
    }

    mutating func find(_ goal: [Int32], from start: [Double]) -> Result {
        var values = start
        var undecided = false
        let result = descend(goal, &values, &undecided)
        if let found = result { return .found(found) }
        return undecided ? .undecided : .refuted
    }

    private mutating func descend(_ goal: [Int32], _ values: inout [Double], _ undecided: inout Bool) -> [Double]? {
        steps += 1
        if steps > budget {
            undecided = true
            return nil
        }
        let program = compiled.program
        let table = compiled.table
        let (t, branch): (Truth, Int32?) = values.withUnsafeBufferPointer { v in
            let truths = program.criterionTruths(v, table)
            return truths.withUnsafeBufferPointer { c in
                let t = truth(of: goal, v, c)
                guard t == .unknown else { return (t, nil) }
                var reads: [Program.UnknownRead] = []
                for part in goal { program.collectUnknown(part >= 0 ? part : -part - 2, v, c, table, into: &reads) }
                return (t, reads.first { $0.trait < 0 }?.slot)
            }
        }
        switch t {
        case .true: return values
        case .false: return nil
        case .unknown:
            guard let slot = branch else {
                undecided = true
                return nil
            }
            for cell in compiled.cells(for: slot) {
                values[Int(slot)] = cell
                if let found = descend(goal, &values, &undecided) { return found }
                if steps > budget { break }
            }
            values[Int(slot)] = .nan
            return nil
        }
    }
}

extension CompiledDefinition {
    /// Representative values of every cell of a slot's domain that this program can tell apart.
    func cells(for slot: Int32) -> [Double] {
        let fact = table.vocabulary.facts[Int(slot)]
        let reads = program.nodes.filter { $0.slot == slot && $0.kind.rawValue >= Program.Kind.equal.rawValue }
        switch fact.type {
        case .bool:
            return [0, 1]
        case .enumeration(let values):
            return values.indices.map(Double.init)
        case .number, .date:
            let isDate = fact.type == .date
            let constants = Array(Set(reads.filter { $0.trait < 0 }.map(\.constant))).sorted()
            guard let lowest = constants.first, let highest = constants.last else { return [0] }
            var cells: [Double] = [isDate ? lowest - 1 : lowest - 1 - abs(lowest)]
            for (i, c) in constants.enumerated() {
                cells.append(c)
                if i + 1 < constants.count {
                    let next = constants[i + 1]
                    let between = isDate ? c + 1 : (c + next) / 2
                    if between > c && between < next { cells.append(between) }
                }
            }
            cells.append(isDate ? highest + 1 : highest + 1 + abs(highest))
            return cells
        case .licence:
            // One licence per distinct combination of the traits this program reads.
            let traits = Array(Set(reads.map(\.trait).filter { $0 >= 0 })).sorted()
            var seen = Set<[UInt64]>()
            var representatives: [Double] = []
            for l in table.catalogue.licences.indices {
                let signature = traits.map { table.trait(Double(l), Int($0)).bitPattern }
                if seen.insert(signature).inserted { representatives.append(Double(l)) }
            }
            return representatives
        }
    }
}
