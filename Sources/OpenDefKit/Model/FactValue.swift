/// A typed value of a fact or licence trait.
public enum FactValue: Hashable, Sendable, CustomStringConvertible {
    case bool(Bool)
    /// An enum value or a licence id.
    case symbol(String)
    /// A number, with the text it was written as (kept for display).
    case number(Double, text: String)
    case date(Day)

    public var description: String {
        switch self {
        case .bool(let b): b ? "true" : "false"
        case .symbol(let s): s
        case .number(_, let text): text
        case .date(let d): d.description
        }
    }
}
