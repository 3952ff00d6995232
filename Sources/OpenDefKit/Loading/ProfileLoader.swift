internal import Yams

/// Reads a model profile.
public enum ProfileLoader {
    enum Keys: String, CaseIterable { case schema_version, id, name, developer, released, note, facts }

    public static func load(_ file: SourceFile) -> Loaded<Profile> {
        FileLoader.load(
            file, allowed: Keys.allCases.map(\.rawValue), required: ["schema_version", "id", "name", "facts"],
            what: "profile"
        ) { fields, reader in
            guard let id = reader.identifier(fields["id"], what: "profile id") else { return nil }
            FileLoader.checkFileName(id: id, file: file.path, reader: &reader)
            _ = reader.date(fields["released"], what: "the release date")
            let facts = fields["facts"].map { SourcedValueLoader.loadAll($0, reader: &reader, what: "facts") } ?? []
            return Profile(
                id: id.text, idLocation: id.location, name: reader.text(fields["name"], what: "name") ?? id.text,
                developer: fields["developer"].flatMap { reader.text($0, what: "developer") },
                note: fields["note"].flatMap { reader.text($0, what: "note") }, facts: facts, file: file.path)
        }
    }
}
