internal import Yams

/// Reads a predicate from YAML structure.
enum PredicateLoader {
    static let combinators = ["all", "any", "not"]
    static let comparisonKeys = ["fact"] + Comparison.Operator.allCases.map(\.rawValue)

    static func load(_ node: Node, reader: inout NodeReader, depth: Int = 0) -> Predicate? {
        let location = reader.location(node)
        if depth > Formats.maximumPredicateDepth {
            reader.error(
                "predicate is nested more than \(Formats.maximumPredicateDepth) levels deep", at: location,
                hint: "split it into criteria that refer to each other")
            return nil
        }
        switch node {
        case .scalar:
            guard let id = reader.identifier(node, what: "criterion reference") else { return nil }
            return .criterion(id.text, id.location)
        case .mapping(let mapping):
            let keys = mapping.keys.compactMap(\.string)
            if keys.contains("fact") {
                return comparison(node, reader: &reader)
            }
            guard keys.count == 1, let key = keys.first, combinators.contains(key), let value = mapping.first?.value
            else {
                let unknown = keys.first { !combinators.contains($0) }
                let hint = unknown.flatMap { Suggestion.hint(for: $0, in: combinators + ["fact"]) }
                reader.error(
                    keys.count > 1 && keys.allSatisfy(combinators.contains)
                        ? "a predicate has exactly one of all, any or not; nest them instead"
                        : "expected a predicate: all, any, not, a criterion id, or {fact: ..., is: ...}",
                    at: location, hint: hint)
                return nil
            }
            if key == "not" {
                guard let inner = load(value, reader: &reader, depth: depth + 1) else { return nil }
                return .not(inner, location)
            }
            guard let items = reader.sequence(value, what: "the parts of '\(key)'") else { return nil }
            if items.isEmpty {
                reader.error(
                    "'\(key)' needs at least one part", at: reader.location(value),
                    hint: key == "all" ? "an empty 'all' would always hold; remove it" : "an empty 'any' never holds; remove it")
                return nil
            }
            var parts: [Predicate] = []
            var failed = false
            for item in items {
                if let p = load(item, reader: &reader, depth: depth + 1) { parts.append(p) } else { failed = true }
            }
            if failed { return nil }
            return key == "all" ? .all(parts, location) : .any(parts, location)
        default:
            reader.error(
                "expected a predicate: all, any, not, a criterion id, or {fact: ..., is: ...}; found \(NodeReader.describe(node))",
                at: location)
            return nil
        }
    }

    private static func comparison(_ node: Node, reader: inout NodeReader) -> Predicate? {
        guard let fields = reader.mapping(node, allowed: comparisonKeys, required: ["fact"], what: "comparison"),
            let factNode = fields["fact"], let fact = reader.identifier(factNode, what: "fact id")
        else { return nil }
        let operators = fields.entries.filter { $0.key != "fact" }
        guard operators.count == 1, let (opKey, opLocation, operandNode) = operators.first.map({ ($0.key, $0.keyLocation, $0.value) }),
            let op = Comparison.Operator(rawValue: opKey)
        else {
            reader.error(
                operators.isEmpty
                    ? "comparison of '\(fact.text)' has no operator"
                    : "comparison of '\(fact.text)' has \(operators.count) operators; write one per comparison",
                at: fields.location,
                hint: "use exactly one of \(Comparison.Operator.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        var operands: [Scalar]
        if op == .in {
            guard let items = reader.sequence(operandNode, what: "the values of 'in'") else { return nil }
            operands = items.compactMap { reader.scalar($0, what: "a value of 'in'") }
            if operands.count != items.count { return nil }
            if operands.isEmpty {
                reader.error("'in' needs at least one value", at: reader.location(operandNode))
                return nil
            }
        } else {
            if case .sequence = operandNode {
                reader.error(
                    "'\(opKey)' compares with one value, found a list", at: reader.location(operandNode),
                    hint: op == .is ? "use 'in' to compare with several values" : nil)
                return nil
            }
            guard let operand = reader.scalar(operandNode, what: "the value of '\(opKey)'") else { return nil }
            operands = [operand]
        }
        _ = opLocation
        return .compare(
            Comparison(fact: fact.text, factLocation: fact.location, op: op, operands: operands, location: fields.location))
    }
}
