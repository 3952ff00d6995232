/// Describes a set of profiles (a "region", such as open under A but not under B) by a short list of
/// conjunctions of conditions, each of which implies the region (prime implicants over the definitions'
/// own comparisons). Found greedily from witnesses: take a witness, keep the conditions that hold there,
/// drop every condition whose removal still implies the region, then look for a witness not yet covered.
struct RegionCover {
    let solver: RegionSolver
    let atoms: Atoms

    struct Result {
        var implicants: [[Condition]]
        /// For each implicant, its smallest part that already rules out the other side (the reason).
        var reasons: [[Condition]]
        var witnesses: [(values: [Double], assumptions: [Search.Assumption])]
        /// True when the implicants cover the whole region (the search proved nothing is left).
        var complete: Bool
    }

    /// `otherSide(w)`: what must hold on the other definition's side for witness `w` to lie in the region
    /// (on the open axis: the other definition does not call it open). Each new witness is sought outside
    /// the reasons found so far, so the descriptions show different reasons, not different routes to the
    /// same one.
    func cover(_ region: Predicate, otherSide: ([Double]) -> Predicate, limit: Int = 6) -> Result {
        var result = Result(implicants: [], reasons: [], witnesses: [], complete: false)
        func uncovered() -> Predicate {
            .all([region] + result.reasons.map { .not(.all($0.map(\.predicate), Synthetic.location), Synthetic.location) }, Synthetic.location)
        }
        while result.implicants.count < limit {
            switch solver.solve(uncovered()) {
            case .empty:
                result.complete = true
                return result
            case .undecided:
                return result
            case .witness(let values, let assumptions):
                let implicant = minimise(atoms.conditions(at: values, assuming: assumptions), region: region)
                result.witnesses.append((values, assumptions))
                result.implicants.append(implicant)
                result.reasons.append(minimise(implicant, region: otherSide(values)))
            }
        }
        if case .empty = solver.solve(uncovered()) { result.complete = true }
        return result
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

    /// Whether the conditions imply the region. A check that runs out of its (small) budget counts as "no",
    /// which keeps the condition: descriptions may then be longer than needed, but never wrong.
    func implies(_ conditions: [Condition], _ region: Predicate) -> Bool {
        let counterexample = Predicate.all(conditions.map(\.predicate) + [.not(region, Synthetic.location)], Synthetic.location)
        var quick = solver
        quick.budget = RegionCover.implicationBudget
        if case .empty = quick.solve(counterexample) { return true }
        return false
    }

    /// Search steps allowed for one implication check while shortening a description.
    static let implicationBudget = 4_000
}
