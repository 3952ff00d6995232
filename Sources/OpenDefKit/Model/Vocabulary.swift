/// Every fact a definition may read, the traits through which licence facts are read, and the
/// constraints that every realistic profile satisfies.
public struct Vocabulary: Sendable {
    public struct Fact: Hashable, Sendable {
        public var id: String
        public var type: FactType
        public var description: String
        public var question: String?
        public var location: SourceLocation
    }

    public struct Trait: Hashable, Sendable {
        public var id: String
        public var type: FactType
        public var description: String
        public var location: SourceLocation
    }

    public struct Constraint: Sendable {
        public var id: String
        public var summary: String
        public var rule: Predicate
        public var location: SourceLocation
    }

    public var file: String
    public var facts: [Fact]
    public var traits: [Trait]
    public var constraints: [Constraint]

    private var factIndex: [String: Int]
    private var traitIndex: [String: Int]

    public init(file: String, facts: [Fact], traits: [Trait], constraints: [Constraint]) {
        self.file = file
        self.facts = facts
        self.traits = traits
        self.constraints = constraints
        self.factIndex = Dictionary(facts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.traitIndex = Dictionary(traits.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func fact(_ id: String) -> Fact? { factIndex[id].map { facts[$0] } }
    public func trait(_ id: String) -> Trait? { traitIndex[id].map { traits[$0] } }
    public func factSlot(_ id: String) -> Int? { factIndex[id] }
    public func traitSlot(_ id: String) -> Int? { traitIndex[id] }

    /// What a dotted name in a predicate refers to: a fact, or a trait of a licence-typed fact.
    public enum Reference: Hashable, Sendable {
        case fact(Fact)
        case trait(of: Fact, Trait)

        public var type: FactType {
            switch self {
            case .fact(let f): f.type
            case .trait(_, let t): t.type
            }
        }

        public var fact: Fact {
            switch self {
            case .fact(let f), .trait(let f, _): f
            }
        }
    }

    public func resolve(_ name: String) -> Reference? {
        if let fact = fact(name) { return .fact(fact) }
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let base = String(name[..<dot]), traitName = String(name[name.index(after: dot)...])
        guard let fact = fact(base), fact.type == .licence, let trait = trait(traitName) else { return nil }
        return .trait(of: fact, trait)
    }

    /// Every name a predicate may use, for "did you mean" hints.
    public var readableNames: [String] {
        var names = facts.map(\.id)
        for fact in facts where fact.type == .licence {
            names += traits.map { "\(fact.id).\($0.id)" }
        }
        return names
    }
}
