/// `evaluate --format markdown`: a summary table, then one section per definition.
public enum EvaluationMarkdown {
    public static func render(profile: Profile, evaluations: [Evaluation]) -> String {
        var out = "# \(profile.name) under \(evaluations.count == 1 ? "one definition" : "\(evaluations.count) definitions")\n\n"
        out += "Model `\(profile.id)`"
        if let developer = profile.developer { out += ", developed by \(escape(developer))" }
        out += ".\n\n"
        out += "| Definition | Verdict | Open |\n|---|---|---|\n"
        for e in evaluations {
            out += "| \(escape(e.definition.title)) | \(escape(verdictWords(e))) | \(openMark(e.open)) |\n"
        }
        for e in evaluations {
            out += "\n" + section(e)
        }
        return out
    }

    static func section(_ e: Evaluation) -> String {
        var out = "## \(escape(e.definition.title))\n\n"
        out += "Definition `\(e.definition.id)` by \(escape(e.definition.publisher)) (\(e.definition.source)).\n\n"
        out += "**Verdict:** \(escape(verdictWords(e))). **Open:** \(Wording.open(e.open))."
        if e.definition.outcomes.contains(where: { $0.obligations != nil }) {
            out += " **Obligations:** \(e.obligations?.rawValue ?? "undetermined")."
        }
        out += "\n\n"
        out += "| | Criterion | Requirement | Facts read |\n|---|---|---|---|\n"
        for c in e.criteria {
            let reads = Wording.groupedReadings(c.readings).map { text, provenance -> String in
                var s = "`\(text)`"
                if let provenance { s += " (\(escape(provenance)))" }
                return s
            }
            let uses = c.references.isEmpty ? [] : ["uses " + c.references.map { "`\($0)`" }.joined(separator: ", ")]
            let cite = "[\(escape(c.criterion.cite.instrument)), \(escape(c.criterion.cite.section))](\(c.criterion.cite.url))"
            out +=
                "| \(truthMark(c.value)) | `\(c.criterion.id)` | \(escape(c.criterion.summary)) \(cite) | \((reads + uses).joined(separator: "<br>")) |\n"
        }
        if !e.unknownFacts.isEmpty {
            out += "\nUnknown facts that would decide:\n\n"
            for u in e.unknownFacts {
                out += "- `\(u.name)`: \(escape(u.question))\n"
            }
        }
        return out
    }

    static func verdictWords(_ e: Evaluation) -> String {
        if let outcome = e.outcome { return outcome.title }
        return "undetermined (" + e.possibleOutcomes.map(\.title).joined(separator: " or ") + ")"
    }

    static func openMark(_ open: Bool?) -> String {
        switch open {
        case true?: "✅ open"
        case false?: "❌ not open"
        case nil: "❔ undetermined"
        }
    }

    static func truthMark(_ t: Truth) -> String {
        switch t {
        case .true: "✅"
        case .false: "❌"
        case .unknown: "❔"
        }
    }

    /// Escapes what would break a table cell or start unintended formatting.
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "|": out += "\\|"
            case "\n": out += " "
            // `_` is left alone: GitHub does not emphasise inside words, and escaping would break URLs.
            case "*", "`", "<", ">", "[", "]": out += "\\\(ch)"
            default: out.append(ch)
            }
        }
        return out
    }
}
