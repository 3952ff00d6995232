/// A profile built from another system's record, before it is written as YAML.
///
/// Every fact carries its provenance: the source record (corpus, path, commit), the corpus snapshot date as
/// `accessed`, and a note that says how the record's words became the fact's value.
public struct ImportedProfile: Hashable, Sendable {
    public var id: String
    public var name: String
    public var developer: String?
    public var note: String
    /// Keyed by fact id; rendered sorted by id.
    public var facts: [String: ImportedFact]
    /// The record this profile was built from, cited as in every fact's `source`.
    public var record: String

    public init(id: String, name: String, developer: String?, note: String, facts: [String: ImportedFact], record: String) {
        self.id = id
        self.name = name
        self.developer = developer
        self.note = note
        self.facts = facts
        self.record = record
    }

    public func fact(_ id: String) -> ImportedFact? { facts[id] }
}

public struct ImportedFact: Hashable, Sendable {
    public var value: ImportedValue
    public var grade: SourcedValue.Grade?
    public var source: String
    public var accessed: Day
    public var note: String?

    public init(value: ImportedValue, grade: SourcedValue.Grade?, source: String, accessed: Day, note: String?) {
        self.value = value
        self.grade = grade
        self.source = source
        self.accessed = accessed
        self.note = note
    }
}

/// A fact value as an importer states it: a boolean, an enum value or licence id, or unknown.
public enum ImportedValue: Hashable, Sendable, CustomStringConvertible {
    case bool(Bool)
    case symbol(String)
    case unknown

    public var description: String {
        switch self {
        case .bool(let b): b ? "true" : "false"
        case .symbol(let s): s
        case .unknown: "unknown"
        }
    }
}

/// Collects the facts of one record, each sourced to the record and dated by the corpus snapshot.
struct FactSheet {
    let context: RecordContext
    private(set) var facts: [String: ImportedFact] = [:]

    init(context: RecordContext) {
        self.context = context
    }

    /// States a fact; `detail` says where in the record it comes from (appended to the record's citation).
    mutating func set(
        _ id: String, _ value: ImportedValue, grade: SourcedValue.Grade? = nil, from detail: String, note: String? = nil
    ) {
        facts[id] = ImportedFact(
            value: value, grade: value == .unknown ? nil : grade, source: context.cite(detail),
            accessed: context.snapshot.date, note: note)
    }
}
