internal import Yams
import Foundation

/// The systems whose records `opendef import` reads.
public enum ImportSource: String, Sendable, CaseIterable {
    /// LF AI & Data's Model Openness Tool: `models/*.yml`, one record per model variant.
    case mot
    /// The European Open Source AI Index: one YAML file per model family, judged on 12 dimensions.
    case osai
    /// Current AI's os-ai-map: `sources/scores/*.yaml` with the product files beside them.
    case osAIMap = "os-ai-map"

    /// Every imported profile id starts with this, so ids from different systems never collide with
    /// each other or with hand-written profiles.
    public var idPrefix: String { rawValue }

    public var title: String {
        switch self {
        case .mot: "LF AI & Data Model Openness Tool"
        case .osai: "European Open Source AI Index"
        case .osAIMap: "Current AI os-ai-map"
        }
    }
}

/// A licence string that names no catalogue licence, and how often the imported records use it.
public struct UnmappedLicence: Hashable, Sendable {
    public var text: String
    public var count: Int

    public init(text: String, count: Int) {
        self.text = text
        self.count = count
    }
}

/// Everything one import produced: the profiles, the problems, and the licence strings left unmapped.
public struct ImportResult: Sendable {
    public var source: ImportSource
    /// Sorted by id.
    public var profiles: [ImportedProfile]
    public var diagnostics: [Diagnostic]
    /// Most used first, then by text.
    public var unmappedLicences: [UnmappedLicence]
    /// Records left out on purpose (test records, templates), with why.
    public var skipped: [String]
    /// How many record files were read.
    public var recordCount: Int
    /// File texts by path, for printing source lines under diagnostics.
    public var sources: [String: String]

    public init(
        source: ImportSource, profiles: [ImportedProfile], diagnostics: [Diagnostic], unmappedLicences: [UnmappedLicence],
        skipped: [String], recordCount: Int, sources: [String: String]
    ) {
        self.source = source
        self.profiles = profiles
        self.diagnostics = diagnostics
        self.unmappedLicences = unmappedLicences
        self.skipped = skipped
        self.recordCount = recordCount
        self.sources = sources
    }
}

/// What an importer knows while it reads one record.
struct RecordContext {
    let source: ImportSource
    let snapshot: CorpusSnapshot
    /// The record's path as given (for diagnostics) and relative to the corpus root (for citations).
    let path: String
    let relativePath: String
    let id: String

    /// `corpus path (commit ..., repository): detail`
    func cite(_ detail: String) -> String {
        snapshot.cite(relativePath) + (detail.isEmpty ? "" : ": \(detail)")
    }

    var record: String { snapshot.cite(relativePath) }
}

/// Maps free-text licence strings to catalogue ids through the catalogue's ids and aliases, and counts
/// the strings it cannot map. It never guesses: a string is mapped only if the catalogue resolves it.
struct LicenceMapper {
    let catalogue: LicenceCatalogue
    private(set) var unmapped: [String: Int] = [:]

    /// The catalogue id, or nil (and the string is counted as unmapped).
    mutating func map(_ text: String) -> String? {
        let trimmed = String(text.trimmingWhitespace)
        if let id = catalogue.resolve(trimmed) ?? catalogue.resolve(text) { return id }
        unmapped[trimmed, default: 0] += 1
        return nil
    }

    var sortedUnmapped: [UnmappedLicence] {
        unmapped.map { UnmappedLicence(text: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.text < $1.text }
    }
}

/// One system's reader: which files in a folder are records, and how one record becomes a profile.
protocol RecordImporter {
    /// What a record looks like, given as the hint of a structural error that has none of its own.
    static var formatHint: String { get }
    /// The record files in a folder (sorted), and those left out on purpose with the reason.
    static func recordFiles(in folder: String) -> (files: [String], skipped: [String], hint: String)
    /// Builds the profile, or returns nil after reporting why (errors in `reader`).
    static func importRecord(
        _ root: Node, context: RecordContext, mapper: inout LicenceMapper, reader: inout NodeReader,
        sources: inout [String: String]
    ) -> ImportedProfile?
}

/// Runs an import: finds the records under a path, reads each, and collects profiles and problems.
/// A bad record is reported and skipped; the others still import.
public enum Importer {
    /// - Parameters:
    ///   - path: one record file, or a folder of them (or a corpus folder that holds them).
    ///   - vocabulary: when given, every profile is rendered, loaded back and checked against the vocabulary
    ///     and catalogue before it is returned, so what is written is always a valid profile.
    public static func run(
        _ source: ImportSource, path: String, catalogue: LicenceCatalogue, vocabulary: Vocabulary? = nil
    ) -> ImportResult {
        switch source {
        case .mot: run(MOTImporter.self, source, path: path, catalogue: catalogue, vocabulary: vocabulary)
        case .osai: run(OSAIImporter.self, source, path: path, catalogue: catalogue, vocabulary: vocabulary)
        case .osAIMap: run(OSAIMapImporter.self, source, path: path, catalogue: catalogue, vocabulary: vocabulary)
        }
    }

    private static func run<R: RecordImporter>(
        _ importer: R.Type, _ source: ImportSource, path: String, catalogue: LicenceCatalogue, vocabulary: Vocabulary?
    ) -> ImportResult {
        var result = ImportResult(
            source: source, profiles: [], diagnostics: [], unmappedLicences: [], skipped: [], recordCount: 0,
            sources: [:])
        var files: [String]
        if ImportPaths.isDirectory(path) {
            let found = R.recordFiles(in: path)
            files = found.files
            result.skipped = found.skipped
            if files.isEmpty {
                result.diagnostics.append(
                    ImportDiagnostics.fileError(path, "no \(source.title) records in this folder", hint: found.hint))
            }
        } else if FileManager.default.fileExists(atPath: path) {
            files = [path]
        } else {
            result.diagnostics.append(
                ImportDiagnostics.fileError(
                    path, "no such file or folder", hint: "give one record file or a folder of records"))
            files = []
        }

        var mapper = LicenceMapper(catalogue: catalogue)
        var snapshots: [String: Result<CorpusSnapshot, Diagnostic>] = [:]
        var reportedSnapshotErrors = Set<Diagnostic>()
        var idOwners: [String: String] = [:]
        for file in files {
            result.recordCount += 1
            let folder = ImportPaths.parent(ImportPaths.absolute(file))
            let located = snapshots[folder] ?? CorpusSnapshot.locate(near: file)
            snapshots[folder] = located
            let snapshot: CorpusSnapshot
            switch located {
            case .success(let s): snapshot = s
            case .failure(let diagnostic):
                if reportedSnapshotErrors.insert(diagnostic).inserted { result.diagnostics.append(diagnostic) }
                continue
            }
            let id = profileID(source: source, file: file)
            if let owner = idOwners[id] {
                result.diagnostics.append(
                    ImportDiagnostics.fileError(
                        file, "gives the profile id '\(id)', which '\(owner)' already gives; this record is not imported",
                        hint: "rename one of the two record files"))
                continue
            }
            idOwners[id] = file
            let sourceFile: SourceFile
            switch SourceFile.read(path: file) {
            case .success(let f): sourceFile = f
            case .failure(let diagnostic):
                result.diagnostics.append(diagnostic.location == nil ? ImportDiagnostics.fileError(file, diagnostic) : diagnostic)
                continue
            }
            result.sources[file] = sourceFile.text
            let root: Node
            switch YAMLDocument.parse(sourceFile) {
            case .success(let node): root = node
            case .failure(var diagnostic):
                if diagnostic.message == "file is empty" {
                    diagnostic.hint = "an empty file is no record; remove it or fill it in"
                } else if diagnostic.hint == nil {
                    diagnostic.hint = "the record is not valid YAML; fix it there and import again"
                }
                result.diagnostics.append(diagnostic)
                continue
            }
            let context = RecordContext(
                source: source, snapshot: snapshot, path: file, relativePath: snapshot.relative(file), id: id)
            var reader = NodeReader(file: file)
            var recordMapper = mapper
            let profile = R.importRecord(
                root, context: context, mapper: &recordMapper, reader: &reader, sources: &result.sources)
            result.diagnostics += reader.diagnostics.map { d in
                var d = d
                if d.severity == .error && d.hint == nil { d.hint = R.formatHint }
                return d
            }
            // A record with errors is not imported, and its licence strings are not counted.
            guard let profile, !reader.diagnostics.hasErrors else { continue }
            if let vocabulary, let problem = check(profile, vocabulary: vocabulary, catalogue: catalogue, record: file) {
                result.diagnostics.append(problem)
                continue
            }
            mapper = recordMapper
            result.profiles.append(profile)
        }
        result.profiles.sort { $0.id < $1.id }
        result.unmappedLicences = mapper.sortedUnmapped
        return result
    }

    /// `<prefix>-<file name in lower case>`, with characters an id may not hold replaced by `-`.
    public static func profileID(source: ImportSource, file: String) -> String {
        var name = ImportPaths.fileName(file)
        for ext in [".yaml", ".yml"] where name.hasSuffix(ext) { name.removeLast(ext.count) }
        var slug = ""
        for scalar in name.lowercased().unicodeScalars {
            let allowed = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || "._+".unicodeScalars.contains(scalar)
            if allowed {
                slug.unicodeScalars.append(scalar)
            } else if !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") || slug.hasSuffix(".") { slug.removeLast() }
        while slug.hasPrefix("-") || slug.hasPrefix(".") { slug.removeFirst() }
        return "\(source.idPrefix)-\(slug.isEmpty ? "record" : slug)"
    }

    /// Renders the profile, loads it back and checks it as `opendef validate` would; a problem here is a bug
    /// in an importer, reported against the record rather than written out.
    static func check(_ profile: ImportedProfile, vocabulary: Vocabulary, catalogue: LicenceCatalogue, record: String)
        -> Diagnostic?
    {
        let path = "\(profile.id).yaml"
        let loaded = ProfileLoader.load(SourceFile(path: path, text: ProfileWriter.render(profile)))
        var problems = loaded.diagnostics
        if let value = loaded.value {
            problems += ProfileChecker(vocabulary: vocabulary, catalogue: catalogue).check(value)
        }
        guard let first = problems.first(where: { $0.severity == .error }) else { return nil }
        return ImportDiagnostics.fileError(
            record, "the profile built from this record is not valid (\(first.description)); it is not written",
            hint: "this is a bug in the importer; please report it with the record")
    }
}

/// Diagnostics about whole files (`path: error: message`), next to the located ones
/// (`path:line:col: error: message`).
public enum ImportDiagnostics {
    /// A problem with a whole file or folder: located at line 0, printed as `path: error: message`.
    public static func fileError(_ path: String, _ message: String, hint: String? = nil) -> Diagnostic {
        .error(message, at: SourceLocation(file: path, line: 0, column: 0), hint: hint)
    }

    static func fileError(_ path: String, _ diagnostic: Diagnostic) -> Diagnostic {
        var d = diagnostic
        d.location = SourceLocation(file: path, line: 0, column: 0)
        return d
    }

    public static func fileWarning(_ path: String, _ message: String, hint: String? = nil) -> Diagnostic {
        .warning(message, at: SourceLocation(file: path, line: 0, column: 0), hint: hint)
    }

    /// Renders diagnostics sorted: file-level ones as `path: severity: message`, located ones as the
    /// compiler-style line with the source line and a caret.
    public static func render(_ diagnostics: [Diagnostic], sources: [String: String]) -> String {
        let printer = DiagnosticPrinter(sources: sources)
        return diagnostics.sortedForOutput().map { d -> String in
            guard let location = d.location, location.line == 0 else { return printer.render(d) }
            var out = "\(location.file): \(d.severity.rawValue): \(d.message)\n"
            if let hint = d.hint { out += "  hint: \(hint)\n" }
            for note in d.notes { out += printer.render(note) }
            return out
        }.joined()
    }
}

// MARK: - Reading record nodes

extension NodeReader {
    /// A scalar's text, or nil for a YAML null (`~`, `null`, or nothing at all). A quoted empty string is
    /// an empty string, not null.
    static func text(_ node: Node?) -> String? {
        guard let node, case .scalar(let s) = node else { return nil }
        let plain = s.style == .plain || s.style == .any
        if plain, ["", "~", "null", "Null", "NULL"].contains(s.string) { return nil }
        return s.string
    }

    /// Non-empty text after trimming, or nil.
    static func nonEmptyText(_ node: Node?) -> String? {
        guard let text = text(node) else { return nil }
        let trimmed = String(text.trimmingWhitespace)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Whether a node is a YAML null.
    static func isNull(_ node: Node?) -> Bool {
        guard let node else { return true }
        guard case .scalar = node else { return false }
        return text(node) == nil
    }

    /// A mapping's fields, or nil for a null; anything else is an error.
    mutating func optionalMapping(_ node: Node?, what: String) -> Fields? {
        guard let node, !NodeReader.isNull(node) else { return nil }
        return mapping(node, allowed: [], what: what)
    }

    /// A scalar's text; a list or mapping is an error.
    /// The non-empty `name` of a record's mapping (an empty one is an error).
    mutating func name(of fields: Fields, what: String) -> String? {
        guard let name = optionalText(fields["name"], what: "\(what) name") else {
            if fields["name"] != nil { error("the \(what) has an empty name", at: fields.keyLocation("name") ?? fields.location) }
            return nil
        }
        return name
    }

    mutating func optionalText(_ node: Node?, what: String) -> String? {
        guard let node else { return nil }
        guard case .scalar = node else {
            error("expected \(what) as a single value, found \(NodeReader.describe(node))", at: location(node))
            return nil
        }
        return NodeReader.nonEmptyText(node)
    }
}

extension String {
    /// Quoted for a note: in single quotes, the text on one line.
    var quotedForNote: String {
        "'" + split(whereSeparator: \.isNewline).joined(separator: " ") + "'"
    }
}

/// The shared files an import needs (the vocabulary and the licence catalogue), loaded without any
/// definitions or profiles.
public struct ImportReference: Sendable {
    public var vocabulary: Vocabulary?
    public var catalogue: LicenceCatalogue
    public var diagnostics: [Diagnostic]
    public var sources: [String: String]

    public static func load(definitionsDirectory: String) -> ImportReference {
        var reference = ImportReference(
            vocabulary: nil, catalogue: LicenceCatalogue(licences: [], aliases: []), diagnostics: [], sources: [:])
        func read(_ path: String) -> SourceFile? {
            switch SourceFile.read(path: path) {
            case .success(let file):
                reference.sources[path] = file.text
                return file
            case .failure(let diagnostic):
                reference.diagnostics.append(diagnostic.location == nil ? ImportDiagnostics.fileError(path, diagnostic) : diagnostic)
                return nil
            }
        }
        if let file = read(definitionsDirectory + "/vocabulary.yaml") {
            let loaded = VocabularyLoader.load(file)
            reference.vocabulary = loaded.value
            reference.diagnostics += loaded.diagnostics
        }
        var licences: [Licence] = []
        var aliases: [LicenceAlias] = []
        for path in Workspace.yamlFiles(in: definitionsDirectory + "/licences") {
            guard let file = read(path) else { continue }
            if FileLoader.baseName(path) == "aliases" {
                let loaded = LicenceLoader.loadAliases(file)
                aliases += loaded.value ?? []
                reference.diagnostics += loaded.diagnostics
            } else {
                let loaded = LicenceLoader.load(file)
                licences += loaded.value ?? []
                reference.diagnostics += loaded.diagnostics
            }
        }
        reference.catalogue = LicenceCatalogue(licences: licences, aliases: aliases)
        return reference
    }
}
