/// One definition of openness (a standard, statute, guidance, bill, framework or position) as a rule set.
public struct Definition: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case standard, statute, guidance, bill, framework, position
    }

    public enum Status: String, Sendable, CaseIterable {
        case draft, final, inForce = "in-force", vetoed, revoked
    }

    public var id: String
    public var idLocation: SourceLocation
    public var title: String
    public var publisher: String
    public var kind: Kind
    public var status: Status
    public var date: Scalar?
    public var version: String?
    public var source: String
    public var supersedes: [Scalar]
    public var question: String
    public var note: String?
    public var criteria: [Criterion]
    public var outcomes: [Outcome]
    public var examples: [Example]
    public var file: String
    /// Ids of criteria that were written but could not be loaded (their errors are reported by the loader).
    public var unloadedCriteria: [String]

    public init(
        id: String, idLocation: SourceLocation, title: String, publisher: String, kind: Kind, status: Status,
        date: Scalar?, version: String?, source: String, supersedes: [Scalar], question: String, note: String?,
        criteria: [Criterion], outcomes: [Outcome], examples: [Example], file: String, unloadedCriteria: [String] = []
    ) {
        self.id = id
        self.idLocation = idLocation
        self.title = title
        self.publisher = publisher
        self.kind = kind
        self.status = status
        self.date = date
        self.version = version
        self.source = source
        self.supersedes = supersedes
        self.question = question
        self.note = note
        self.criteria = criteria
        self.outcomes = outcomes
        self.examples = examples
        self.file = file
        self.unloadedCriteria = unloadedCriteria
    }

    public func criterion(_ id: String) -> Criterion? { criteria.first { $0.id == id } }
    public func outcome(_ id: String) -> Outcome? { outcomes.first { $0.id == id } }
}

/// Where in a text a criterion comes from.
public struct Citation: Hashable, Sendable, CustomStringConvertible {
    public var instrument: String
    public var version: String?
    public var section: String
    public var url: String

    public init(instrument: String, version: String?, section: String, url: String) {
        self.instrument = instrument
        self.version = version
        self.section = section
        self.url = url
    }

    public var description: String {
        let v = version.map { " \($0)" } ?? ""
        return "\(instrument)\(v), \(section) (\(url))"
    }
}

public struct Criterion: Sendable {
    public var id: String
    public var location: SourceLocation
    public var cite: Citation
    public var summary: String
    public var when: Predicate

    public init(id: String, location: SourceLocation, cite: Citation, summary: String, when: Predicate) {
        self.id = id
        self.location = location
        self.cite = cite
        self.summary = summary
        self.when = when
    }
}

/// The degree of regulatory obligation an outcome carries.
public enum Obligations: String, Sendable, CaseIterable, Comparable {
    case none, reduced, full

    private var rank: Int {
        switch self {
        case .none: 0
        case .reduced: 1
        case .full: 2
        }
    }
    public static func < (lhs: Obligations, rhs: Obligations) -> Bool { lhs.rank < rhs.rank }
}

public struct Outcome: Sendable {
    public var id: String
    public var location: SourceLocation
    public var title: String
    /// The stance on the shared `open` axis.
    public var open: Bool
    public var obligations: Obligations?
    /// nil for the `otherwise` outcome.
    public var when: Predicate?
    public var isOtherwise: Bool

    public init(
        id: String, location: SourceLocation, title: String, open: Bool, obligations: Obligations?, when: Predicate?,
        isOtherwise: Bool
    ) {
        self.id = id
        self.location = location
        self.title = title
        self.open = open
        self.obligations = obligations
        self.when = when
        self.isOtherwise = isOtherwise
    }
}

/// Profiles the definition's authors expect under an outcome.
public struct Example: Sendable {
    public var outcome: String
    public var outcomeLocation: SourceLocation
    public var profiles: [Scalar]

    public init(outcome: String, outcomeLocation: SourceLocation, profiles: [Scalar]) {
        self.outcome = outcome
        self.outcomeLocation = outcomeLocation
        self.profiles = profiles
    }
}
