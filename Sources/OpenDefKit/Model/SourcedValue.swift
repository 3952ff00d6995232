/// A value stated in a profile or a licence entry, with its provenance.
///
/// `value == nil` means the value is stated as `unknown`.
public struct SourcedValue: Hashable, Sendable {
    /// The fact id (profiles) or trait id (licences) this value is for.
    public var key: String
    public var keyLocation: SourceLocation
    public var value: Scalar?
    public var source: String?
    public var accessed: Scalar?
    public var grade: Grade?
    public var note: String?
    /// Written as `key: value`, without provenance.
    public var isShortForm: Bool

    public enum Grade: String, Hashable, Sendable, CaseIterable {
        case reported, derived, estimated
    }

    public init(
        key: String, keyLocation: SourceLocation, value: Scalar?, source: String? = nil, accessed: Scalar? = nil,
        grade: Grade? = nil, note: String? = nil, isShortForm: Bool = false
    ) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
        self.source = source
        self.accessed = accessed
        self.grade = grade
        self.note = note
        self.isShortForm = isShortForm
    }
}
