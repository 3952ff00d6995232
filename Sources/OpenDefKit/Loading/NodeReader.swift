internal import Yams

/// Walks a Yams node tree for one file, collecting a located diagnostic for every problem instead of
/// stopping at the first, and giving messages in our words rather than the decoder's.
struct NodeReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// The entries of a mapping, in file order.
    struct Fields {
        let location: SourceLocation
        var entries: [(key: String, keyLocation: SourceLocation, value: Node)]

        subscript(key: String) -> Node? { entries.first { $0.key == key }?.value }
        func keyLocation(_ key: String) -> SourceLocation? { entries.first { $0.key == key }?.keyLocation }
    }

    func location(_ node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    mutating func error(_ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(.error(message, at: location, hint: hint))
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s):
            let text = s.string.count > 40 ? String(s.string.prefix(40)) + "..." : s.string
            return s.string.isEmpty ? "an empty value" : "'\(text)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// Reads a mapping whose keys must come from `allowed`; reports unknown and missing keys.
    mutating func mapping(_ node: Node, allowed: [String], required: [String] = [], what: String) -> Fields? {
        guard case .mapping(let mapping) = node else {
            error("expected \(what) as a mapping of keys to values, found \(Self.describe(node))", at: location(node))
            return nil
        }
        var fields = Fields(location: location(node), entries: [])
        for (keyNode, value) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                error("a key must be plain text, found \(Self.describe(keyNode))", at: location(keyNode))
                continue
            }
            let key = keyScalar.string
            let keyLocation = location(keyNode)
            if !allowed.isEmpty, !allowed.contains(key) {
                let hint = Suggestion.hint(for: key, in: allowed) ?? "allowed keys: \(allowed.joined(separator: ", "))"
                error("unknown key '\(key)' in \(what)", at: keyLocation, hint: hint)
                continue
            }
            fields.entries.append((key, keyLocation, value))
        }
        for key in required where fields[key] == nil {
            error("missing required key '\(key)' in \(what)", at: fields.location)
        }
        return fields
    }

    /// A scalar, or nil with an error for lists and mappings.
    mutating func scalar(_ node: Node, what: String) -> Scalar? {
        guard case .scalar(let s) = node else {
            error("expected \(what) as a single value, found \(Self.describe(node))", at: location(node))
            return nil
        }
        return Scalar(s.string, at: location(node), isPlain: s.style == .plain || s.style == .any)
    }

    /// Non-empty text.
    mutating func text(_ node: Node?, what: String) -> String? {
        guard let node, let s = scalar(node, what: what) else { return nil }
        if s.text.trimmingWhitespace.isEmpty {
            error("\(what) must not be empty", at: s.location)
            return nil
        }
        return s.text
    }

    /// An identifier: letters, digits and `.-_`, no spaces.
    mutating func identifier(_ node: Node?, what: String) -> Scalar? {
        guard let node, let s = scalar(node, what: what) else { return nil }
        let ok =
            !s.text.isEmpty
            && s.text.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-+".unicodeScalars.contains($0)
            }
        if !ok {
            error("'\(s.text)' is not a valid \(what): use letters, digits, '.', '-' and '_' only", at: s.location)
            return nil
        }
        return s
    }

    mutating func bool(_ node: Node?, what: String) -> Bool? {
        guard let node, let s = scalar(node, what: what) else { return nil }
        guard s.isPlain, s.text == "true" || s.text == "false" else {
            error("expected true or false for \(what), found '\(s.text)'", at: s.location)
            return nil
        }
        return s.text == "true"
    }

    mutating func choice<E: RawRepresentable & CaseIterable>(_ node: Node?, _: E.Type, what: String) -> E?
    where E.RawValue == String {
        guard let node, let s = scalar(node, what: what) else { return nil }
        if let value = E(rawValue: s.text) { return value }
        let all = E.allCases.map(\.rawValue)
        error(
            "'\(s.text)' is not a valid \(what); expected one of \(all.joined(separator: ", "))", at: s.location,
            hint: Suggestion.hint(for: s.text, in: all))
        return nil
    }

    /// A `YYYY-MM-DD` date, kept as written.
    mutating func date(_ node: Node?, what: String) -> Scalar? {
        guard let node, let s = scalar(node, what: what) else { return nil }
        guard Day(s.text) != nil else {
            error("expected \(what) as YYYY-MM-DD, found '\(s.text)'", at: s.location)
            return nil
        }
        return s
    }

    mutating func sequence(_ node: Node?, what: String) -> [Node]? {
        guard let node else { return nil }
        guard case .sequence(let seq) = node else {
            error("expected \(what) as a list, found \(Self.describe(node))", at: location(node))
            return nil
        }
        return Array(seq)
    }

    /// A list of scalars; a single scalar is accepted as a list of one.
    mutating func scalarList(_ node: Node?, what: String) -> [Scalar] {
        guard let node else { return [] }
        if case .scalar = node, let s = scalar(node, what: what) { return [s] }
        guard let items = sequence(node, what: what) else { return [] }
        return items.compactMap { scalar($0, what: what) }
    }

    /// Checks `schema_version`.
    mutating func schemaVersion(_ fields: Fields) {
        guard let node = fields["schema_version"], let s = scalar(node, what: "schema_version") else { return }
        guard s.isPlain, let version = Int(s.text) else {
            error("schema_version must be a whole number, found '\(s.text)'", at: s.location)
            return
        }
        if version > Formats.highestSchemaVersion {
            error(
                "schema_version \(version) is newer than this opendef understands (\(Formats.highestSchemaVersion))",
                at: s.location, hint: "update opendef")
        } else if version < 1 {
            error("schema_version must be 1 or more", at: s.location)
        }
    }
}

/// Versions and limits shared by all file formats.
public enum Formats {
    public static let highestSchemaVersion = 1
    /// Predicates deeper than this are refused: no real criterion comes close, and it bounds recursion.
    public static let maximumPredicateDepth = 64
}

extension String {
    var trimmingWhitespace: Substring {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}
