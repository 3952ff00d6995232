/// The shared axis two definitions are compared on.
public enum Axis: String, Sendable, CaseIterable {
    /// Does the definition call the model open (give it open-source treatment)?
    case open
    /// How much regulatory obligation does it impose?
    case obligations

    /// Whether a definition takes a stance on this axis in every outcome.
    public func applies(to definition: Definition) -> Bool {
        switch self {
        case .open: true
        case .obligations: definition.outcomes.allSatisfy { $0.obligations != nil }
        }
    }

    /// Pairs of outcome indices (under A, under B) where A is more permissive than B: open under A but
    /// not under B, or lighter obligations under A than under B.
    func morePermissivePairs(_ a: Definition, _ b: Definition) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        for (i, x) in a.outcomes.enumerated() {
            for (j, y) in b.outcomes.enumerated() {
                switch self {
                case .open:
                    if x.open && !y.open { pairs.append((i, j)) }
                case .obligations:
                    if let ox = x.obligations, let oy = y.obligations, ox < oy { pairs.append((i, j)) }
                }
            }
        }
        return pairs
    }
}

/// How two definitions relate over every possible profile.
public enum Relation: String, Sendable {
    case equivalent
    /// Everything open under A is open under B, and something open under B is not under A.
    case aStricter = "a_stricter"
    case bStricter = "b_stricter"
    case incomparable
}
