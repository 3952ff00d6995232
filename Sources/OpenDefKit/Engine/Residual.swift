extension Program {
    /// A comparison that is unknown: the slot it reads, and the trait when it reads one through a licence.
    struct UnknownRead: Hashable, Comparable {
        var slot: Int32
        /// -1 when the fact itself is unknown; otherwise the trait the catalogue leaves unknown.
        var trait: Int32

        static func < (a: UnknownRead, b: UnknownRead) -> Bool { (a.slot, a.trait) < (b.slot, b.trait) }
    }

    /// Collects the unknown reads that keep node `index` unknown (nothing when it is already decided):
    /// the residual of the predicate, in the sense of partial evaluation.
    func collectUnknown(
        _ index: Int32, _ values: UnsafeBufferPointer<Double>, _ criteria: UnsafeBufferPointer<Truth>, _ traits: TraitTable,
        into reads: inout [UnknownRead]
    ) {
        guard eval(index, values, criteria, traits) == .unknown else { return }
        let node = nodes[Int(index)]
        switch node.kind {
        case .all, .any, .not:
            for c in node.first..<(node.first + node.count) {
                collectUnknown(children[Int(c)], values, criteria, traits, into: &reads)
            }
        case .criterion:
            collectUnknown(criterionRoots[Int(node.slot)], values, criteria, traits, into: &reads)
        default:
            let read = values[Int(node.slot)].isNaN ? UnknownRead(slot: node.slot, trait: -1) : UnknownRead(slot: node.slot, trait: node.trait)
            if !reads.contains(read) { reads.append(read) }
        }
    }
}

extension Program {
    /// The first unknown read under node `index` that keeps it unknown: a fact when `facts` is true, else a
    /// licence trait. One pass that evaluates each node once and stops at the first read found, which is
    /// all the search needs to branch.
    func firstUnknown(
        _ index: Int32, _ values: UnsafeBufferPointer<Double>, _ criteria: UnsafeBufferPointer<Truth>, _ traits: TraitTable,
        facts: Bool
    ) -> UnknownRead? {
        let (truth, read) = residual(index, values, criteria, traits, facts: facts)
        return truth == .unknown ? read : nil
    }

    /// The node's truth, and when it is unknown the first wanted read among its unknown parts.
    private func residual(
        _ index: Int32, _ values: UnsafeBufferPointer<Double>, _ criteria: UnsafeBufferPointer<Truth>, _ traits: TraitTable,
        facts: Bool
    ) -> (Truth, UnknownRead?) {
        let node = nodes[Int(index)]
        switch node.kind {
        case .all, .any:
            let isAll = node.kind == .all
            var result: Truth = isAll ? .true : .false
            var read: UnknownRead?
            for c in node.first..<(node.first + node.count) {
                let (t, r) = residual(children[Int(c)], values, criteria, traits, facts: facts)
                if isAll {
                    if t == .false { return (.false, nil) }
                } else if t == .true {
                    return (.true, nil)
                }
                if t == .unknown {
                    result = .unknown
                    if read == nil { read = r }
                }
            }
            return (result, read)
        case .not:
            let (t, r) = residual(children[Int(node.first)], values, criteria, traits, facts: facts)
            return (!t, r)
        case .criterion:
            let t = criteria[Int(node.slot)]
            guard t == .unknown else { return (t, nil) }
            return (t, residual(criterionRoots[Int(node.slot)], values, criteria, traits, facts: facts).1)
        default:
            let t = eval(index, values, criteria, traits)
            guard t == .unknown else { return (t, nil) }
            let factUnknown = values[Int(node.slot)].isNaN
            if facts { return (t, factUnknown ? UnknownRead(slot: node.slot, trait: -1) : nil) }
            return (t, factUnknown ? nil : UnknownRead(slot: node.slot, trait: node.trait))
        }
    }
}
