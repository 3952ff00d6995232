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
    @inline(__always)
    func eval(_ index: Int32, _ values: UnsafeBufferPointer<Double>, _ criteria: UnsafeBufferPointer<Truth>, _ table: FactTable)
        -> Truth
    {
        let node = nodes[Int(index)]
        switch node.kind {
        case .all:
            var result = Truth.true
            for c in node.first..<(node.first + node.count) {
                result = result && eval(children[Int(c)], values, criteria, table)
                if result == .false { return .false }
            }
            return result
        case .any:
            var result = Truth.false
            for c in node.first..<(node.first + node.count) {
                result = result || eval(children[Int(c)], values, criteria, table)
                if result == .true { return .true }
            }
            return result
        case .not:
            return !eval(children[Int(node.first)], values, criteria, table)
        case .criterion:
            return criteria[Int(node.slot)]
        default:
            var v = values[Int(node.slot)]
            if node.trait >= 0, !v.isNaN { v = table.trait(v, Int(node.trait)) }
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

    /// Every criterion's truth, indexed like the definition's criteria.
    func criterionTruths(_ values: UnsafeBufferPointer<Double>, _ table: FactTable) -> [Truth] {
        var truths = [Truth](repeating: .unknown, count: criterionRoots.count)
        truths.withUnsafeMutableBufferPointer { buffer in
            for c in criterionOrder {
                buffer[Int(c)] = eval(criterionRoots[Int(c)], values, UnsafeBufferPointer(buffer), table)
            }
        }
        return truths
    }

    func outcomeTruth(_ k: Int, _ values: UnsafeBufferPointer<Double>, _ criteria: UnsafeBufferPointer<Truth>, _ table: FactTable)
        -> Truth
    {
        let root = outcomeRoots[k]
        return root < 0 ? .true : eval(root, values, criteria, table)
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
