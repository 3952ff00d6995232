/// The smallest changes of facts that would give a model a target outcome under a definition.
///
/// Facts the profile leaves unknown are free: where the target needs a particular answer, it is listed
/// as a question to put to the publisher. Known facts that must change are the change set. Every set is
/// minimal (no change in it can be dropped), the sets are listed smallest first, and each is re-checked
/// by the ordinary evaluator.
public struct WhatIf: Sendable {
    public struct ChangeSet: Sendable {
        /// Unknown facts and the answers the target needs.
        public let questions: [FactChange]
        /// Known facts that must change.
        public let changes: [FactChange]
        /// The evaluator's verdict on the changed profile.
        public let evaluation: Evaluation
    }

    public let profile: Profile
    public let definition: Definition
    public let target: Outcome
    public let current: Evaluation
    public let changeSets: [ChangeSet]
    /// False when no profile at all can reach the target outcome.
    public let reachable: Bool

    public static let maximumSets = 6

    /// `target`: an outcome index; default the first outcome with `open: true`.
    public init?(_ compiled: CompiledDefinition, profile: Profile, target: Int? = nil) {
        let definition = compiled.definition
        guard let k = target ?? definition.outcomes.firstIndex(where: \.open) else { return nil }
        self.profile = profile
        self.definition = definition
        self.target = definition.outcomes[k]
        let table = compiled.table
        let base = table.values(of: profile)
        current = Evaluator(table: table, definitions: [compiled]).evaluate(profile, values: base, under: compiled)
        let solver = RegionSolver(table: table, criteria: definition.criteria)
        guard let goal = solver.prepare(Synthetic.verdictIs(k, of: definition, prefix: "")) else {
            reachable = false
            changeSets = []
            return
        }
        if case .empty = goal.solve() {
            reachable = false
            changeSets = []
            return
        }
        reachable = true
        if current.outcome?.id == self.target.id {
            changeSets = []
            return
        }

        var read = Set<Int32>()
        let program = compiled.program
        for root in program.outcomeRoots where root >= 0 { program.slotsRead(from: root, into: &read) }
        let known = read.sorted().map(Int.init).filter { !base[$0].isNaN }

        func attempt(freeing free: [Int]) -> [Double]? {
            var start = base
            for slot in free { start[slot] = .nan }
            // Only changes the catalogue can vouch for: no assumed licence traits.
            if case .witness(let values, let assumptions) = goal.solve(from: start, preferred: base), assumptions.isEmpty {
                return values
            }
            return nil
        }

        // Exact for small sets: every set of up to two changes, smallest first, skipping supersets.
        var found: [[Int]] = []
        if attempt(freeing: []) != nil { found.append([]) }
        if found.isEmpty {
            for slot in known where attempt(freeing: [slot]) != nil { found.append([slot]) }
        }
        if found.isEmpty {
            for (i, x) in known.enumerated() {
                for y in known[(i + 1)...] where attempt(freeing: [x, y]) != nil { found.append([x, y]) }
                if found.count >= WhatIf.maximumSets { break }
            }
        }
        // Larger sets: from a witness close to the profile, drop every change that is not needed; then
        // look for alternatives that keep one of those facts as it is.
        func minimal(pinned: [Int]) -> [Int]? {
            var start = base
            for slot in known where !pinned.contains(slot) { start[slot] = .nan }
            guard case .witness(let w, let assumptions) = goal.solve(from: start, preferred: base), assumptions.isEmpty
            else { return nil }
            var changed = known.filter { !w[$0].isNaN && w[$0] != base[$0] }
            var i = 0
            while i < changed.count {
                var trial = changed
                trial.remove(at: i)
                if attempt(freeing: trial) != nil { changed = trial } else { i += 1 }
            }
            return changed
        }
        if found.isEmpty, let first = minimal(pinned: []) {
            found.append(first)
            for slot in first where found.count < WhatIf.maximumSets {
                if let other = minimal(pinned: [slot]), !found.contains(other) { found.append(other) }
            }
        }
        found.sort { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) }

        let builder = WitnessBuilder(table: table, definitions: [compiled])
        var sets: [ChangeSet] = []
        for set in found.prefix(WhatIf.maximumSets) {
            guard var values = attempt(freeing: set) else { continue }
            for slot in values.indices where values[slot].isNaN { values[slot] = base[slot] }
            guard var witness = Optional(builder.witness(values, id: profile.id, base: profile, baseValues: base)),
                witness.evaluations.first?.outcome?.id == self.target.id
            else { continue }
            // Ask only what the target needs: leave unknown every answer the verdict does not depend on
            // (the search also fills in facts to satisfy the vocabulary's constraints).
            for slot in values.indices where base[slot].isNaN && !values[slot].isNaN {
                var trial = values
                trial[slot] = .nan
                let smaller = builder.witness(trial, id: profile.id, base: profile, baseValues: base)
                if smaller.evaluations.first?.outcome?.id == self.target.id {
                    values = trial
                    witness = smaller
                }
            }
            guard let evaluation = witness.evaluations.first else { continue }
            sets.append(
                ChangeSet(
                    questions: witness.changes.filter { $0.from == nil }, changes: witness.changes.filter { $0.from != nil },
                    evaluation: evaluation))
        }
        changeSets = sets
    }
}
