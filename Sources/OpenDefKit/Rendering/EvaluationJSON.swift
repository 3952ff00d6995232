/// `evaluate --format json`. The keys named in DESIGN.md are a contract; more may be added, none renamed.
public enum EvaluationJSON {
    public static func render(profile: Profile, evaluations: [Evaluation]) -> String {
        JSONValue.object([
            ("model", .string(profile.id)),
            ("name", .string(profile.name)),
            ("results", .array(evaluations.map(result))),
        ]).rendered()
    }

    static func result(_ e: Evaluation) -> JSONValue {
        .object([
            ("definition", .string(e.definition.id)),
            ("outcome", .optional(e.outcome?.id)),
            ("open", .optional(e.open)),
            ("determined", .bool(e.determined)),
            ("possible_outcomes", .strings(e.possibleOutcomes.map(\.id))),
            ("failed_criteria", .strings(e.failedCriteria.map(\.criterion.id))),
            ("unknown_facts", .strings(e.unknownFacts.map(\.name))),
            ("title", .string(e.definition.title)),
            ("obligations", .optional(e.obligations?.rawValue)),
            ("criteria", .array(e.criteria.map(criterion))),
        ])
    }

    static func criterion(_ c: CriterionResult) -> JSONValue {
        .object([
            ("id", .string(c.criterion.id)),
            ("value", c.value == .unknown ? .null : .bool(c.value == .true)),
            ("summary", .string(c.criterion.summary)),
            (
                "cite",
                .object([
                    ("instrument", .string(c.criterion.cite.instrument)),
                    ("version", .optional(c.criterion.cite.version)),
                    ("section", .string(c.criterion.cite.section)),
                    ("url", .string(c.criterion.cite.url)),
                ])
            ),
            ("location", .string(c.criterion.location.description)),
            ("criteria", .strings(c.references)),
            ("facts", .array(c.readings.map(reading))),
        ])
    }

    static func reading(_ r: FactReading) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("fact", .string(r.name)),
            ("value", .from(r.value)),
        ]
        if r.trait != nil {
            pairs.append(("licence", .optional(r.licence?.id ?? r.stated?.value?.text)))
            pairs.append(("source", .optional(r.traitStatement?.source)))
        } else {
            pairs.append(("source", .optional(r.stated?.source)))
            pairs.append(("accessed", .optional(r.stated?.accessed?.text)))
            pairs.append(("grade", .optional(r.stated?.grade?.rawValue)))
        }
        return .object(pairs)
    }
}
