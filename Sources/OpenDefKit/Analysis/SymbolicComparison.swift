/// Compares two definitions exactly, over every profile the vocabulary allows: the relation, and for each
/// non-empty difference its characterising conditions and a witness re-checked by the evaluator.
public struct SymbolicComparison: Sendable {
    public struct Region: Sendable {
        /// Conjunctions of conditions, each implying the region, with a witness for each; together they
        /// cover the region when `complete`.
        public let parts: [Part]
        public let complete: Bool
    }

    public struct Part: Sendable {
        /// Conditions that together imply the region.
        public let conditions: [Condition]
        /// The smallest part of them that rules out the other definition's stance: why they differ here.
        public let reason: [Condition]
        public let witness: Witness
    }

    public let a: Definition
    public let b: Definition
    public let axis: Axis
    /// nil when the search could not decide (budget exhausted).
    public let relation: Relation?
    /// Profiles more permissive under A than under B (on the open axis: open under A, not under B); nil when empty.
    public let onlyA: Region?
    public let onlyB: Region?

    /// Decides the relation only (no conditions or witnesses): what the strictness map needs.
    public static func relation(_ a: CompiledDefinition, _ b: CompiledDefinition, axis: Axis) -> Relation? {
        let (solver, regionA, regionB) = setUp(a.definition, b.definition, table: a.table, axis: axis)
        let emptyA = isEmpty(solver.solve(regionA)), emptyB = isEmpty(solver.solve(regionB))
        guard let emptyA, let emptyB else { return nil }
        return relation(onlyAEmpty: emptyA, onlyBEmpty: emptyB)
    }

    /// The full comparison, with witnesses built from the nearest of `profiles`.
    public init(_ a: CompiledDefinition, _ b: CompiledDefinition, axis: Axis = .open, profiles: [Profile]) {
        self.a = a.definition
        self.b = b.definition
        self.axis = axis
        let table = a.table
        let (solver, regionA, regionB) = SymbolicComparison.setUp(a.definition, b.definition, table: table, axis: axis)
        let atoms = Atoms([a.definition, b.definition], table: table)
        let cover = RegionCover(solver: solver, atoms: atoms)
        let builder = WitnessBuilder(table: table, definitions: [a, b])
        func region(_ predicate: Predicate, aIsPermissive: Bool) -> (Region?, Bool?) {
            switch solver.solve(predicate) {
            case .empty: return (nil, true)
            case .undecided: return (nil, nil)
            case .witness:
                let result = cover.cover(predicate) { values in
                    SymbolicComparison.otherSide(values, a: a, b: b, axis: axis, aIsPermissive: aIsPermissive)
                }
                let finder = WitnessFinder(table: table, builder: builder, axis: axis, aIsPermissive: aIsPermissive)
                let parts = zip(zip(result.implicants, result.reasons), result.witnesses).map { pair, found in
                    let (implicant, reason) = pair
                    return Part(
                        conditions: implicant, reason: reason,
                        witness: finder.nearest(implicant, profiles: profiles, solver: solver)
                            ?? builder.witness(found.values, id: "witness", base: nil, baseValues: nil, assumptions: found.assumptions))
                }
                return (Region(parts: parts, complete: result.complete), false)
            }
        }
        let (onlyA, emptyA) = region(regionA, aIsPermissive: true)
        let (onlyB, emptyB) = region(regionB, aIsPermissive: false)
        self.onlyA = onlyA
        self.onlyB = onlyB
        if let emptyA, let emptyB {
            relation = SymbolicComparison.relation(onlyAEmpty: emptyA, onlyBEmpty: emptyB)
        } else {
            relation = nil
        }
    }

    /// For a witness of a region: the stance the less permissive definition must take there (not open;
    /// or heavier obligations than the other definition's at the witness).
    static func otherSide(_ values: [Double], a: CompiledDefinition, b: CompiledDefinition, axis: Axis, aIsPermissive: Bool) -> Predicate {
        let (permissive, other) = aIsPermissive ? (a, b) : (b, a)
        let prefix = aIsPermissive ? "b/" : "a/"
        let outcomes = other.definition.outcomes
        let wanted: [Int]
        switch axis {
        case .open:
            wanted = outcomes.indices.filter { !outcomes[$0].open }
        case .obligations:
            let level = values.withUnsafeBufferPointer { permissive.program.quickOutcome($0, permissive.table.traits) }
                .flatMap { permissive.definition.outcomes[$0].obligations } ?? .none
            wanted = outcomes.indices.filter { (outcomes[$0].obligations ?? .none) > level }
        }
        return Synthetic.verdictIn(wanted, of: other.definition, prefix: prefix)
    }

    static func relation(onlyAEmpty: Bool, onlyBEmpty: Bool) -> Relation {
        switch (onlyAEmpty, onlyBEmpty) {
        case (true, true): .equivalent
        case (true, false): .aStricter
        case (false, true): .bStricter
        case (false, false): .incomparable
        }
    }

    private static func isEmpty(_ answer: RegionSolver.Answer) -> Bool? {
        switch answer {
        case .empty: true
        case .witness: false
        case .undecided: nil
        }
    }

    /// The shared criteria and the two difference regions as predicates.
    static func setUp(_ a: Definition, _ b: Definition, table: FactTable, axis: Axis) -> (RegionSolver, Predicate, Predicate) {
        let solver = RegionSolver(
            table: table, criteria: Synthetic.criteria(of: a, prefix: "a/") + Synthetic.criteria(of: b, prefix: "b/"))
        func region(_ pairs: [(Int, Int)], swapped: Bool) -> Predicate {
            .any(
                pairs.map { i, j in
                    let (x, y) = swapped ? (j, i) : (i, j)
                    return .all(
                        [Synthetic.verdictIs(x, of: a, prefix: "a/"), Synthetic.verdictIs(y, of: b, prefix: "b/")],
                        Synthetic.location)
                }, Synthetic.location)
        }
        return (
            solver, region(axis.morePermissivePairs(a, b), swapped: false),
            region(axis.morePermissivePairs(b, a), swapped: true)
        )
    }
}

/// Finds the witness nearest to a real model: the profile and characterising conditions that need the
/// fewest facts changed, re-checked by the evaluator.
struct WitnessFinder {
    let table: FactTable
    let builder: WitnessBuilder
    let axis: Axis
    /// True for the region where A is the more permissive definition.
    let aIsPermissive: Bool

    func nearest(_ implicant: [Condition], profiles: [Profile], solver: RegionSolver) -> Witness? {
        var best: (changes: Int, witness: Witness)?
        let goal = solver.prepare(.all(implicant.map(\.predicate), Synthetic.location))
        for profile in profiles {
            let base = table.values(of: profile)
            do {
                // Keep every fact the implicant does not mention; let the search choose values for the rest.
                let mentioned = Set(implicant.compactMap { table.vocabulary.resolve($0.fact)?.fact.id })
                var start = base
                for fact in mentioned { if let slot = table.vocabulary.factSlot(fact) { start[slot] = .nan } }
                // A witness from a real model must need no assumption about a licence's unstated traits.
                guard case .witness(var values, let assumptions)? = goal?.solve(from: start, preferred: base),
                    assumptions.isEmpty
                else { continue }
                // Facts the search left open keep the profile's value (none: it stays unknown).
                for slot in values.indices where values[slot].isNaN { values[slot] = base[slot] }
                guard var witness = confirmed(values, profile: profile, base: base) else { continue }
                // Undo every change the evaluator does not need (the search also fills in facts only to
                // satisfy the vocabulary's constraints).
                for slot in values.indices where values[slot].bitPattern != base[slot].bitPattern {
                    var trial = values
                    trial[slot] = base[slot]
                    if let smaller = confirmed(trial, profile: profile, base: base) {
                        values = trial
                        witness = smaller
                    }
                }
                if let b = best, b.changes <= witness.changes.count { continue }
                best = (witness.changes.count, witness)
            }
        }
        return best?.witness
    }

    private func confirmed(_ values: [Double], profile: Profile, base: [Double]) -> Witness? {
        let witness = builder.witness(values, id: "\(profile.id)-witness", base: profile, baseValues: base)
        return confirms(witness) ? witness : nil
    }

    /// The ordinary evaluator must agree that the witness lies in the region.
    func confirms(_ w: Witness) -> Bool {
        guard w.evaluations.count == 2 else { return false }
        let (x, y) = aIsPermissive ? (w.evaluations[0], w.evaluations[1]) : (w.evaluations[1], w.evaluations[0])
        switch axis {
        case .open:
            return x.open == true && y.open == false
        case .obligations:
            guard let ox = x.obligations, let oy = y.obligations else { return false }
            return ox < oy
        }
    }
}
