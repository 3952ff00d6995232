/// A condition over facts, as written in a definition: YAML structure, not a string DSL, so every
/// node keeps its source location.
public indirect enum Predicate: Sendable {
    case all([Predicate], SourceLocation)
    case any([Predicate], SourceLocation)
    case not(Predicate, SourceLocation)
    /// A reference to another criterion of the same definition.
    case criterion(String, SourceLocation)
    case compare(Comparison)

    public var location: SourceLocation {
        switch self {
        case .all(_, let l), .any(_, let l), .not(_, let l), .criterion(_, let l): l
        case .compare(let c): c.location
        }
    }

    /// Every comparison in this predicate (not following criterion references).
    public var comparisons: [Comparison] {
        switch self {
        case .all(let parts, _), .any(let parts, _): parts.flatMap(\.comparisons)
        case .not(let inner, _): inner.comparisons
        case .criterion: []
        case .compare(let c): [c]
        }
    }

    /// Every criterion this predicate refers to directly, with where.
    public var criterionReferences: [(String, SourceLocation)] {
        switch self {
        case .all(let parts, _), .any(let parts, _): parts.flatMap(\.criterionReferences)
        case .not(let inner, _): inner.criterionReferences
        case .criterion(let id, let l): [(id, l)]
        case .compare: []
        }
    }
}

/// One fact compared with constants.
public struct Comparison: Sendable {
    public enum Operator: String, Sendable, CaseIterable {
        case `is`, `in`, above, atLeast = "at_least", atMost = "at_most", below
    }

    /// The dotted fact name, possibly `licence-fact.trait`.
    public var fact: String
    public var factLocation: SourceLocation
    public var op: Operator
    /// One operand, or several for `in`.
    public var operands: [Scalar]
    public var location: SourceLocation

    public init(fact: String, factLocation: SourceLocation, op: Operator, operands: [Scalar], location: SourceLocation)
    {
        self.fact = fact
        self.factLocation = factLocation
        self.op = op
        self.operands = operands
        self.location = location
    }
}
