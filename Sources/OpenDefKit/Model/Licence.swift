/// One licence of the catalogue with its traits.
public struct Licence: Sendable {
    public var id: String
    public var name: String
    public var url: String?
    public var date: Scalar?
    public var usePolicy: String?
    public var aliases: [Scalar]
    public var note: String?
    public var deprecated: Bool
    public var traits: [SourcedValue]
    public var file: String
    public var location: SourceLocation

    public init(
        id: String, name: String, url: String?, date: Scalar?, usePolicy: String?, aliases: [Scalar], note: String?,
        deprecated: Bool, traits: [SourcedValue], file: String, location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.url = url
        self.date = date
        self.usePolicy = usePolicy
        self.aliases = aliases
        self.note = note
        self.deprecated = deprecated
        self.traits = traits
        self.file = file
        self.location = location
    }

    public func trait(_ id: String) -> SourcedValue? { traits.first { $0.key == id } }
}

/// A free-text spelling of a licence, mapped to a catalogue id.
public struct LicenceAlias: Hashable, Sendable {
    public var alias: String
    public var licence: String
    public var location: SourceLocation
}

/// All licences, with lookup by id or alias (case-insensitive).
public struct LicenceCatalogue: Sendable {
    public var licences: [Licence]
    public var aliases: [LicenceAlias]
    private var byID: [String: Int]
    private var byFoldedName: [String: String]

    public init(licences: [Licence], aliases: [LicenceAlias]) {
        self.licences = licences.sorted { $0.id < $1.id }
        self.aliases = aliases
        var byID: [String: Int] = [:]
        for (i, l) in self.licences.enumerated() where byID[l.id] == nil { byID[l.id] = i }
        self.byID = byID
        var folded: [String: String] = [:]
        // Ids win over aliases; an alias never shadows another licence's id.
        for l in self.licences { folded[l.id.lowercased()] = folded[l.id.lowercased()] ?? l.id }
        for l in self.licences {
            for a in l.aliases { folded[a.text.lowercased()] = folded[a.text.lowercased()] ?? l.id }
        }
        for a in aliases { folded[a.alias.lowercased()] = folded[a.alias.lowercased()] ?? a.licence }
        self.byFoldedName = folded
    }

    public func licence(_ id: String) -> Licence? { byID[id].map { licences[$0] } }
    public func index(of id: String) -> Int? { byID[id] }

    /// The catalogue id a written name stands for: an exact id, or an id or alias in any case.
    public func resolve(_ name: String) -> String? {
        if byID[name] != nil { return name }
        return byFoldedName[name.lowercased()]
    }

    public var ids: [String] { licences.map(\.id) }
}
