internal import Yams

/// What loading one file produced: the value if it could be built, and every problem found.
public struct Loaded<Value> {
    public var value: Value?
    public var diagnostics: [Diagnostic]

    public init(value: Value?, diagnostics: [Diagnostic]) {
        self.value = value
        self.diagnostics = diagnostics
    }
}

/// Shared front half of every loader: parse the file, then read the root mapping.
enum FileLoader {
    static func load<Value>(
        _ file: SourceFile, allowed: [String], required: [String], what: String,
        body: (NodeReader.Fields, inout NodeReader) -> Value?
    ) -> Loaded<Value> {
        switch YAMLDocument.parse(file) {
        case .failure(let diagnostic):
            return Loaded(value: nil, diagnostics: [diagnostic])
        case .success(let root):
            var reader = NodeReader(file: file.path)
            guard let fields = reader.mapping(root, allowed: allowed, required: required, what: what) else {
                return Loaded(value: nil, diagnostics: reader.diagnostics)
            }
            reader.schemaVersion(fields)
            let value = body(fields, &reader)
            return Loaded(value: value, diagnostics: reader.diagnostics)
        }
    }

    /// The file's name without folder and extension, which must equal the id of what it holds.
    static func baseName(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        for ext in [".yaml", ".yml", ".json"] where name.hasSuffix(ext) {
            return String(name.dropLast(ext.count))
        }
        return name
    }

    static func checkFileName(id: Scalar, file: String, reader: inout NodeReader) {
        let base = baseName(file)
        if base != id.text {
            reader.error(
                "file name '\(base)' differs from the id '\(id.text)'", at: id.location,
                hint: "rename the file to '\(id.text).yaml' or change the id")
        }
    }
}
