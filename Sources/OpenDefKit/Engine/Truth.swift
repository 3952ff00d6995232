/// Strong Kleene three-valued truth: false < unknown < true, so AND is min, OR is max.
public enum Truth: UInt8, Sendable, Comparable, CustomStringConvertible {
    case `false` = 0
    case unknown = 1
    case `true` = 2

    @inline(__always) public static func < (a: Truth, b: Truth) -> Bool { a.rawValue < b.rawValue }
    @inline(__always) public static func && (a: Truth, b: Truth) -> Truth { min(a, b) }
    @inline(__always) public static func || (a: Truth, b: Truth) -> Truth { max(a, b) }
    @inline(__always) public static prefix func ! (a: Truth) -> Truth { Truth(rawValue: 2 - a.rawValue)! }

    public init(_ b: Bool) { self = b ? .true : .false }

    public var description: String {
        switch self {
        case .false: "false"
        case .unknown: "unknown"
        case .true: "true"
        }
    }
}
