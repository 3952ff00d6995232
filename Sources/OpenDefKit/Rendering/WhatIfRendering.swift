/// `opendef whatif` in text, Markdown and JSON.
public enum WhatIfRendering {
    public static func text(_ w: WhatIf, vocabulary: Vocabulary) -> String {
        var out = "\(w.profile.name) [\(w.profile.id)] under \(w.definition.title) [\(w.definition.id)]\n"
        out += "now: \(Wording.verdict(w.current))\ntarget: \(w.target.title) [\(w.target.id)]\n"
        if !w.reachable { return out + "\nNo profile at all can reach this outcome.\n" }
        if w.current.outcome?.id == w.target.id { return out + "\nThe model already has this outcome.\n" }
        if w.changeSets.isEmpty { return out + "\nNo change set was found within the search budget.\n" }
        for (i, set) in w.changeSets.enumerated() {
            out += "\noption \(i + 1): \(set.changes.count) change\(set.changes.count == 1 ? "" : "s")"
            out += set.questions.isEmpty ? "\n" : ", \(set.questions.count) question\(set.questions.count == 1 ? "" : "s") to the publisher\n"
            for q in set.questions {
                let ask = vocabulary.fact(q.fact)?.question ?? q.fact
                out += "  ask: \(ask)\n       needed answer: \(q.fact) = \(q.to?.description ?? "unknown")\n"
            }
            for c in set.changes { out += "  change: \(DiffRendering.change(c))\n" }
            out += "  re-checked: \(Wording.verdict(set.evaluation))\n"
        }
        return out
    }

    public static func markdown(_ w: WhatIf, vocabulary: Vocabulary) -> String {
        let e = EvaluationMarkdown.escape
        var out = "# What would \(e(w.profile.name)) need under \(e(w.definition.title))?\n\n"
        out += "Now: **\(e(EvaluationMarkdown.verdictWords(w.current)))**. Target: **\(e(w.target.title))**.\n\n"
        if !w.reachable { return out + "No profile at all can reach this outcome.\n" }
        if w.current.outcome?.id == w.target.id { return out + "The model already has this outcome.\n" }
        for (i, set) in w.changeSets.enumerated() {
            out += "## Option \(i + 1)\n\n"
            for q in set.questions {
                out += "- Ask: \(e(vocabulary.fact(q.fact)?.question ?? q.fact)) Needed: `\(q.fact) = \(q.to?.description ?? "unknown")`.\n"
            }
            for c in set.changes { out += "- Change `\(DiffRendering.change(c))`.\n" }
            out += "\nRe-checked: \(e(EvaluationMarkdown.verdictWords(set.evaluation))).\n\n"
        }
        return out
    }

    public static func json(_ w: WhatIf) -> String {
        JSONValue.object([
            ("model", .string(w.profile.id)),
            ("definition", .string(w.definition.id)),
            ("changes", .array(w.changeSets.map { DiffRendering.changes($0.questions + $0.changes) })),
            ("target", .string(w.target.id)),
            ("current_outcome", .optional(w.current.outcome?.id)),
            ("reachable", .bool(w.reachable)),
            (
                "options",
                .array(
                    w.changeSets.map {
                        .object([
                            ("questions", DiffRendering.changes($0.questions)),
                            ("changes", DiffRendering.changes($0.changes)),
                            ("outcome", .optional($0.evaluation.outcome?.id)),
                        ])
                    })
            ),
        ]).rendered()
    }
}
