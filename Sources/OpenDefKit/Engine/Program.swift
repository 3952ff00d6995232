/// A definition compiled to a flat array of nodes over integer slots.
///
/// Children of `all`/`any`/`not` are listed in `children[first..<first+count]`; a criterion node reads
/// the criterion's already computed truth; a comparison reads one slot (through a licence trait when
/// `trait >= 0`) and compares it with a constant, or for `in` tests membership in `mask`.
public struct Program: Sendable {
    enum Kind: UInt8 {
        case all, any, not, criterion, equal, member, above, atLeast, atMost, below
    }

    struct Node: Sendable {
        var kind: Kind
        var slot: Int32 = -1
        var trait: Int32 = -1
        var constant: Double = 0
        var mask: UInt64 = 0
        var first: Int32 = 0
        var count: Int32 = 0
    }

    var nodes: [Node] = []
    var children: [Int32] = []
    /// Root node of each criterion, in the definition's order.
    var criterionRoots: [Int32] = []
    /// Criterion indices in an order where every criterion comes after those it refers to.
    var criterionOrder: [Int32] = []
    /// Root node of each outcome's `when`; -1 for the otherwise outcome.
    var outcomeRoots: [Int32] = []
    /// Root nodes of the vocabulary's constraints.
    var constraintRoots: [Int32] = []

    /// Evaluates one node. `criteria` holds the truths of criteria computed so far.
    func eval(_ index: Int32, _ values: UnsafeBufferPointer<Double>, _ criteria: UnsafeBufferPointer<Truth>, _ traits: TraitTable)
        -> Truth
    {
        withMachine(values, traits) { $0.eval(index, criteria) }
    }

    /// Every criterion's truth, indexed like the definition's criteria.
    func criterionTruths(_ values: UnsafeBufferPointer<Double>, _ traits: TraitTable) -> [Truth] {
        var truths = [Truth](repeating: .unknown, count: criterionRoots.count)
        withMachine(values, traits) { machine in
            truths.withUnsafeMutableBufferPointer { machine.computeCriteria(into: $0) }
        }
        return truths
    }

    func outcomeTruth(_ k: Int, _ values: UnsafeBufferPointer<Double>, _ criteria: UnsafeBufferPointer<Truth>, _ traits: TraitTable)
        -> Truth
    {
        let root = outcomeRoots[k]
        return root < 0 ? .true : eval(root, values, criteria, traits)
    }

    /// The fast path: the first outcome whose `when` is true, or nil when an earlier one is unknown.
    func quickOutcome(_ values: UnsafeBufferPointer<Double>, _ traits: TraitTable) -> Int? {
        withMachine(values, traits) { machine in
            withUnsafeTemporaryAllocation(of: Truth.self, capacity: max(1, criterionRoots.count)) { criteria in
                machine.computeCriteria(into: criteria)
                let c = UnsafeBufferPointer(criteria)
                for (k, root) in outcomeRoots.enumerated() {
                    if root < 0 { return k }
                    switch machine.eval(root, c) {
                    case .true: return k
                    case .unknown: return nil
                    case .false: continue
                    }
                }
                return nil
            }
        }
    }

    /// Runs `body` with a machine over raw buffers, so the recursive evaluation does no reference counting.
    func withMachine<R>(_ values: UnsafeBufferPointer<Double>, _ traits: TraitTable, _ body: (Machine) -> R) -> R {
        nodes.withUnsafeBufferPointer { n in
            children.withUnsafeBufferPointer { ch in
                criterionOrder.withUnsafeBufferPointer { order in
                    criterionRoots.withUnsafeBufferPointer { roots in
                        traits.values.withUnsafeBufferPointer { traitValues in
                            body(
                                Machine(
                                    nodes: n, children: ch, criterionOrder: order, criterionRoots: roots, values: values,
                                    traits: traitValues, traitCount: traits.count))
                        }
                    }
                }
            }
        }
    }

    /// The evaluation loop over raw buffers.
    struct Machine {
        let nodes: UnsafeBufferPointer<Node>
        let children: UnsafeBufferPointer<Int32>
        let criterionOrder: UnsafeBufferPointer<Int32>
        let criterionRoots: UnsafeBufferPointer<Int32>
        let values: UnsafeBufferPointer<Double>
        let traits: UnsafeBufferPointer<Double>
        let traitCount: Int

        func computeCriteria(into truths: UnsafeMutableBufferPointer<Truth>) {
            for c in criterionOrder {
                truths[Int(c)] = eval(criterionRoots[Int(c)], UnsafeBufferPointer(truths))
            }
        }

        func eval(_ index: Int32, _ criteria: UnsafeBufferPointer<Truth>) -> Truth {
            let node = nodes[Int(index)]
            switch node.kind {
            case .all:
                var result = Truth.true
                for c in node.first..<(node.first + node.count) {
                    result = result && eval(children[Int(c)], criteria)
                    if result == .false { return .false }
                }
                return result
            case .any:
                var result = Truth.false
                for c in node.first..<(node.first + node.count) {
                    result = result || eval(children[Int(c)], criteria)
                    if result == .true { return .true }
                }
                return result
            case .not:
                return !eval(children[Int(node.first)], criteria)
            case .criterion:
                return criteria[Int(node.slot)]
            default:
                var v = values[Int(node.slot)]
                if node.trait >= 0, !v.isNaN {
                    let licence = Int(v)
                    let at = licence * traitCount + Int(node.trait)
                    v = licence >= 0 && at < traits.count ? traits[at] : .nan
                }
                if v.isNaN { return .unknown }
                switch node.kind {
                case .equal: return Truth(v == node.constant)
                case .member: return Truth(node.mask & (1 << UInt64(Int(v) & 63)) != 0)
                case .above: return Truth(v > node.constant)
                case .atLeast: return Truth(v >= node.constant)
                case .atMost: return Truth(v <= node.constant)
                case .below: return Truth(v < node.constant)
                default: return .unknown
                }
            }
        }
    }

    /// The slots (and traits) a node reads, following criterion references.
    func slotsRead(from index: Int32, into set: inout Set<Int32>) {
        let node = nodes[Int(index)]
        switch node.kind {
        case .all, .any, .not:
            for c in node.first..<(node.first + node.count) { slotsRead(from: children[Int(c)], into: &set) }
        case .criterion:
            slotsRead(from: criterionRoots[Int(node.slot)], into: &set)
        default:
            set.insert(node.slot)
        }
    }
}
