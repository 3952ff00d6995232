/// `evaluate --format text`: one block per definition, for a terminal.
public enum EvaluationText {
    public static func render(profile: Profile, evaluations: [Evaluation]) -> String {
        var out = "\(profile.name) [\(profile.id)]"
        if let developer = profile.developer { out += ", \(developer)" }
        out += "\n"
        for e in evaluations {
            out += "\n" + block(e)
        }
        return out
    }

    static func block(_ e: Evaluation) -> String {
        var out = "\(e.definition.title) [\(e.definition.id)]\n"
        out += "  verdict: \(Wording.verdict(e))\n"
        out += "  open: \(Wording.open(e.open))"
        if e.definition.outcomes.contains(where: { $0.obligations != nil }) {
            out += "; obligations: \(e.obligations?.rawValue ?? "undetermined")"
        }
        out += "\n"
        out += "  criteria:\n"
        for c in e.criteria {
            out += "    \(Wording.mark(c.value).padding(7)) \(c.criterion.id): \(c.criterion.summary)\n"
            if c.value != .true {
                out += "            cites: \(c.criterion.cite)\n"
            }
            for (text, provenance) in Wording.groupedReadings(c.readings) {
                out += "            reads: \(text)"
                if let provenance { out += " (\(provenance))" }
                out += "\n"
            }
            if !c.references.isEmpty {
                out += "            uses: \(c.references.joined(separator: ", "))\n"
            }
        }
        if !e.unknownFacts.isEmpty {
            out += "  unknown facts that would decide:\n"
            for u in e.unknownFacts {
                out += "    \(u.name): \(u.question)\n"
            }
        }
        return out
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
