import Foundation
import OpenDefKit
import Testing

/// Seeded random definitions over a small vocabulary, checked against brute-force enumeration of every
/// complete profile by an independent two-valued reference evaluator.
@Suite struct ExactnessTests {
    /// Small deterministic generator (SplitMix64), so failures reproduce from the seed.
    struct RNG {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// A complete assignment: a, b, c booleans; access index 0...2; compute value.
    struct Assignment {
        var bools: [Bool]
        var access: Int
        var compute: Double
    }

    static let accessValues = ["open", "gated", "closed"]
    static let computeCells: [Double] = [0, 1e23, 5e24, 1e25, 2e25]

    indirect enum Expr {
        case bool(Int, Bool)
        case access([Int])
        case compute(String, Double)
        case all([Expr]), any([Expr]), not(Expr)

        func holds(_ x: Assignment) -> Bool {
            switch self {
            case .bool(let i, let v): return x.bools[i] == v
            case .access(let set): return set.contains(x.access)
            case .compute(let op, let c):
                switch op {
                case "above": return x.compute > c
                case "at_least": return x.compute >= c
                case "at_most": return x.compute <= c
                default: return x.compute < c
                }
            case .all(let parts): return parts.allSatisfy { $0.holds(x) }
            case .any(let parts): return parts.contains { $0.holds(x) }
            case .not(let e): return !e.holds(x)
            }
        }

        var yaml: String {
            switch self {
            case .bool(let i, let v): return "{fact: \(["a", "b", "c"][i]), is: \(v)}"
            case .access(let set): return "{fact: access, in: [\(set.map { ExactnessTests.accessValues[$0] }.joined(separator: ", "))]}"
            case .compute(let op, let c): return "{fact: compute, \(op): \(c == 1e23 ? "1e23" : "1e25")}"
            case .all(let parts): return "{all: [\(parts.map(\.yaml).joined(separator: ", "))]}"
            case .any(let parts): return "{any: [\(parts.map(\.yaml).joined(separator: ", "))]}"
            case .not(let e): return "{not: \(e.yaml)}"
            }
        }

        static func random(_ rng: inout RNG, depth: Int) -> Expr {
            if depth == 0 || rng.below(3) == 0 {
                switch rng.below(3) {
                case 0: return .bool(rng.below(3), rng.below(2) == 0)
                case 1:
                    let set = (0..<3).filter { _ in rng.below(2) == 0 }
                    return .access(set.isEmpty ? [rng.below(3)] : set)
                default:
                    return .compute(["above", "at_least", "at_most", "below"][rng.below(4)], rng.below(2) == 0 ? 1e23 : 1e25)
                }
            }
            switch rng.below(3) {
            case 0: return .all((0..<(1 + rng.below(3))).map { _ in random(&rng, depth: depth - 1) })
            case 1: return .any((0..<(1 + rng.below(3))).map { _ in random(&rng, depth: depth - 1) })
            default: return .not(random(&rng, depth: depth - 1))
            }
        }
    }

    static var allAssignments: [Assignment] {
        var out: [Assignment] = []
        for mask in 0..<8 {
            for access in 0..<3 {
                for compute in computeCells {
                    out.append(Assignment(bools: (0..<3).map { mask & (1 << $0) != 0 }, access: access, compute: compute))
                }
            }
        }
        return out
    }

    /// The reference verdict: the first outcome whose condition holds.
    static func referenceOutcome(_ whens: [Expr?], _ x: Assignment) -> Int {
        whens.firstIndex { $0 == nil || $0!.holds(x) }!
    }

    @Test(arguments: 0..<60)
    func randomDefinitionsAgreeWithBruteForce(seed: Int) throws {
        var rng = RNG(state: UInt64(seed) &* 7919 &+ 17)
        let outcomeCount = 2 + rng.below(3)
        var whens: [Expr?] = (0..<(outcomeCount - 1)).map { _ in Expr.random(&rng, depth: 3) }
        whens.append(nil)
        let opens = (0..<outcomeCount).map { _ in rng.below(2) == 0 }
        var criteria: [String] = []
        var outcomes: [String] = []
        for (k, when) in whens.enumerated() {
            if let when {
                criteria.append(criterionYAML("c\(k)", when.yaml))
                outcomes.append("  - {id: o\(k), title: O\(k), open: \(opens[k]), when: c\(k)}")
            } else {
                outcomes.append("  - {id: o\(k), title: O\(k), open: \(opens[k]), otherwise: true}")
            }
        }
        // Random partial profiles: each fact known or unknown.
        var profiles: [(String, Assignment, [Bool])] = []
        var files = [
            "Definitions/d.yaml": definitionYAML(criteria: criteria.joined(separator: "\n"), outcomes: outcomes.joined(separator: "\n"))
        ]
        for p in 0..<12 {
            let x = Assignment(
                bools: (0..<3).map { _ in rng.below(2) == 0 }, access: rng.below(3),
                compute: Self.computeCells[rng.below(Self.computeCells.count)])
            let known = (0..<5).map { _ in rng.below(3) != 0 }
            var facts: [String: String] = [:]
            for i in 0..<3 where known[i] { facts[["a", "b", "c"][i]] = "\(x.bools[i])" }
            if known[3] { facts["access"] = Self.accessValues[x.access] }
            if known[4] { facts["compute"] = "\(x.compute)" }
            files["Models/p\(p).yaml"] = profileYAML(id: "p\(p)", facts: facts)
            profiles.append(("p\(p)", x, known))
        }
        let scratch = try Scratch(files: files)
        defer { scratch.remove() }
        let workspace = scratch.load()
        let vocabulary = try #require(workspace.vocabulary)
        let table = FactTable(vocabulary: vocabulary, catalogue: workspace.catalogue)
        let definition = try #require(workspace.definition("d"))
        let compiled = try #require(Compiler.compile(definition, table: table))
        let evaluator = Evaluator(table: table, definitions: [compiled])
        let all = Self.allAssignments

        // Reachability lint equals brute force.
        let reachable = Set(all.map { Self.referenceOutcome(whens, $0) })
        let unreachable = Set(
            Checker.check(workspace).filter { $0.message.contains("is unreachable") }.compactMap { d in
                definition.outcomes.firstIndex { d.message.contains("'\($0.id)'") }
            })
        #expect(unreachable == Set(whens.indices).subtracting(reachable), "seed \(seed)")

        for (id, x, known) in profiles {
            let profile = try #require(workspace.profile(id))
            let evaluation = evaluator.evaluate(profile).first!
            // Completions: every complete assignment that agrees with the known facts.
            let completions = all.filter { y in
                (0..<3).allSatisfy { !known[$0] || y.bools[$0] == x.bools[$0] } && (!known[3] || y.access == x.access)
                    && (!known[4] || y.compute == x.compute)
            }
            let outcomesReached = Set(completions.map { Self.referenceOutcome(whens, $0) })
            let possible = Set(evaluation.possibleOutcomes.compactMap { o in definition.outcomes.firstIndex { $0.id == o.id } })
            #expect(possible == outcomesReached, "seed \(seed), profile \(id)")
            if let open = evaluation.open {
                #expect(outcomesReached.allSatisfy { opens[$0] == open }, "seed \(seed), profile \(id): stance claimed without support")
            } else {
                #expect(Set(outcomesReached.map { opens[$0] }).count == 2, "seed \(seed), profile \(id)")
            }
            let unknownNames = Set(["a", "b", "c", "access", "compute"].enumerated().filter { !known[$0.offset] }.map(\.element))
            #expect(Set(evaluation.unknownFacts.map(\.name)).isSubset(of: unknownNames))
            #expect(evaluation.determined == evaluation.unknownFacts.isEmpty, "seed \(seed), profile \(id)")
        }
    }
}
