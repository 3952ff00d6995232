internal import Yams

/// Reads a definition (rule set).
public enum DefinitionLoader {
    enum Keys: String, CaseIterable {
        case schema_version, id, title, publisher, kind, status, date, version, source, supersedes, question, note,
            criteria, outcomes, examples
    }
    enum CriterionKeys: String, CaseIterable { case id, cite, summary, when }
    enum CiteKeys: String, CaseIterable { case instrument, version, section, url }
    enum OutcomeKeys: String, CaseIterable { case id, title, open, obligations, when, otherwise }

    static let required = [
        "schema_version", "id", "title", "publisher", "kind", "status", "source", "question", "criteria", "outcomes",
    ]

    public static func load(_ file: SourceFile) -> Loaded<Definition> {
        FileLoader.load(file, allowed: Keys.allCases.map(\.rawValue), required: required, what: "definition") {
            fields, reader in
            guard let id = reader.identifier(fields["id"], what: "definition id") else { return nil }
            FileLoader.checkFileName(id: id, file: file.path, reader: &reader)
            let title = reader.text(fields["title"], what: "title")
            let publisher = reader.text(fields["publisher"], what: "publisher")
            let kind = reader.choice(fields["kind"], Definition.Kind.self, what: "kind")
            let status = reader.choice(fields["status"], Definition.Status.self, what: "status")
            let date = reader.date(fields["date"], what: "the date")
            let source = reader.text(fields["source"], what: "source")
            let question = reader.text(fields["question"], what: "question")
            var criteria: [Criterion] = []
            var unloaded: [String] = []
            for node in reader.sequence(fields["criteria"], what: "criteria") ?? [] {
                if let c = criterion(node, reader: &reader) {
                    criteria.append(c)
                } else if case .mapping(let m) = node, let id = m["id"]?.string {
                    unloaded.append(id)  // reported already; keeps references to it from cascading
                }
            }
            let outcomes = (reader.sequence(fields["outcomes"], what: "outcomes") ?? []).compactMap {
                outcome($0, reader: &reader)
            }
            if let node = fields["outcomes"], case .sequence(let s) = node, s.isEmpty {
                reader.error("a definition needs at least one outcome", at: reader.location(node))
            }
            var examples: [Example] = []
            if let node = fields["examples"], let e = reader.mapping(node, allowed: [], what: "examples") {
                for (key, keyLocation, value) in e.entries {
                    examples.append(
                        Example(
                            outcome: key, outcomeLocation: keyLocation,
                            profiles: reader.scalarList(value, what: "profile id")))
                }
            }
            guard let title, let publisher, let kind, let status, let source, let question else { return nil }
            return Definition(
                id: id.text, idLocation: id.location, title: title, publisher: publisher, kind: kind, status: status,
                date: date, version: fields["version"].flatMap { reader.text($0, what: "version") }, source: source,
                supersedes: reader.scalarList(fields["supersedes"], what: "definition id"), question: question,
                note: fields["note"].flatMap { reader.text($0, what: "note") }, criteria: criteria, outcomes: outcomes,
                examples: examples, file: file.path, unloadedCriteria: unloaded)
        }
    }

    private static func criterion(_ node: Node, reader: inout NodeReader) -> Criterion? {
        guard
            let c = reader.mapping(
                node, allowed: CriterionKeys.allCases.map(\.rawValue), required: ["id", "cite", "summary", "when"],
                what: "criterion"),
            let id = reader.identifier(c["id"], what: "criterion id")
        else { return nil }
        let summary = reader.text(c["summary"], what: "summary")
        var citation: Citation?
        if let node = c["cite"],
            let f = reader.mapping(
                node, allowed: CiteKeys.allCases.map(\.rawValue), required: ["instrument", "section", "url"],
                what: "citation"),
            let instrument = reader.text(f["instrument"], what: "instrument"),
            let section = reader.text(f["section"], what: "section"),
            let url = reader.text(f["url"], what: "url")
        {
            citation = Citation(
                instrument: instrument, version: f["version"].flatMap { reader.text($0, what: "version") },
                section: section, url: url)
        }
        let when = c["when"].flatMap { PredicateLoader.load($0, reader: &reader) }
        guard let summary, let citation, let when else { return nil }
        return Criterion(id: id.text, location: id.location, cite: citation, summary: summary, when: when)
    }

    private static func outcome(_ node: Node, reader: inout NodeReader) -> Outcome? {
        guard
            let o = reader.mapping(
                node, allowed: OutcomeKeys.allCases.map(\.rawValue), required: ["id", "title", "open"], what: "outcome"),
            let id = reader.identifier(o["id"], what: "outcome id")
        else { return nil }
        let title = reader.text(o["title"], what: "title")
        let open = reader.bool(o["open"], what: "open")
        let obligations = o["obligations"].flatMap { reader.choice($0, Obligations.self, what: "obligations") }
        let otherwise = o["otherwise"].flatMap { reader.bool($0, what: "otherwise") } ?? false
        var when: Predicate?
        if let node = o["when"] {
            when = PredicateLoader.load(node, reader: &reader)
            if when == nil { return nil }
            if otherwise {
                reader.error(
                    "the otherwise outcome '\(id.text)' has a 'when'", at: reader.location(node),
                    hint: "remove 'when' or 'otherwise: true'")
            }
        } else if !otherwise {
            reader.error(
                "outcome '\(id.text)' has neither 'when' nor 'otherwise: true'", at: id.location,
                hint: "add the condition under which this outcome is the verdict")
        }
        guard let title, let open else { return nil }
        return Outcome(
            id: id.text, location: id.location, title: title, open: open, obligations: obligations,
            when: otherwise ? nil : when, isOtherwise: otherwise)
    }
}
