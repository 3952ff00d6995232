/// A problem found in an input file, with where it is and, where we can, how to fix it.
///
/// Everything about the *content* of definitions, profiles and licences is a `Diagnostic`;
/// only I/O failures and programmer errors are thrown.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case error, warning, note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String
    /// A suggestion for the fix, printed as `hint: ...`.
    public var hint: String?
    /// Related places, e.g. "first defined here".
    public var notes: [Diagnostic]

    public init(
        _ severity: Severity,
        at location: SourceLocation?,
        _ message: String,
        hint: String? = nil,
        notes: [Diagnostic] = []
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.notes = notes
    }

    public static func error(_ message: String, at location: SourceLocation?, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    public static func warning(_ message: String, at location: SourceLocation?, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint)
    }

    /// The one-line form: `path:line:col: error: message`.
    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file, line, column, then severity and message, so output is deterministic.
    public func sortedForOutput() -> [Diagnostic] {
        sorted { a, b in
            switch (a.location, b.location) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return true
            case (_?, nil): return false
            default: return (a.severity, a.message) < (b.severity, b.message)
            }
        }
    }
}
