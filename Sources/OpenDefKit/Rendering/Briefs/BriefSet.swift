/// The briefs committed in `Reports/`: the overview, one per model, and one per pair of definitions that
/// matters. Produces (relative path, Markdown) pairs; writing them is the caller's job.
public struct BriefSet: Sendable {
    public let definitions: [CompiledDefinition]
    public let profiles: [Profile]

    public init(definitions: [CompiledDefinition], profiles: [Profile]) {
        self.definitions = definitions.sorted { $0.definition.id < $1.definition.id }
        self.profiles = profiles.sorted { $0.id < $1.id }
    }

    /// The reference definition for "what would it need": OSI's final definition when bundled.
    public static let referenceDefinition = "osi-osaid-1.0"

    /// The pairs worth a brief of their own: OSAID 1.0 against each EU variant, Meta's spectrum and the MOF;
    /// each OSAID draft against 1.0; SB 1047 against SB 53 (on the obligations axis).
    public var pairs: [(a: String, b: String, axis: Axis)] {
        let ids = Set(definitions.map(\.definition.id))
        var pairs: [(String, String, Axis)] = []
        let reference = BriefSet.referenceDefinition
        if ids.contains(reference) {
            for id in ids.sorted() where id.hasPrefix("eu-") || id == "meta-llama-spectrum-2024" || id == "lf-mof-1.0" {
                pairs.append((reference, id, .open))
            }
            for id in ids.sorted() where id.hasPrefix("osi-osaid-") && id != reference {
                pairs.append((id, reference, .open))
            }
        }
        if ids.contains("ca-sb1047-2024-enrolled") && ids.contains("ca-sb53-2025") {
            pairs.append(("ca-sb1047-2024-enrolled", "ca-sb53-2025", .obligations))
        }
        return pairs
    }

    public static func diffPath(_ a: String, _ b: String) -> String { "diffs/\(a)--\(b).md" }
    public static func modelPath(_ id: String) -> String { "models/\(id).md" }

    /// Every brief, in a fixed order.
    public func all() -> [(path: String, markdown: String)] {
        var out: [(String, String)] = [("README.md", overview())]
        for profile in profiles { out.append((BriefSet.modelPath(profile.id), model(profile))) }
        for (a, b, axis) in pairs {
            if let x = compiled(a), let y = compiled(b) { out.append((BriefSet.diffPath(a, b), diff(x, y, axis: axis))) }
        }
        return out
    }

    func compiled(_ id: String) -> CompiledDefinition? { definitions.first { $0.definition.id == id } }

    public func overview() -> String {
        OverviewBrief(set: self).render()
    }

    public func model(_ profile: Profile) -> String {
        ModelBrief(set: self, profile: profile).render()
    }

    public func diff(_ a: CompiledDefinition, _ b: CompiledDefinition, axis: Axis) -> String {
        let diff = DefinitionDiff(a, b, profiles: profiles, axis: axis)
        return DiffRendering.markdown(diff) + "\n---\n\n[Back to the overview](../README.md)\n"
    }

    /// The newest access date among the sources: the brief's "as of" date, taken from the data, never the clock.
    var asOf: String {
        var newest: Day?
        for profile in profiles {
            for fact in profile.facts {
                if let day = fact.accessed.flatMap({ Day($0.text) }), newest.map({ day > $0 }) ?? true { newest = day }
            }
        }
        return newest?.description ?? "undated"
    }
}
