internal import Yams

/// Reads `key: value` or `key: {value: ..., source: ..., accessed: ..., grade: ..., note: ...}`.
enum SourcedValueLoader {
    enum Keys: String, CaseIterable {
        case value, source, accessed, grade, note
    }

    static func loadAll(_ node: Node, reader: inout NodeReader, what: String) -> [SourcedValue] {
        guard let fields = reader.mapping(node, allowed: [], what: what) else { return [] }
        var values: [SourcedValue] = []
        for (key, keyLocation, valueNode) in fields.entries {
            if let v = load(key: key, keyLocation: keyLocation, valueNode, reader: &reader) { values.append(v) }
        }
        return values
    }

    static func load(key: String, keyLocation: SourceLocation, _ node: Node, reader: inout NodeReader) -> SourcedValue? {
        switch node {
        case .scalar:
            guard let s = reader.scalar(node, what: "the value of '\(key)'") else { return nil }
            let isUnknown = s.isPlain && s.text == "unknown"
            return SourcedValue(key: key, keyLocation: keyLocation, value: isUnknown ? nil : s, isShortForm: !isUnknown)
        case .mapping:
            guard
                let fields = reader.mapping(
                    node, allowed: Keys.allCases.map(\.rawValue), required: ["value"], what: "the value of '\(key)'"),
                let valueNode = fields["value"], let value = reader.scalar(valueNode, what: "value")
            else { return nil }
            let isUnknown = value.isPlain && value.text == "unknown"
            let accessed = reader.date(fields["accessed"], what: "the access date")
            return SourcedValue(
                key: key, keyLocation: keyLocation, value: isUnknown ? nil : value,
                source: fields["source"].flatMap { reader.text($0, what: "source") },
                accessed: accessed,
                grade: reader.choice(fields["grade"], SourcedValue.Grade.self, what: "grade"),
                note: fields["note"].flatMap { reader.text($0, what: "note") })
        default:
            reader.error(
                "expected a value or {value: ..., source: ...} for '\(key)', found \(NodeReader.describe(node))",
                at: reader.location(node))
            return nil
        }
    }
}
