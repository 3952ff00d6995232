/// The verdict of one definition on one profile, with everything needed to explain it.
public struct Evaluation: Sendable {
    public let definition: Definition
    public let profile: Profile
    /// Every outcome still possible given the known facts, in the definition's order.
    public let possibleOutcomes: [Outcome]
    public let criteria: [CriterionResult]
    /// Unknown facts (or licence traits the catalogue leaves unknown) that would settle the verdict.
    public let unknownFacts: [UnknownFact]

    public var determined: Bool { possibleOutcomes.count == 1 }
    /// The verdict, when determined.
    public var outcome: Outcome? { determined ? possibleOutcomes.first : nil }

    /// The stance on the `open` axis: determined when every possible outcome agrees.
    public var open: Bool? {
        guard let first = possibleOutcomes.first?.open else { return nil }
        return possibleOutcomes.allSatisfy { $0.open == first } ? first : nil
    }

    /// The stance on the `obligations` axis, when the definition declares one and all possible outcomes agree.
    public var obligations: Obligations? {
        guard let first = possibleOutcomes.first?.obligations else { return nil }
        return possibleOutcomes.allSatisfy { $0.obligations == first } ? first : nil
    }

    public var failedCriteria: [CriterionResult] { criteria.filter { $0.value == .false } }
}

public struct CriterionResult: Sendable {
    public let criterion: Criterion
    public let value: Truth
    /// The facts this criterion compares directly (references to other criteria are listed separately).
    public let readings: [FactReading]
    public let references: [String]
}

/// One fact as a criterion read it.
public struct FactReading: Sendable {
    /// The name as written in the predicate (`weights.final.licence.osi_approved`).
    public let name: String
    public let fact: Vocabulary.Fact
    /// The profile's statement of the fact (nil when the profile does not state it).
    public let stated: SourcedValue?
    /// For a trait read: the licence and its statement of the trait.
    public let licence: Licence?
    public let trait: Vocabulary.Trait?
    public let traitStatement: SourcedValue?
    /// The value compared, nil when unknown.
    public let value: FactValue?
}

public struct UnknownFact: Hashable, Sendable, Comparable {
    /// A fact id, or `fact.trait` where the licence is known but the catalogue leaves the trait unknown.
    public let name: String
    /// What to ask the publisher (facts) or what to check in the licence (traits).
    public let question: String

    public static func < (a: UnknownFact, b: UnknownFact) -> Bool { a.name < b.name }
}
