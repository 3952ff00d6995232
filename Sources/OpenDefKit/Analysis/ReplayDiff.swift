/// Every model of the corpus under two definitions: the ones whose stance differs, and why on each side.
public struct ReplayDiff: Sendable {
    public struct Entry: Sendable {
        public let profile: Profile
        public let a: Evaluation
        public let b: Evaluation
        /// On each side: the criteria that decide the stance there.
        public let responsibleA: [CriterionResult]
        public let responsibleB: [CriterionResult]
    }

    /// Every profile, in id order, with both evaluations.
    public let all: [Entry]
    /// The profiles whose stance on the axis differs.
    public var differing: [Entry] { all.filter { ReplayDiff.stance($0.a, axis) != ReplayDiff.stance($0.b, axis) } }
    public let axis: Axis

    public init(_ a: CompiledDefinition, _ b: CompiledDefinition, profiles: [Profile], axis: Axis = .open) {
        self.axis = axis
        let evaluator = Evaluator(table: a.table, definitions: [a, b])
        all = profiles.map { profile in
            let results = evaluator.evaluate(profile)
            return Entry(
                profile: profile, a: results[0], b: results[1], responsibleA: ReplayDiff.responsible(results[0]),
                responsibleB: ReplayDiff.responsible(results[1]))
        }
    }

    static func stance(_ e: Evaluation, _ axis: Axis) -> String {
        switch axis {
        case .open: e.open.map { $0 ? "open" : "not open" } ?? "undetermined"
        case .obligations: e.obligations?.rawValue ?? "undetermined"
        }
    }

    /// Where the model is open: the criteria its outcome's condition rests on (those that hold). Where it is
    /// not: the failing criteria that the open outcomes' conditions need. Undetermined: the unknown ones.
    static func responsible(_ e: Evaluation) -> [CriterionResult] {
        let byID = Dictionary(uniqueKeysWithValues: e.criteria.map { ($0.criterion.id, $0) })
        func reachable(from predicates: [Predicate]) -> [String] {
            var seen: [String] = []
            var stack = predicates.flatMap { $0.criterionReferences.map(\.0) }
            while let id = stack.popLast() {
                guard !seen.contains(id), let c = byID[id] else { continue }
                seen.append(id)
                stack += c.criterion.when.criterionReferences.map(\.0)
            }
            return seen
        }
        let wanted: Truth
        let roots: [Predicate]
        switch e.open {
        case true?:
            wanted = .true
            roots = e.outcome?.when.map { [$0] } ?? []
        case false?:
            wanted = .false
            roots = e.definition.outcomes.filter(\.open).compactMap(\.when)
        case nil:
            wanted = .unknown
            roots = e.possibleOutcomes.compactMap(\.when)
        }
        let ids = Set(reachable(from: roots))
        // Keep the definition's order; leave out criteria that only combine others.
        return e.criteria.filter { ids.contains($0.criterion.id) && $0.value == wanted && !$0.readings.isEmpty }
    }
}

/// The two texts side by side: facts one reads and the other ignores, and thresholds that differ.
public struct SideBySide: Sendable {
    public let onlyA: [String]
    public let onlyB: [String]
    public let both: [String]
    /// Facts both compare with numbers or dates, where the constants differ.
    public let thresholds: [(fact: String, a: [String], b: [String])]

    public init(_ a: Definition, _ b: Definition) {
        func reads(_ d: Definition) -> [String: [Comparison]] {
            Dictionary(grouping: d.criteria.flatMap { $0.when.comparisons } + d.outcomes.flatMap { $0.when?.comparisons ?? [] }, by: \.fact)
        }
        let ra = reads(a), rb = reads(b)
        onlyA = ra.keys.filter { rb[$0] == nil }.sorted()
        onlyB = rb.keys.filter { ra[$0] == nil }.sorted()
        both = ra.keys.filter { rb[$0] != nil }.sorted()
        thresholds = both.compactMap { fact in
            func constants(_ cs: [Comparison]) -> [String] {
                Array(Set(cs.filter { $0.op != .is && $0.op != .in }.map { "\($0.op.rawValue) \($0.operands[0].text)" })).sorted()
            }
            let x = constants(ra[fact]!), y = constants(rb[fact]!)
            return x != y && !(x.isEmpty && y.isEmpty) ? (fact, x, y) : nil
        }
    }
}

/// Everything `opendef diff` reports.
public struct DefinitionDiff: Sendable {
    public let symbolic: SymbolicComparison
    public let replay: ReplayDiff
    public let sideBySide: SideBySide

    public init(_ a: CompiledDefinition, _ b: CompiledDefinition, profiles: [Profile], axis: Axis = .open) {
        symbolic = SymbolicComparison(a, b, axis: axis, profiles: profiles)
        replay = ReplayDiff(a, b, profiles: profiles, axis: axis)
        sideBySide = SideBySide(a.definition, b.definition)
    }
}
