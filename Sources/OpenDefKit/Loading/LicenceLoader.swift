internal import Yams

/// Reads licence catalogue files and the alias list.
public enum LicenceLoader {
    enum Keys: String, CaseIterable { case schema_version, source, licences }
    enum EntryKeys: String, CaseIterable {
        case id, name, url, date, use_policy, aliases, note, deprecated, source, traits
    }
    enum AliasFileKeys: String, CaseIterable { case schema_version, aliases }
    enum AliasKeys: String, CaseIterable { case alias, licence }

    public static func load(_ file: SourceFile) -> Loaded<[Licence]> {
        FileLoader.load(
            file, allowed: Keys.allCases.map(\.rawValue), required: ["schema_version", "licences"],
            what: "licence catalogue file"
        ) { fields, reader in
            let fileSource = fields["source"].flatMap { reader.text($0, what: "source") }
            var seen: [String: SourceLocation] = [:]
            var licences: [Licence] = []
            for node in reader.sequence(fields["licences"], what: "licences") ?? [] {
                guard
                    let e = reader.mapping(
                        node, allowed: EntryKeys.allCases.map(\.rawValue), required: ["id", "name"], what: "licence"),
                    let id = reader.identifier(e["id"], what: "licence id"),
                    let name = reader.text(e["name"], what: "name")
                else { continue }
                if VocabularyLoader.noteDuplicate(id, kind: "licence", seen: &seen, reader: &reader) { continue }
                let date = reader.date(e["date"], what: "the date")
                let entrySource = e["source"].flatMap { reader.text($0, what: "source") } ?? fileSource
                var traits: [SourcedValue] = []
                if let t = e["traits"] {
                    traits = SourcedValueLoader.loadAll(t, reader: &reader, what: "traits")
                    // A trait without its own source takes the entry's (or the file's) source.
                    for i in traits.indices where traits[i].source == nil && traits[i].value != nil {
                        if let entrySource {
                            traits[i].source = entrySource
                            traits[i].isShortForm = false
                        }
                    }
                }
                licences.append(
                    Licence(
                        id: id.text, name: name, url: e["url"].flatMap { reader.text($0, what: "url") }, date: date,
                        usePolicy: e["use_policy"].flatMap { reader.text($0, what: "use_policy") },
                        aliases: reader.scalarList(e["aliases"], what: "alias"),
                        note: e["note"].flatMap { reader.text($0, what: "note") },
                        deprecated: e["deprecated"].flatMap { reader.bool($0, what: "deprecated") } ?? false,
                        traits: traits, file: file.path, location: id.location))
            }
            if licences.count == 1, let only = licences.first {
                FileLoader.checkFileName(
                    id: Scalar(only.id, at: only.location), file: file.path, reader: &reader)
            }
            return licences
        }
    }

    public static func loadAliases(_ file: SourceFile) -> Loaded<[LicenceAlias]> {
        FileLoader.load(
            file, allowed: AliasFileKeys.allCases.map(\.rawValue), required: ["schema_version", "aliases"],
            what: "alias file"
        ) { fields, reader in
            var aliases: [LicenceAlias] = []
            for node in reader.sequence(fields["aliases"], what: "aliases") ?? [] {
                guard
                    let a = reader.mapping(
                        node, allowed: AliasKeys.allCases.map(\.rawValue), required: ["alias", "licence"], what: "alias"),
                    let alias = a["alias"].flatMap({ reader.scalar($0, what: "alias") }),
                    let licence = reader.identifier(a["licence"], what: "licence id")
                else { continue }
                aliases.append(LicenceAlias(alias: alias.text, licence: licence.text, location: alias.location))
            }
            return aliases
        }
    }
}
