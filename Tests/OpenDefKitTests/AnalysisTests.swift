import Foundation
import OpenDefKit
import Testing

/// The analyses against brute force: seeded random definitions over a small vocabulary, every complete
/// profile enumerated by an independent two-valued reference evaluator.
@Suite struct AnalysisTests {
    typealias Expr = ExactnessTests.Expr
    typealias RNG = ExactnessTests.RNG

    /// A complete profile of the small vocabulary, including the weights licence's osi_approved trait
    /// (the catalogue has licences with it true and false).
    struct Point {
        var x: ExactnessTests.Assignment
        var osi: Bool
    }

    static var allPoints: [Point] {
        ExactnessTests.allAssignments.flatMap { [Point(x: $0, osi: true), Point(x: $0, osi: false)] }
    }

    /// Random definition: outcomes with random `open`, the last an otherwise; conditions may read the licence trait.
    struct RandomDefinition {
        var whens: [Expr?]
        var opens: [Bool]
        var licenceAtoms: [Int: Bool]  // outcome index -> extra licence condition (osi is true/false)

        func outcome(_ p: Point) -> Int {
            whens.indices.first { k in
                guard let when = whens[k] else { return true }
                if let osi = licenceAtoms[k], osi != p.osi { return false }
                return when.holds(p.x)
            }!
        }

        func yaml(id: String) -> String {
            var criteria: [String] = []
            var outcomes: [String] = []
            for (k, when) in whens.enumerated() {
                if let when {
                    var w = when.yaml
                    if let osi = licenceAtoms[k] { w = "{all: [\(w), {fact: weights.licence.osi_approved, is: \(osi)}]}" }
                    criteria.append(criterionYAML("c\(k)", w))
                    outcomes.append("  - {id: o\(k), title: O\(k), open: \(opens[k]), when: c\(k)}")
                } else {
                    outcomes.append("  - {id: o\(k), title: O\(k), open: \(opens[k]), otherwise: true}")
                }
            }
            return definitionYAML(id: id, criteria: criteria.joined(separator: "\n"), outcomes: outcomes.joined(separator: "\n"))
        }

        static func random(_ rng: inout RNG) -> RandomDefinition {
            let count = 2 + rng.below(3)
            var whens: [Expr?] = (0..<(count - 1)).map { _ in Expr.random(&rng, depth: 2) }
            whens.append(nil)
            var atoms: [Int: Bool] = [:]
            for k in 0..<(count - 1) where rng.below(3) == 0 { atoms[k] = rng.below(2) == 0 }
            return RandomDefinition(whens: whens, opens: (0..<count).map { _ in rng.below(2) == 0 }, licenceAtoms: atoms)
        }
    }

    /// Reference truth of a condition at a point.
    static func holds(_ c: Condition, at p: Point) -> Bool {
        let x = p.x
        let value: Bool
        let operand = c.operands.first ?? ""
        switch c.fact {
        case "a", "b", "c":
            value = x.bools[["a", "b", "c"].firstIndex(of: c.fact)!] == (operand == "true")
        case "access":
            value = c.operands.contains(ExactnessTests.accessValues[x.access])
        case "compute":
            let k = Double(operand)!
            switch c.op {
            case .above: value = x.compute > k
            case .atLeast: value = x.compute >= k
            case .atMost: value = x.compute <= k
            case .below: value = x.compute < k
            default: value = x.compute == k
            }
        case "weights.licence.osi_approved":
            value = p.osi == (operand == "true")
        default:
            Issue.record("unexpected fact \(c.fact)")
            value = false
        }
        return value == c.holds
    }

    func compile(_ definitions: [(String, RandomDefinition)]) throws -> (Scratch, Workspace, [CompiledDefinition]) {
        var files: [String: String] = [:]
        for (id, d) in definitions { files["Definitions/\(id).yaml"] = d.yaml(id: id) }
        files["Models/m.yaml"] = profileYAML(id: "m", facts: ["a": "true", "access": "gated", "weights.licence": "Closed-1.0"])
        let scratch = try Scratch(files: files)
        let workspace = scratch.load()
        let vocabulary = try #require(workspace.vocabulary)
        let table = FactTable(vocabulary: vocabulary, catalogue: workspace.catalogue)
        let compiled = try definitions.map { id, _ in try #require(workspace.definition(id).flatMap { Compiler.compile($0, table: table) }) }
        return (scratch, workspace, compiled)
    }

    @Test(arguments: 0..<40)
    func symbolicComparisonAgreesWithBruteForce(seed: Int) throws {
        var rng = RNG(state: UInt64(seed) &* 104_729 &+ 3)
        let a = RandomDefinition.random(&rng), b = RandomDefinition.random(&rng)
        let (scratch, workspace, compiled) = try compile([("a", a), ("b", b)])
        defer { scratch.remove() }
        let points = Self.allPoints
        let onlyA = points.filter { a.opens[a.outcome($0)] && !b.opens[b.outcome($0)] }
        let onlyB = points.filter { !a.opens[a.outcome($0)] && b.opens[b.outcome($0)] }
        let expected: Relation =
            switch (onlyA.isEmpty, onlyB.isEmpty) {
            case (true, true): .equivalent
            case (true, false): .aStricter
            case (false, true): .bStricter
            case (false, false): .incomparable
            }
        let diff = SymbolicComparison(compiled[0], compiled[1], profiles: workspace.profiles)
        #expect(diff.relation == expected, "seed \(seed)")
        #expect(SymbolicComparison.relation(compiled[0], compiled[1], axis: .open) == expected, "seed \(seed)")
        #expect((diff.onlyA == nil) == onlyA.isEmpty, "seed \(seed)")
        #expect((diff.onlyB == nil) == onlyB.isEmpty, "seed \(seed)")
        for (region, members, aOpen) in [(diff.onlyA, onlyA, true), (diff.onlyB, onlyB, false)] {
            guard let region else { continue }
            #expect(!region.parts.isEmpty)
            for part in region.parts {
                // Each description implies the region: every point that meets it lies in the region.
                let meeting = points.filter { p in part.conditions.allSatisfy { Self.holds($0, at: p) } }
                #expect(!meeting.isEmpty, "seed \(seed): a description no profile meets")
                #expect(meeting.allSatisfy { p in
                    members.contains { $0.x.bools == p.x.bools && $0.x.access == p.x.access && $0.x.compute == p.x.compute && $0.osi == p.osi }
                }, "seed \(seed): description \(part.conditions) is wider than the region")
                // The witness was re-checked by the evaluator and lies in the region.
                let e = part.witness.evaluations
                #expect(e.count == 2)
                if part.witness.assumptions.isEmpty {
                    #expect(e[0].open == aOpen && e[1].open == !aOpen, "seed \(seed): witness not in region")
                }
            }
            for part in region.parts {
                // The reason is part of the description and alone rules out the other side's stance.
                #expect(Set(part.reason).isSubset(of: Set(part.conditions)))
                let other = aOpen ? b : a
                let meetingReason = points.filter { p in part.reason.allSatisfy { Self.holds($0, at: p) } }
                #expect(meetingReason.allSatisfy { !other.opens[other.outcome($0)] }, "seed \(seed): reason \(part.reason) does not explain")
            }
            if region.complete {
                // Together the reasons account for every profile in the region.
                #expect(members.allSatisfy { p in region.parts.contains { $0.reason.allSatisfy { Self.holds($0, at: p) } } }, "seed \(seed)")
            }
        }
    }

    @Test(arguments: 0..<10)
    func aDefinitionIsEquivalentToItself(seed: Int) throws {
        var rng = RNG(state: UInt64(seed) &* 31 &+ 5)
        let a = RandomDefinition.random(&rng)
        let (scratch, workspace, compiled) = try compile([("a", a)])
        defer { scratch.remove() }
        let diff = SymbolicComparison(compiled[0], compiled[0], profiles: workspace.profiles)
        #expect(diff.relation == .equivalent)
        #expect(diff.onlyA == nil && diff.onlyB == nil)
    }

    @Test(arguments: 0..<30)
    func whatIfChangeSetsReachTheTargetAndAreMinimal(seed: Int) throws {
        var rng = RNG(state: UInt64(seed) &* 7 &+ 11)
        let d = RandomDefinition.random(&rng)
        let (scratch, workspace, compiled) = try compile([("d", d)])
        defer { scratch.remove() }
        let profile = try #require(workspace.profile("m"))  // a = true, access = gated, licence Closed-1.0 (osi false)
        let points = Self.allPoints
        for target in d.whens.indices {
            let whatIf = try #require(WhatIf(compiled[0], profile: profile, target: target))
            #expect(whatIf.reachable == points.contains { d.outcome($0) == target }, "seed \(seed)")
            // The points consistent with a change set: changed facts fixed, the profile's other known facts
            // kept, everything else free.
            func consistent(_ set: [FactChange], dropping dropped: String? = nil) -> [Point] {
                points.filter { p in
                    var fixed: [String: String] = ["a": "true", "access": "gated", "weights.licence": "Closed-1.0"]
                    for c in set where c.fact != dropped { fixed[c.fact] = c.to?.description }
                    if let dropped, fixed[dropped] == nil, let original = ["a": "true", "access": "gated", "weights.licence": "Closed-1.0"][dropped] {
                        fixed[dropped] = original
                    }
                    for (fact, value) in fixed as [String: String?] {
                        switch fact {
                        case "a", "b", "c": if p.x.bools[["a", "b", "c"].firstIndex(of: fact)!] != (value == "true") { return false }
                        case "access": if ExactnessTests.accessValues[p.x.access] != value { return false }
                        case "compute":
                            // The same cell: alike against every constant the definitions use.
                            let v = Double(value ?? "") ?? .nan
                            if ![1e23, 1e25].allSatisfy({ k in (p.x.compute < k) == (v < k) && (p.x.compute == k) == (v == k) }) {
                                return false
                            }
                        case "weights.licence": if p.osi != (value == "Open-1.0") && value != "Vague-1.0" { return false }
                        default: break
                        }
                    }
                    return true
                }
            }
            for set in whatIf.changeSets {
                let all = set.questions + set.changes
                #expect(set.evaluation.outcome?.id == "o\(target)", "seed \(seed)")
                // Every completion of what the set leaves open gets the target (the evaluator's claim).
                let completions = consistent(all)
                #expect(!completions.isEmpty)
                #expect(completions.allSatisfy { d.outcome($0) == target }, "seed \(seed): change set does not force the target")
                // Minimal: undoing any change of a known fact makes the target unreachable with the rest kept.
                for change in set.changes {
                    let without = consistent(all, dropping: change.fact)
                    #expect(!without.allSatisfy { d.outcome($0) == target } || without.isEmpty, "seed \(seed): \(change.fact) is not needed")
                }
            }
            if whatIf.reachable && whatIf.current.outcome?.id != "o\(target)" {
                #expect(!whatIf.changeSets.isEmpty, "seed \(seed): reachable target without a change set")
            }
        }
    }
}
