/// Exact search over completions of a partial profile: does some assignment of the unknown facts make a
/// goal true? Each fact's domain is split into the finitely many cells that the program's constants
/// distinguish, and Kleene evaluation of the partial assignment prunes (false: no completion works;
/// true: every completion works). Only facts that keep the goal unknown are branched on.
///
/// A licence-typed fact ranges over the catalogue's licences; where the catalogue leaves a trait of a
/// licence unknown, that trait is searched over too (the licence could have either value), through
/// derived rows of the trait table that record what they assume.
struct Search {
    enum Result {
        case found([Double])
        case refuted
        /// The step budget ran out.
        case undecided
    }

    /// What a derived licence row assumes: the catalogue licence it stands for and the trait values it fills in.
    struct Assumption: Hashable {
        let licence: Int
        let trait: Int
        let value: Double
    }

    let compiled: CompiledDefinition
    private(set) var steps = 0
    let budget: Int
    /// Values to try first for each slot (what-if and witnesses start from a real profile's values).
    var preferred: [Double]?
    /// The catalogue's trait table, extended with derived rows.
    private(set) var traits: TraitTable
    private var derivedRows: [DerivedKey: Int] = [:]
    /// For each derived row: the catalogue licence it comes from (-1 for a licence still to be chosen),
    /// and its assumptions.
    private(set) var origins: [Int: (licence: Int, assumed: [Assumption])] = [:]
    /// For rows standing for a licence still to be chosen: the catalogue licences still compatible.
    private var candidates: [Int: Candidates] = [:]

    /// Compatible licences, as a list in search order and as a membership mask (no hashing on the hot path).
    private struct Candidates {
        var list: [Int]
        var member: [Bool]

        init(_ list: [Int], count: Int) {
            self.list = list
            member = [Bool](repeating: false, count: count)
            for l in list { member[l] = true }
        }

        /// The first licence of `order` that is still compatible.
        func first(in order: [Int]) -> Int? { order.first { member[$0] } }
    }
    /// A row with every trait unknown: "some licence", chosen by its traits as the search assigns them.
    private let anyLicenceRow: Int
    private var cellCache: [Int32: [Double]] = [:]

    private struct DerivedKey: Hashable {
        let row: Int
        let trait: Int32
        let value: UInt64
    }

    init(_ compiled: CompiledDefinition, budget: Int = 200_000) {
        self.compiled = compiled
        self.budget = budget
        var traits = compiled.table.traits
        anyLicenceRow = traits.rows
        traits.values += [Double](repeating: .nan, count: traits.count)
        self.traits = traits
        origins[anyLicenceRow] = (-1, [])
        candidates[anyLicenceRow] = Candidates(compiled.table.licenceSearchOrder, count: compiled.table.catalogue.licences.count)
    }

    /// The catalogue licence a (possibly derived) row stands for, and the trait values the catalogue does
    /// not state for it but the row assumes.
    func origin(ofRow row: Int, slot: Int? = nil) -> (licence: Int, assumed: [Assumption]) {
        guard let (licence, assumed) = origins[row] else { return (row, []) }
        if licence >= 0 { return (licence, assumed) }
        // A licence chosen by its traits: the first compatible one, those the corpus uses for this fact first.
        var chosen = candidates[row]?.list.first ?? 0
        if let slot, let order = compiled.table.licenceOrderBySlot[slot], let preferred = candidates[row]?.first(in: order) {
            chosen = preferred
        }
        let table = compiled.table.traits
        return (
            chosen,
            assumed.filter { table.value(Double(chosen), $0.trait).isNaN }.map {
                Assumption(licence: chosen, trait: $0.trait, value: $0.value)
            }
        )
    }

    mutating func cells(for slot: Int32) -> [Double] {
        if let cached = cellCache[slot] { return cached }
        // A licence is not enumerated: "some licence" is chosen and its traits are searched one by one.
        var cells = compiled.table.vocabulary.facts[Int(slot)].type == .licence ? [Double(anyLicenceRow)] : compiled.cells(for: slot)
        if let p = preferred?[Int(slot)], !p.isNaN {
            cells.removeAll { $0 == p }
            cells.insert(p, at: 0)
        }
        cellCache[slot] = cells
        return cells
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
        let traits = self.traits
        let (t, branch): (Truth, Program.UnknownRead?) = values.withUnsafeBufferPointer { v in
            let truths = program.criterionTruths(v, traits)
            return truths.withUnsafeBufferPointer { c in
                // Facts before licence traits: a trait is assumed only for a licence already chosen.
                let r = program.residual(of: goal, v, c, traits)
                return (r.truth, r.fact ?? r.trait)
            }
        }
        switch t {
        case .true: return values
        case .false: return nil
        case .unknown:
            guard let branch else {
                undecided = true
                return nil
            }
            let slot = Int(branch.slot)
            let saved = values[slot]
            if branch.trait < 0 {
                for cell in cells(for: branch.slot) {
                    values[slot] = cell
                    if let found = descend(goal, &values, &undecided) { return found }
                    if steps > budget { break }
                }
            } else {
                let row = Int(saved)
                for value in traitCells(branch.trait, row: row, slot: slot) {
                    guard let derived = derive(row: row, trait: branch.trait, value: value) else { continue }
                    values[slot] = Double(derived)
                    if let found = descend(goal, &values, &undecided) { return found }
                    if steps > budget { break }
                }
            }
            values[slot] = saved
            return nil
        }
    }

    /// The values a trait can take that the program tells apart; for a licence still to be chosen, the
    /// value of the licence the corpus most uses for this fact first (so answers name familiar licences).
    private func traitCells(_ trait: Int32, row: Int, slot: Int) -> [Double] {
        var cells: [Double]
        switch compiled.table.vocabulary.traits[Int(trait)].type {
        case .bool: cells = [0, 1]
        case .enumeration(let values): cells = values.indices.map(Double.init)
        default:
            let constants = compiled.program.nodes.filter { $0.trait == trait && $0.kind.rawValue >= Program.Kind.equal.rawValue }
                .map(\.constant)
            cells = Cells.ordered(constants, isDate: false)
        }
        if let pool = candidates[row] {
            let order = compiled.table.licenceOrderBySlot[slot] ?? compiled.table.licenceSearchOrder
            if let best = pool.first(in: order) {
                let value = compiled.table.traits.value(Double(best), Int(trait))
                if let i = cells.firstIndex(where: { sameCell($0, value, trait: trait) }) { cells.insert(cells.remove(at: i), at: 0) }
            }
        }
        return cells
    }

    /// A row like `row` but with `trait` set to `value`; nil when no catalogue licence can have the traits
    /// the row would then stand for.
    private mutating func derive(row: Int, trait: Int32, value: Double) -> Int? {
        let key = DerivedKey(row: row, trait: trait, value: value.bitPattern)
        if let existing = derivedRows[key] { return existing < 0 ? nil : existing }
        let parent = origins[row] ?? (row, [])
        var compatible: Candidates?
        if let pool = candidates[row] {
            let table = compiled.table.traits
            let narrowed = pool.list.filter { l in
                let known = table.value(Double(l), Int(trait))
                return known.isNaN || sameCell(known, value, trait: trait)
            }
            if narrowed.isEmpty {
                derivedRows[key] = -1
                return nil
            }
            compatible = Candidates(narrowed, count: pool.member.count)
        }
        let count = traits.count
        var copy = Array(traits.values[(row * count)..<((row + 1) * count)])
        copy[Int(trait)] = value
        let index = traits.rows
        traits.values += copy
        origins[index] = (parent.licence, parent.assumed + [Assumption(licence: parent.licence, trait: Int(trait), value: value)])
        candidates[index] = compatible
        derivedRows[key] = index
        return index
    }

    /// Whether two values of a trait compare alike against every constant the program uses for it.
    private func sameCell(_ x: Double, _ y: Double, trait: Int32) -> Bool {
        if x == y { return true }
        guard case .number = compiled.table.vocabulary.traits[Int(trait)].type else { return false }
        for node in compiled.program.nodes where node.trait == trait {
            let c = node.constant
            let same: Bool
            switch node.kind {
            case .equal: same = (x == c) == (y == c)
            case .above: same = (x > c) == (y > c)
            case .atLeast: same = (x >= c) == (y >= c)
            case .atMost: same = (x <= c) == (y <= c)
            case .below: same = (x < c) == (y < c)
            default: same = true
            }
            if !same { return false }
        }
        return true
    }
}

/// Representative values for the cells of an ordered domain split by constants.
enum Cells {
    /// Constants first (they read best in witnesses), then a point inside every gap between them.
    static func ordered(_ constants: [Double], isDate: Bool) -> [Double] {
        let constants = Array(Set(constants)).sorted()
        guard let lowest = constants.first, let highest = constants.last else { return [0] }
        var gaps: [Double] = [isDate ? lowest - 1 : (lowest > 0 ? lowest / 10 : lowest - 1 - abs(lowest))]
        for (c, next) in zip(constants, constants.dropFirst()) {
            let between = isDate ? c + 1 : (c + next) / 2
            if between > c && between < next { gaps.append(between) }
        }
        gaps.append(isDate ? highest + 1 : (highest > 0 ? highest * 10 : highest + 1 + abs(highest)))
        return constants + gaps
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
            return Cells.ordered(reads.filter { $0.trait < 0 }.map(\.constant), isDate: fact.type == .date)
        case .licence:
            // One licence per distinct combination of the traits this program reads (unknown included:
            // the search then assumes values for those traits), best-described licences first.
            let traitIDs = Array(Set(reads.map(\.trait).filter { $0 >= 0 })).sorted()
            var seen = Set<[UInt64]>()
            var representatives: [Double] = []
            for l in table.licenceSearchOrder {
                let signature = traitIDs.map { table.traits.value(Double(l), Int($0)).bitPattern }
                if seen.insert(signature).inserted { representatives.append(Double(l)) }
            }
            return representatives
        }
    }
}
