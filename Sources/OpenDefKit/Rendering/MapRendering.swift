/// `opendef map`: the relation for every pair, and the Hasse diagram of strictness in Mermaid.
public enum MapRendering {
    static func symbol(_ r: Relation?) -> String {
        switch r {
        case .equivalent?: "="
        case .aStricter?: "<"
        case .bStricter?: ">"
        case .incomparable?: "||"
        case nil: "?"
        }
    }

    public static func text(_ map: StrictnessMap) -> String {
        let legend =
            map.axis == .open
            ? "A < B: every profile open under A is open under B, and not the reverse"
            : "A < B: A never imposes lighter obligations than B, and sometimes heavier"
        var out = "Strictness on the \(map.axis.rawValue) axis (\(legend); = equivalent; || incomparable)\n\n"
        let width = map.definitions.map(\.id.count).max() ?? 0
        for p in map.pairs {
            out += "\(p.a.padding(width)) \(symbol(p.relation).padding(2)) \(p.b)\n"
        }
        out += "\nHasse diagram (stricter -> less strict):\n"
        let edges = map.hasseEdges
        if edges.isEmpty { out += "  no definition is stricter than another\n" }
        for e in edges { out += "  \(e.stricter) -> \(e.looser)\n" }
        for c in map.classes where c.count > 1 { out += "  equivalent: \(c.joined(separator: " = "))\n" }
        return out
    }

    public static func mermaid(_ map: StrictnessMap) -> String {
        var out = "```mermaid\ngraph BT\n"
        for c in map.classes {
            let label = c.joined(separator: " = ")
            out += "  \(node(c[0]))[\"\(label)\"]\n"
        }
        for e in map.hasseEdges {
            out += "  \(node(e.stricter)) --> \(node(e.looser))\n"
        }
        return out + "```\n"
    }

    static func node(_ id: String) -> String {
        String(id.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    public static func markdown(_ map: StrictnessMap) -> String {
        var out = "# Strictness of the definitions (\(map.axis.rawValue) axis)\n\n"
        out += "An arrow points from a stricter definition to a less strict one: "
        out +=
            map.axis == .open
            ? "every profile open under the first is open under the second, and not the reverse.\n\n"
            : "the first never imposes lighter obligations than the second, and sometimes heavier.\n\n"
        out += mermaid(map)
        out += "\n| A | relation | B |\n|---|---|---|\n"
        for p in map.pairs { out += "| `\(p.a)` | \(p.relation?.rawValue ?? "undecided") | `\(p.b)` |\n" }
        return out
    }

    public static func json(_ map: StrictnessMap) -> String {
        JSONValue.object([
            ("axis", .string(map.axis.rawValue)),
            ("definitions", .strings(map.definitions.map(\.id))),
            ("pairs", .array(map.pairs.map { .object([("a", .string($0.a)), ("b", .string($0.b)), ("relation", .optional($0.relation?.rawValue))]) })),
            ("hasse", .array(map.hasseEdges.map { .object([("stricter", .string($0.stricter)), ("looser", .string($0.looser))]) })),
            ("equivalence_classes", .array(map.classes.map { .strings($0) })),
        ]).rendered()
    }
}
