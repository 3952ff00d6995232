/// `opendef diff` in text, Markdown and JSON.
public enum DiffRendering {
    static func relationWords(_ d: SymbolicComparison) -> String {
        let (a, b) = (d.a.id, d.b.id)
        let noun = d.axis == .open ? "open" : "permissive (lighter obligations)"
        switch d.relation {
        case .equivalent?: return "equivalent: every possible profile gets the same \(d.axis.rawValue) stance under both"
        case .aStricter?: return "\(a) is stricter: every profile \(noun) under \(a) is \(noun) under \(b), but not the reverse"
        case .bStricter?: return "\(b) is stricter: every profile \(noun) under \(b) is \(noun) under \(a), but not the reverse"
        case .incomparable?: return "incomparable: some profiles are \(noun) only under \(a), others only under \(b)"
        case nil: return "undecided: the search ran out of budget"
        }
    }

    static func regionTitle(_ d: SymbolicComparison, aSide: Bool) -> String {
        let (x, y) = aSide ? (d.a.id, d.b.id) : (d.b.id, d.a.id)
        return d.axis == .open ? "Open under \(x), not under \(y)" : "Lighter obligations under \(x) than under \(y)"
    }

    static func change(_ c: FactChange) -> String {
        "\(c.fact): \(c.from?.description ?? "unknown") -> \(c.to?.description ?? "unknown")"
    }

    // MARK: text

    public static func text(_ diff: DefinitionDiff) -> String {
        let d = diff.symbolic
        var out = "\(d.a.title) [\(d.a.id)]\n  versus\n\(d.b.title) [\(d.b.id)]\n\n"
        out += "relation (\(d.axis.rawValue) axis, over every possible profile): \(relationWords(d))\n"
        for (aSide, region) in [(true, d.onlyA), (false, d.onlyB)] {
            out += "\n\(regionTitle(d, aSide: aSide)):"
            guard let region else {
                out += " none\n"
                continue
            }
            out += region.complete ? "\n" : " (the first \(region.parts.count) descriptions; more exist)\n"
            for (i, part) in region.parts.enumerated() {
                out += "  \(i + 1). because " + part.reason.map(\.description).joined(separator: "\n     and ") + "\n"
                let rest = part.conditions.count - part.reason.count
                if rest > 0 {
                    let those = rest == 1 ? "1 further condition that makes" : "\(rest) further conditions that make"
                    out += "     (with \(those) it \(d.axis == .open ? "open" : "lighter") under \(aSide ? d.a.id : d.b.id); see --format json)\n"
                }
                out += "     witness: \(part.witness.basedOn.map { "\($0.id) with \(part.witness.changes.count) change(s)" } ?? "built from scratch")\n"
                for c in part.witness.changes where part.witness.basedOn != nil { out += "       \(change(c))\n" }
                for a in part.witness.assumptions { out += "     assumes: \(a)\n" }
                if i == 0 { out += "     (the witness profile itself: --format markdown or json)\n" }
                out += "     re-checked: " + part.witness.evaluations.map { "\($0.definition.id) \(Wording.verdict($0))" }.joined(separator: "; ") + "\n"
            }
        }
        out += "\nModels whose \(d.axis.rawValue) stance differs (\(diff.replay.differing.count) of \(diff.replay.all.count)):\n"
        if diff.replay.differing.isEmpty { out += "  none\n" }
        for e in diff.replay.differing {
            out += "  \(e.profile.id): \(ReplayDiff.stance(e.a, d.axis)) under \(d.a.id), \(ReplayDiff.stance(e.b, d.axis)) under \(d.b.id)\n"
            for (def, list) in [(d.a.id, e.responsibleA), (d.b.id, e.responsibleB)] where !list.isEmpty {
                out += "    \(def): " + list.map { "\($0.criterion.id) \(Wording.mark($0.value)) (\($0.criterion.cite.instrument), \($0.criterion.cite.section))" }.joined(separator: "; ") + "\n"
            }
        }
        out += "\nTexts side by side:\n"
        out += "  read only by \(d.a.id): \(list(diff.sideBySide.onlyA))\n"
        out += "  read only by \(d.b.id): \(list(diff.sideBySide.onlyB))\n"
        out += "  read by both: \(list(diff.sideBySide.both))\n"
        for t in diff.sideBySide.thresholds {
            out += "  threshold on \(t.fact): \(d.a.id) \(list(t.a)); \(d.b.id) \(list(t.b))\n"
        }
        return out
    }

    static func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: ", ") }

    // MARK: Markdown

    public static func markdown(_ diff: DefinitionDiff) -> String {
        let d = diff.symbolic
        let e = EvaluationMarkdown.escape
        var out = "# \(e(d.a.title)) versus \(e(d.b.title))\n\n"
        out += "**Relation** on the \(d.axis.rawValue) axis, over every possible profile: \(e(relationWords(d))).\n"
        for (aSide, region) in [(true, d.onlyA), (false, d.onlyB)] {
            out += "\n## \(regionTitle(d, aSide: aSide))\n\n"
            guard let region else {
                out += "No profile.\n"
                continue
            }
            for (i, part) in region.parts.enumerated() {
                out += "\(i + 1). Because " + part.reason.map { "`\($0.description)`" }.joined(separator: " and ") + ".\n"
                let w = part.witness
                out += "   Witness: " + (w.basedOn.map { "`\($0.id)` with " + w.changes.map { "`\(change($0))`" }.joined(separator: ", ") } ?? "built from scratch")
                out += "; re-checked: " + w.evaluations.map { "\($0.definition.id) \(e(EvaluationMarkdown.verdictWords($0)))" }.joined(separator: ", ") + ".\n"
                for a in w.assumptions { out += "   Assumes \(e(a)).\n" }
                // The witness as a profile file, ready to save and evaluate.
                out += "\n   <details><summary>Witness profile</summary>\n\n   ```yaml\n"
                out += w.profileYAML().split(separator: "\n").map { "   \($0)" }.joined(separator: "\n") + "\n   ```\n\n   </details>\n\n"
            }
            if !region.complete { out += "\nMore profiles differ than these descriptions cover.\n" }
        }
        out += "\n## Models whose \(d.axis.rawValue) stance differs\n\n"
        if diff.replay.differing.isEmpty {
            out += "None of the \(diff.replay.all.count) models.\n"
        } else {
            out += "| Model | \(d.a.id) | \(d.b.id) | Deciding criteria |\n|---|---|---|---|\n"
            for r in diff.replay.differing {
                let why = (r.responsibleA.map { "\(d.a.id): [\($0.criterion.id)](\($0.criterion.cite.url))" } + r.responsibleB.map { "\(d.b.id): [\($0.criterion.id)](\($0.criterion.cite.url))" }).joined(separator: "<br>")
                out += "| `\(r.profile.id)` | \(ReplayDiff.stance(r.a, d.axis)) | \(ReplayDiff.stance(r.b, d.axis)) | \(why) |\n"
            }
        }
        out += "\n## Texts side by side\n\n"
        out += "- Read only by `\(d.a.id)`: \(diff.sideBySide.onlyA.map { "`\($0)`" }.joined(separator: ", ").ifEmpty("none"))\n"
        out += "- Read only by `\(d.b.id)`: \(diff.sideBySide.onlyB.map { "`\($0)`" }.joined(separator: ", ").ifEmpty("none"))\n"
        for t in diff.sideBySide.thresholds {
            out += "- Threshold on `\(t.fact)`: \(d.a.id) \(list(t.a)); \(d.b.id) \(list(t.b))\n"
        }
        return out
    }

    // MARK: JSON

    public static func json(_ diff: DefinitionDiff) -> String {
        let d = diff.symbolic
        func region(_ r: SymbolicComparison.Region?) -> JSONValue {
            .array(
                (r?.parts ?? []).map { part in
                    .object([
                        ("conditions", .strings(part.conditions.map(\.description))),
                        ("reason", .strings(part.reason.map(\.description))),
                        ("witness", witness(part.witness)),
                    ])
                })
        }
        return JSONValue.object([
            ("a", .string(d.a.id)),
            ("b", .string(d.b.id)),
            ("relation", .optional(d.relation?.rawValue)),
            ("only_a_open", region(d.onlyA)),
            ("only_b_open", region(d.onlyB)),
            (
                "models",
                .array(
                    diff.replay.all.map { e in
                        .object([
                            ("model", .string(e.profile.id)),
                            ("a_open", .optional(e.a.open)),
                            ("b_open", .optional(e.b.open)),
                            ("a_outcome", .optional(e.a.outcome?.id)),
                            ("b_outcome", .optional(e.b.outcome?.id)),
                            ("a_criteria", .strings(e.responsibleA.map(\.criterion.id))),
                            ("b_criteria", .strings(e.responsibleB.map(\.criterion.id))),
                        ])
                    })
            ),
            ("axis", .string(d.axis.rawValue)),
            ("regions_complete", .bool((d.onlyA?.complete ?? true) && (d.onlyB?.complete ?? true))),
            (
                "side_by_side",
                .object([
                    ("only_a", .strings(diff.sideBySide.onlyA)),
                    ("only_b", .strings(diff.sideBySide.onlyB)),
                    ("both", .strings(diff.sideBySide.both)),
                    (
                        "thresholds",
                        .array(diff.sideBySide.thresholds.map { .object([("fact", .string($0.fact)), ("a", .strings($0.a)), ("b", .strings($0.b))]) })
                    ),
                ])
            ),
        ]).rendered()
    }

    static func witness(_ w: Witness) -> JSONValue {
        .object([
            ("facts", .object(w.facts.map { ($0.fact, JSONValue.from($0.value)) })),
            ("based_on", .optional(w.basedOn?.id)),
            ("changes", changes(w.changes)),
            ("verdicts", .object(w.evaluations.map { ($0.definition.id, .optional($0.outcome?.id)) })),
            ("assumptions", .strings(w.assumptions)),
        ])
    }

    static func changes(_ list: [FactChange]) -> JSONValue {
        .array(list.map { .object([("fact", .string($0.fact)), ("from", JSONValue.from($0.from)), ("to", JSONValue.from($0.to))]) })
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
