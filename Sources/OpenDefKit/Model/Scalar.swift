/// A scalar exactly as written in a YAML file, with where it was written.
///
/// Loading keeps values as scalars; checking gives them a type from the vocabulary.
public struct Scalar: Hashable, Sendable {
    public var text: String
    public var location: SourceLocation
    /// True for plain (unquoted) scalars. `true`, numbers and dates must be plain.
    public var isPlain: Bool

    public init(_ text: String, at location: SourceLocation, isPlain: Bool = true) {
        self.text = text
        self.location = location
        self.isPlain = isPlain
    }
}
