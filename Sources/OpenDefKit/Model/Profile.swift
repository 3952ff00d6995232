/// One model variant and the facts stated about it, each with its provenance.
public struct Profile: Sendable {
    public var id: String
    public var idLocation: SourceLocation
    public var name: String
    public var developer: String?
    public var note: String?
    public var facts: [SourcedValue]
    public var file: String

    public init(
        id: String, idLocation: SourceLocation, name: String, developer: String?, note: String?, facts: [SourcedValue],
        file: String
    ) {
        self.id = id
        self.idLocation = idLocation
        self.name = name
        self.developer = developer
        self.note = note
        self.facts = facts
        self.file = file
    }

    public func fact(_ id: String) -> SourcedValue? { facts.first { $0.key == id } }
}
