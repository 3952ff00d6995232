/// The declared type of a fact or licence trait.
public enum FactType: Hashable, Sendable, CustomStringConvertible {
    case bool
    case enumeration([String])
    case number(unit: String?)
    case date
    case licence

    public var name: String {
        switch self {
        case .bool: "bool"
        case .enumeration: "enum"
        case .number: "number"
        case .date: "date"
        case .licence: "licence"
        }
    }

    public var description: String {
        switch self {
        case .enumeration(let values): "enum (\(values.joined(separator: ", ")))"
        case .number(let unit?): "number (\(unit))"
        default: name
        }
    }

    /// Whether `above`, `at_least`, `at_most` and `below` apply.
    public var isOrdered: Bool {
        switch self {
        case .number, .date: true
        default: false
        }
    }

    /// Reads a written scalar as a value of this type, or says why it cannot be one.
    public func value(of scalar: Scalar) -> Result<FactValue, ValueError> {
        let text = scalar.text
        switch self {
        case .bool:
            guard scalar.isPlain, text == "true" || text == "false" else {
                return .failure(ValueError("expected true or false, found '\(text)'"))
            }
            return .success(.bool(text == "true"))
        case .enumeration(let values):
            guard values.contains(text) else {
                let hint = Suggestion.hint(for: text, in: values)
                return .failure(
                    ValueError(
                        "'\(text)' is not a value of this enum; expected one of \(values.joined(separator: ", "))",
                        hint: hint))
            }
            return .success(.symbol(text))
        case .number:
            guard scalar.isPlain, let number = FactType.parseNumber(text) else {
                return .failure(ValueError("expected a number, found '\(text)'", hint: "write numbers plainly, e.g. 3.8e25 or 700000000"))
            }
            return .success(.number(number, text: text))
        case .date:
            guard let day = Day(text) else {
                return .failure(ValueError("expected a date as YYYY-MM-DD, found '\(text)'"))
            }
            return .success(.date(day))
        case .licence:
            guard !text.isEmpty else { return .failure(ValueError("expected a licence id, found an empty value")) }
            return .success(.symbol(text))
        }
    }

    /// Plain decimal or scientific notation, with optional `_` digit separators. No hex, no inf or nan.
    static func parseNumber(_ text: String) -> Double? {
        let cleaned = String(text.filter { $0 != "_" })
        guard !cleaned.isEmpty,
            cleaned.unicodeScalars.allSatisfy({ "0123456789.eE+-".unicodeScalars.contains($0) }),
            let value = Double(cleaned), value.isFinite
        else { return nil }
        return value
    }
}

/// Why a scalar is not a value of a type.
public struct ValueError: Error, Hashable, Sendable {
    public var message: String
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
}
