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
    /// licence trait. Stops at the first one found, which is all the search needs to branch.
    func firstUnknown(
        _ index: Int32, _ values: UnsafeBufferPointer<Double>, _ criteria: UnsafeBufferPointer<Truth>, _ traits: TraitTable,
        facts: Bool
    ) -> UnknownRead? {
        guard eval(index, values, criteria, traits) == .unknown else { return nil }
        let node = nodes[Int(index)]
        switch node.kind {
        case .all, .any, .not:
            for c in node.first..<(node.first + node.count) {
                if let found = firstUnknown(children[Int(c)], values, criteria, traits, facts: facts) { return found }
            }
            return nil
        case .criterion:
            return firstUnknown(criterionRoots[Int(node.slot)], values, criteria, traits, facts: facts)
        default:
            let factUnknown = values[Int(node.slot)].isNaN
            if facts { return factUnknown ? UnknownRead(slot: node.slot, trait: -1) : nil }
            return factUnknown ? nil : UnknownRead(slot: node.slot, trait: node.trait)
        }
    }
}
