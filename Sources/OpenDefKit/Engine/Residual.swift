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
        _ index: Int32, _ values: UnsafeBufferPointer<Double>, _ criteria: UnsafeBufferPointer<Truth>, _ table: FactTable,
        into reads: inout [UnknownRead]
    ) {
        guard eval(index, values, criteria, table) == .unknown else { return }
        let node = nodes[Int(index)]
        switch node.kind {
        case .all, .any, .not:
            for c in node.first..<(node.first + node.count) {
                collectUnknown(children[Int(c)], values, criteria, table, into: &reads)
            }
        case .criterion:
            collectUnknown(criterionRoots[Int(node.slot)], values, criteria, table, into: &reads)
        default:
            let read = values[Int(node.slot)].isNaN ? UnknownRead(slot: node.slot, trait: -1) : UnknownRead(slot: node.slot, trait: node.trait)
            if !reads.contains(read) { reads.append(read) }
        }
    }
}
