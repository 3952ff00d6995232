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
    /// The truth of a goal (parts that must hold; `-root - 2` for parts that must fail) and, when it is
    /// unknown, the first unknown fact and the first unknown licence trait that keep it so. One pass over
    /// raw buffers: this is the search's inner loop.
    func residual(
        of goal: [Int32], _ values: UnsafeBufferPointer<Double>, _ criteria: UnsafeBufferPointer<Truth>, _ traits: TraitTable
    ) -> (truth: Truth, fact: UnknownRead?, trait: UnknownRead?) {
        withMachine(values, traits) { machine in
            var truth = Truth.true
            var fact: UnknownRead?, trait: UnknownRead?
            for part in goal {
                let r = machine.residual(part >= 0 ? part : -part - 2, criteria)
                let t = part >= 0 ? r.truth : !r.truth
                truth = truth && t
                if truth == .false { return (.false, nil, nil) }
                if t == .unknown {
                    if fact == nil { fact = r.fact }
                    if trait == nil { trait = r.trait }
                }
            }
            return (truth, truth == .unknown ? fact : nil, truth == .unknown ? trait : nil)
        }
    }
}

extension Program.Machine {
    /// A node's truth, and when unknown the first unknown fact and licence trait under its unknown parts.
    func residual(_ index: Int32, _ criteria: UnsafeBufferPointer<Truth>) -> (truth: Truth, fact: Program.UnknownRead?, trait: Program.UnknownRead?) {
        let node = nodes[Int(index)]
        switch node.kind {
        case .all, .any:
            let isAll = node.kind == .all
            var result: Truth = isAll ? .true : .false
            var fact: Program.UnknownRead?, trait: Program.UnknownRead?
            for c in node.first..<(node.first + node.count) {
                let r = residual(children[Int(c)], criteria)
                if isAll {
                    if r.truth == .false { return (.false, nil, nil) }
                } else if r.truth == .true {
                    return (.true, nil, nil)
                }
                if r.truth == .unknown {
                    result = .unknown
                    if fact == nil { fact = r.fact }
                    if trait == nil { trait = r.trait }
                }
            }
            return (result, fact, trait)
        case .not:
            let r = residual(children[Int(node.first)], criteria)
            return (!r.truth, r.fact, r.trait)
        case .criterion:
            let t = criteria[Int(node.slot)]
            guard t == .unknown else { return (t, nil, nil) }
            let r = residual(criterionRoots[Int(node.slot)], criteria)
            return (t, r.fact, r.trait)
        default:
            let t = eval(index, criteria)
            guard t == .unknown else { return (t, nil, nil) }
            if values[Int(node.slot)].isNaN { return (t, Program.UnknownRead(slot: node.slot, trait: -1), nil) }
            return (t, nil, Program.UnknownRead(slot: node.slot, trait: node.trait))
        }
    }
}
