internal import Yams

/// Reads `vocabulary.yaml`.
public enum VocabularyLoader {
    enum Keys: String, CaseIterable { case schema_version, facts, licence_traits, constraints }
    enum FactKeys: String, CaseIterable { case id, type, values, unit, description, question }
    enum TraitKeys: String, CaseIterable { case id, type, values, unit, description }
    enum ConstraintKeys: String, CaseIterable { case id, summary, rule }
    enum TypeName: String, CaseIterable { case bool, `enum`, number, date, licence }

    public static func load(_ file: SourceFile) -> Loaded<Vocabulary> {
        FileLoader.load(
            file, allowed: Keys.allCases.map(\.rawValue), required: ["schema_version", "facts"], what: "vocabulary"
        ) { fields, reader in
            var seen: [String: SourceLocation] = [:]
            var facts: [Vocabulary.Fact] = []
            for node in reader.sequence(fields["facts"], what: "facts") ?? [] {
                guard
                    let f = reader.mapping(
                        node, allowed: FactKeys.allCases.map(\.rawValue), required: ["id", "type", "description"],
                        what: "fact")
                else { continue }
                guard let id = reader.identifier(f["id"], what: "fact id"),
                    let type = factType(f, reader: &reader, allowLicence: true),
                    let description = reader.text(f["description"], what: "description")
                else { continue }
                if noteDuplicate(id, kind: "fact", seen: &seen, reader: &reader) { continue }
                facts.append(
                    Vocabulary.Fact(
                        id: id.text, type: type, description: description,
                        question: f["question"].flatMap { reader.text($0, what: "question") }, location: id.location))
            }
            var traitSeen: [String: SourceLocation] = [:]
            var traits: [Vocabulary.Trait] = []
            for node in reader.sequence(fields["licence_traits"], what: "licence_traits") ?? [] {
                guard
                    let t = reader.mapping(
                        node, allowed: TraitKeys.allCases.map(\.rawValue), required: ["id", "type", "description"],
                        what: "licence trait")
                else { continue }
                guard let id = reader.identifier(t["id"], what: "trait id"),
                    let type = factType(t, reader: &reader, allowLicence: false),
                    let description = reader.text(t["description"], what: "description")
                else { continue }
                if id.text.contains(".") {
                    reader.error("a trait id has no dots", at: id.location)
                    continue
                }
                if noteDuplicate(id, kind: "licence trait", seen: &traitSeen, reader: &reader) { continue }
                traits.append(Vocabulary.Trait(id: id.text, type: type, description: description, location: id.location))
            }
            var constraintSeen: [String: SourceLocation] = [:]
            var constraints: [Vocabulary.Constraint] = []
            for node in reader.sequence(fields["constraints"], what: "constraints") ?? [] {
                guard
                    let c = reader.mapping(
                        node, allowed: ConstraintKeys.allCases.map(\.rawValue), required: ["id", "summary", "rule"],
                        what: "constraint"),
                    let id = reader.identifier(c["id"], what: "constraint id"),
                    let summary = reader.text(c["summary"], what: "summary"),
                    let ruleNode = c["rule"], let rule = PredicateLoader.load(ruleNode, reader: &reader)
                else { continue }
                if noteDuplicate(id, kind: "constraint", seen: &constraintSeen, reader: &reader) { continue }
                constraints.append(Vocabulary.Constraint(id: id.text, summary: summary, rule: rule, location: id.location))
            }
            return Vocabulary(file: file.path, facts: facts, traits: traits, constraints: constraints)
        }
    }

    private static func factType(_ f: NodeReader.Fields, reader: inout NodeReader, allowLicence: Bool) -> FactType? {
        guard let name = reader.choice(f["type"], TypeName.self, what: "type") else { return nil }
        if name != .enum, let values = f["values"] {
            reader.error("'values' applies only to enum facts", at: reader.location(values))
        }
        if name != .number, let unit = f["unit"] {
            reader.error("'unit' applies only to number facts", at: reader.location(unit))
        }
        switch name {
        case .bool: return .bool
        case .date: return .date
        case .licence:
            if !allowLicence, let node = f["type"] {
                reader.error("a licence trait cannot itself be a licence", at: reader.location(node))
                return nil
            }
            return .licence
        case .number:
            return .number(unit: f["unit"].flatMap { reader.text($0, what: "unit") })
        case .enum:
            guard let node = f["values"] else {
                reader.error("an enum fact needs 'values'", at: f.location)
                return nil
            }
            let values = reader.scalarList(node, what: "enum value")
            var seen = Set<String>()
            for v in values where !seen.insert(v.text).inserted {
                reader.error("duplicate enum value '\(v.text)'", at: v.location)
            }
            if values.isEmpty {
                reader.error("an enum needs at least one value", at: reader.location(node))
                return nil
            }
            if let reserved = values.first(where: { $0.text == "unknown" }) {
                reader.error("'unknown' is reserved for unknown facts and cannot be an enum value", at: reserved.location)
            }
            return .enumeration(values.map(\.text))
        }
    }

    /// Reports a repeated id; returns true when the entry should be skipped.
    static func noteDuplicate(
        _ id: Scalar, kind: String, seen: inout [String: SourceLocation], reader: inout NodeReader
    ) -> Bool {
        if let first = seen[id.text] {
            reader.report(
                Diagnostic(
                    .error, at: id.location, "duplicate \(kind) id '\(id.text)'", hint: "ids must be unique",
                    notes: [Diagnostic(.note, at: first, "'\(id.text)' is first defined here")]))
            return true
        }
        seen[id.text] = id.location
        return false
    }
}
