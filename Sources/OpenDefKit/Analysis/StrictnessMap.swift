/// The relation between every pair of definitions on one axis, and its Hasse diagram.
public struct StrictnessMap: Sendable {
    public struct Pair: Sendable {
        public let a: String
        public let b: String
        public let relation: Relation?
    }

    public let axis: Axis
    public let definitions: [Definition]
    public let pairs: [Pair]

    public init(_ compiled: [CompiledDefinition], axis: Axis = .open) {
        self.axis = axis
        let included = compiled.filter { axis.applies(to: $0.definition) }.sorted { $0.definition.id < $1.definition.id }
        definitions = included.map(\.definition)
        var pairs: [Pair] = []
        for (i, x) in included.enumerated() {
            for y in included[(i + 1)...] {
                pairs.append(Pair(a: x.definition.id, b: y.definition.id, relation: SymbolicComparison.relation(x, y, axis: axis)))
            }
        }
        self.pairs = pairs
    }

    public func relation(_ a: String, _ b: String) -> Relation? {
        if a == b { return .equivalent }
        if let p = pairs.first(where: { $0.a == a && $0.b == b }) { return p.relation }
        guard let p = pairs.first(where: { $0.a == b && $0.b == a }) else { return nil }
        switch p.relation {
        case .aStricter?: return .bStricter
        case .bStricter?: return .aStricter
        default: return p.relation
        }
    }

    /// Classes of equivalent definitions, each named by its first id.
    public var classes: [[String]] {
        var classes: [[String]] = []
        for d in definitions.map(\.id) {
            if let i = classes.firstIndex(where: { relation($0[0], d) == .equivalent }) { classes[i].append(d) } else { classes.append([d]) }
        }
        return classes
    }

    /// Edges of the Hasse diagram between classes: (stricter, less strict), with no class strictly between.
    public var hasseEdges: [(stricter: String, looser: String)] {
        let reps = classes.map { $0[0] }
        var edges: [(String, String)] = []
        for x in reps {
            for y in reps where relation(x, y) == .aStricter {
                let between = reps.contains { z in relation(x, z) == .aStricter && relation(z, y) == .aStricter }
                if !between { edges.append((x, y)) }
            }
        }
        return edges
    }
}
