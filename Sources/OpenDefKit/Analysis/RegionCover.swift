/// Describes a set of profiles (a "region", such as open under A but not under B) by a short list of
/// conjunctions of conditions, each of which implies the region (prime implicants over the definitions'
/// own comparisons). Found greedily from witnesses: take a witness, keep the conditions that hold there,
/// drop every condition whose removal still implies the region, then look for a witness not yet covered.
struct RegionCover {
    let solver: RegionSolver
    let atoms: Atoms

    struct Result {
        var implicants: [[Condition]]
        var witnesses: [(values: [Double], assumptions: [Search.Assumption])]
        /// True when the implicants cover the whole region (the search proved nothing is left).
        var complete: Bool
    }

    func cover(_ region: Predicate, limit: Int = 6) -> Result {
        var implicants: [[Condition]] = []
        var witnesses: [(values: [Double], assumptions: [Search.Assumption])] = []
        while implicants.count < limit {
            let uncovered = Predicate.all(
                [region] + implicants.map { .not(.all($0.map(\.predicate), Synthetic.location), Synthetic.location) },
                Synthetic.location)
            switch solver.solve(uncovered) {
            case .empty:
                return Result(implicants: implicants, witnesses: witnesses, complete: true)
            case .undecided:
                return Result(implicants: implicants, witnesses: witnesses, complete: false)
            case .witness(let values, let assumptions):
                witnesses.append((values, assumptions))
                implicants.append(minimise(atoms.conditions(at: values, assuming: assumptions), region: region))
            }
        }
        let rest = Predicate.all(
            [region] + implicants.map { .not(.all($0.map(\.predicate), Synthetic.location), Synthetic.location) },
            Synthetic.location)
        if case .empty = solver.solve(rest) { return Result(implicants: implicants, witnesses: witnesses, complete: true) }
        return Result(implicants: implicants, witnesses: witnesses, complete: false)
    }

    /// Drops conditions one by one while the rest still implies the region.
    func minimise(_ conditions: [Condition], region: Predicate) -> [Condition] {
        var kept = conditions.sorted()
        var i = 0
        while i < kept.count {
            var trial = kept
            trial.remove(at: i)
            if implies(trial, region) { kept = trial } else { i += 1 }
        }
        return kept
    }

    func implies(_ conditions: [Condition], _ region: Predicate) -> Bool {
        let counterexample = Predicate.all(conditions.map(\.predicate) + [.not(region, Synthetic.location)], Synthetic.location)
        if case .empty = solver.solve(counterexample) { return true }
        return false
    }
}
