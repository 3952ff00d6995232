/// Builds the definitions the analyses search over: two definitions' criteria side by side (renamed so
/// they cannot collide) and a goal such as "open under A and not under B". Compiling that goal with the
/// ordinary compiler lets one search engine answer every analysis question.
enum Synthetic {
    static let location = SourceLocation(file: "<analysis>", line: 0, column: 0)
    static let citation = Citation(instrument: "opendef analysis", version: nil, section: "-", url: "-")

    /// A definition's criteria with every id (and every reference) prefixed.
    static func criteria(of definition: Definition, prefix: String) -> [Criterion] {
        definition.criteria.map {
            Criterion(id: prefix + $0.id, location: $0.location, cite: $0.cite, summary: $0.summary, when: $0.when.prefixed(prefix))
        }
    }

    /// "The verdict of `definition` is its outcome `k`": k's condition holds and no earlier one does.
    static func verdictIs(_ k: Int, of definition: Definition, prefix: String) -> Predicate {
        var parts: [Predicate] = definition.outcomes[..<k].compactMap { $0.when.map { .not($0.prefixed(prefix), location) } }
        if let when = definition.outcomes[k].when { parts.append(when.prefixed(prefix)) }
        return .all(parts, location)
    }

    static func verdictIn(_ ks: [Int], of definition: Definition, prefix: String) -> Predicate {
        .any(ks.map { verdictIs($0, of: definition, prefix: prefix) }, location)
    }

    /// A definition whose first outcome is `goal`, over the given criteria.
    static func definition(criteria: [Criterion], goal: Predicate) -> Definition {
        Definition(
            id: "analysis", idLocation: location, title: "analysis", publisher: "opendef", kind: .standard, status: .final,
            date: nil, version: nil, source: "-", supersedes: [], question: "-", note: nil,
            criteria: criteria,
            outcomes: [
                Outcome(id: "goal", location: location, title: "goal", open: true, obligations: nil, when: goal, isOtherwise: false),
                Outcome(id: "rest", location: location, title: "rest", open: false, obligations: nil, when: nil, isOtherwise: true),
            ], examples: [], file: "<analysis>")
    }
}

extension Predicate {
    /// The same predicate with every criterion reference prefixed.
    func prefixed(_ prefix: String) -> Predicate {
        switch self {
        case .all(let parts, let l): .all(parts.map { $0.prefixed(prefix) }, l)
        case .any(let parts, let l): .any(parts.map { $0.prefixed(prefix) }, l)
        case .not(let inner, let l): .not(inner.prefixed(prefix), l)
        case .criterion(let id, let l): .criterion(prefix + id, l)
        case .compare: self
        }
    }
}

/// Answers "is there a profile (within the vocabulary's types and constraints) for which this holds?"
/// over a fixed set of criteria, exactly.
struct RegionSolver {
    let table: FactTable
    let criteria: [Criterion]
    var budget = 400_000

    enum Answer {
        /// A profile in the region. Licence facts name catalogue licences; `assumptions` lists the trait
        /// values the witness needs that the catalogue does not state (empty for a fully known witness).
        case witness([Double], assumptions: [Search.Assumption])
        case empty
        case undecided
    }

    func solve(_ goal: Predicate, from start: [Double]? = nil, preferred: [Double]? = nil) -> Answer {
        prepare(goal)?.solve(from: start, preferred: preferred) ?? .undecided
    }

    /// Compiles a goal once, for many searches from different starting points.
    func prepare(_ goal: Predicate) -> Prepared? {
        Compiler.compile(Synthetic.definition(criteria: criteria, goal: goal), table: table).map {
            Prepared(compiled: $0, budget: budget)
        }
    }

    struct Prepared {
        let compiled: CompiledDefinition
        let budget: Int

        func solve(from start: [Double]? = nil, preferred: [Double]? = nil) -> Answer {
            RegionSolver.run(compiled, budget: budget, from: start, preferred: preferred)
        }
    }

    private static func run(_ compiled: CompiledDefinition, budget: Int, from start: [Double]?, preferred: [Double]?) -> Answer {
        let table = compiled.table
        var search = Search(compiled, budget: budget)
        search.preferred = preferred
        let origin = start ?? [Double](repeating: .nan, count: table.slotCount)
        switch search.find(search.outcomeGoal(0, withConstraints: true), from: origin) {
        case .found(var values):
            // Derived licence rows stand for catalogue licences with assumed traits: name the licence.
            var assumptions: [Search.Assumption] = []
            for (slot, fact) in table.vocabulary.facts.enumerated() where fact.type == .licence && !values[slot].isNaN {
                let origin = search.origin(ofRow: Int(values[slot]), slot: slot)
                values[slot] = Double(origin.licence)
                assumptions += origin.assumed
            }
            return .witness(values, assumptions: assumptions)
        case .refuted: return .empty
        case .undecided: return .undecided
        }
    }
}
