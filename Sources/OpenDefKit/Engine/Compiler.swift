/// Compiles checked definitions into programs over the fact table's slots.
public enum Compiler {
    /// Compiles a definition that passed checking. Returns nil if it still holds something uncompilable,
    /// which checking reports; callers evaluate only error-free definitions.
    public static func compile(_ definition: Definition, table: FactTable) -> CompiledDefinition? {
        var program = Program()
        let criterionIndex = Dictionary(
            definition.criteria.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        var failed = false

        func emit(_ predicate: Predicate) -> Int32 {
            switch predicate {
            case .all(let parts, _), .any(let parts, _):
                let kind: Program.Kind = if case .all = predicate { .all } else { .any }
                let childIndices = parts.map(emit)
                let first = Int32(program.children.count)
                program.children += childIndices
                program.nodes.append(Program.Node(kind: kind, first: first, count: Int32(childIndices.count)))
            case .not(let inner, _):
                let child = emit(inner)
                let first = Int32(program.children.count)
                program.children.append(child)
                program.nodes.append(Program.Node(kind: .not, first: first, count: 1))
            case .criterion(let id, _):
                guard let index = criterionIndex[id] else {
                    failed = true
                    program.nodes.append(Program.Node(kind: .any))
                    return Int32(program.nodes.count - 1)
                }
                program.nodes.append(Program.Node(kind: .criterion, slot: index))
            case .compare(let c):
                guard let node = comparison(c, table: table) else {
                    failed = true
                    program.nodes.append(Program.Node(kind: .any))
                    return Int32(program.nodes.count - 1)
                }
                program.nodes.append(node)
            }
            return Int32(program.nodes.count - 1)
        }

        program.criterionRoots = definition.criteria.map { emit($0.when) }
        program.outcomeRoots = definition.outcomes.map { $0.when.map(emit) ?? -1 }
        program.constraintRoots = table.vocabulary.constraints.map { emit($0.rule) }
        guard let order = topologicalOrder(definition, index: criterionIndex) else { return nil }
        program.criterionOrder = order
        if failed { return nil }
        return CompiledDefinition(definition: definition, program: program, table: table)
    }

    static func comparison(_ c: Comparison, table: FactTable) -> Program.Node? {
        guard let reference = table.vocabulary.resolve(c.fact), let slot = table.vocabulary.factSlot(reference.fact.id)
        else { return nil }
        var node = Program.Node(kind: .equal, slot: Int32(slot))
        if case .trait(_, let trait) = reference, let t = table.vocabulary.traitSlot(trait.id) { node.trait = Int32(t) }
        let type = reference.type
        var constants: [Double] = []
        for operand in c.operands {
            guard case .success(let value) = type.value(of: operand) else { return nil }
            let encoded = FactTable.encode(value, type: type, catalogue: table.catalogue)
            if encoded.isNaN { return nil }
            constants.append(encoded)
        }
        switch c.op {
        case .is: node.kind = .equal
        case .in:
            node.kind = .member
            for k in constants where k < 64 { node.mask |= 1 << UInt64(k) }
        case .above: node.kind = .above
        case .atLeast: node.kind = .atLeast
        case .atMost: node.kind = .atMost
        case .below: node.kind = .below
        }
        node.constant = constants.first ?? 0
        return node
    }

    private static func topologicalOrder(_ definition: Definition, index: [String: Int32]) -> [Int32]? {
        var order: [Int32] = []
        var state = [UInt8](repeating: 0, count: definition.criteria.count)  // 0 new, 1 visiting, 2 done
        func visit(_ i: Int32) -> Bool {
            if state[Int(i)] == 2 { return true }
            if state[Int(i)] == 1 { return false }
            state[Int(i)] = 1
            for (ref, _) in definition.criteria[Int(i)].when.criterionReferences {
                if let j = index[ref], !visit(j) { return false }
            }
            state[Int(i)] = 2
            order.append(i)
            return true
        }
        for i in definition.criteria.indices where !visit(Int32(i)) { return nil }
        return order
    }
}

/// A definition together with its program and the fact table it was compiled against.
public final class CompiledDefinition: Sendable {
    public let definition: Definition
    let program: Program
    public let table: FactTable

    init(definition: Definition, program: Program, table: FactTable) {
        self.definition = definition
        self.program = program
        self.table = table
    }

    /// The fast path: the determined outcome's index, or nil when unknown facts leave it open.
    /// (Kleene only; `Evaluator` refines undetermined verdicts exactly.)
    public func quickOutcome(_ values: [Double]) -> Int? {
        values.withUnsafeBufferPointer { program.quickOutcome($0, table.traits) }
    }
}
