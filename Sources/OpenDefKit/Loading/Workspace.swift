import Foundation

/// Everything loaded from a definitions folder and a models folder (or from named files), with every
/// problem found while loading. Checking, compiling and evaluating start from here.
public struct Workspace: Sendable {
    public var vocabulary: Vocabulary?
    public var catalogue: LicenceCatalogue
    public var definitions: [Definition]
    public var profiles: [Profile]
    /// File texts by path, for printing source lines under diagnostics.
    public var sources: [String: String]
    public var diagnostics: [Diagnostic]
    /// The files that were loaded because they were named (for `validate PATH`), or all when nothing was named.
    public var loadedFiles: [String]

    public func definition(_ id: String) -> Definition? { definitions.first { $0.id == id } }
    public func profile(_ id: String) -> Profile? { profiles.first { $0.id == id } }

    /// Loads the vocabulary and licence catalogue from `definitionsDirectory`, then either every definition
    /// and profile (when `files` is empty) or just the named files and folders.
    ///
    /// Profiles imported from other systems live in `<models>/imported/` and are left out unless
    /// `includeImported` is set: the curated profiles are the default corpus (point `modelsDirectory` at an
    /// imported folder to work with those).
    public static func load(
        definitionsDirectory: String, modelsDirectory: String, files: [String] = [], includeImported: Bool = false
    ) -> Workspace {
        var workspace = Workspace(
            vocabulary: nil, catalogue: LicenceCatalogue(licences: [], aliases: []), definitions: [], profiles: [],
            sources: [:], diagnostics: [], loadedFiles: [])
        let vocabularyPath = definitionsDirectory + "/vocabulary.yaml"
        if let file = workspace.read(vocabularyPath) {
            let loaded = VocabularyLoader.load(file)
            workspace.vocabulary = loaded.value
            workspace.diagnostics += loaded.diagnostics
        }
        var licences: [Licence] = []
        var aliases: [LicenceAlias] = []
        for path in yamlFiles(in: definitionsDirectory + "/licences") {
            guard let file = workspace.read(path) else { continue }
            if FileLoader.baseName(path) == "aliases" {
                let loaded = LicenceLoader.loadAliases(file)
                aliases += loaded.value ?? []
                workspace.diagnostics += loaded.diagnostics
            } else {
                let loaded = LicenceLoader.load(file)
                licences += loaded.value ?? []
                workspace.diagnostics += loaded.diagnostics
            }
        }
        workspace.catalogue = LicenceCatalogue(licences: licences, aliases: aliases)

        if files.isEmpty {
            for path in definitionFiles(in: definitionsDirectory) { workspace.loadDefinition(path) }
            for path in profileFiles(in: modelsDirectory, includeImported: includeImported) { workspace.loadProfile(path) }
            workspace.loadedFiles = [vocabularyPath] + workspace.sources.keys.sorted().filter { $0 != vocabularyPath }
        } else {
            // Named files: the catalogue and vocabulary are context; definitions and profiles are
            // loaded so that references (examples, supersedes) resolve, but only the named files are reported.
            var named: [String] = []
            for path in files {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    named += yamlFiles(in: path)
                } else {
                    named.append(path)
                }
            }
            for path in named where workspace.sources[path] == nil {
                workspace.loadByContent(path)
            }
            let namedSet = Set(named)
            for path in definitionFiles(in: definitionsDirectory) where !namedSet.contains(path) {
                workspace.loadDefinition(path, quiet: true)
            }
            for path in profileFiles(in: modelsDirectory, includeImported: includeImported) where !namedSet.contains(path) {
                workspace.loadProfile(path, quiet: true)
            }
            workspace.loadedFiles = named
        }
        workspace.definitions.sort { $0.id < $1.id }
        workspace.profiles.sort { $0.id < $1.id }
        return workspace
    }

    private mutating func read(_ path: String) -> SourceFile? {
        switch SourceFile.read(path: path) {
        case .success(let file):
            sources[path] = file.text
            return file
        case .failure(let diagnostic):
            var d = diagnostic
            if d.location == nil { d.message = "\(path): \(d.message)" }
            diagnostics.append(d)
            return nil
        }
    }

    private mutating func loadDefinition(_ path: String, quiet: Bool = false) {
        if let d = load(path, quiet: quiet, with: DefinitionLoader.load) { definitions.append(d) }
    }

    private mutating func loadProfile(_ path: String, quiet: Bool = false) {
        if let p = load(path, quiet: quiet, with: ProfileLoader.load) { profiles.append(p) }
    }

    /// Reads and loads one file; `quiet` keeps its diagnostics out (a context file, not one being checked).
    private mutating func load<Value>(_ path: String, quiet: Bool, with loader: (SourceFile) -> Loaded<Value>) -> Value? {
        let before = diagnostics
        guard let file = read(path) else { return nil }
        let loaded = loader(file)
        diagnostics += loaded.diagnostics
        if quiet { diagnostics = before }
        return loaded.value
    }

    /// A named file is a profile, definition, licence file or vocabulary, told apart by its top-level keys.
    private mutating func loadByContent(_ path: String) {
        guard let file = read(path) else { return }
        let text = file.text
        func hasTopKey(_ key: String) -> Bool {
            text.hasPrefix("\(key):") || text.contains("\n\(key):")
        }
        if FileLoader.baseName(path) == "vocabulary" || hasTopKey("licence_traits") {
            diagnostics += VocabularyLoader.load(file).diagnostics
        } else if FileLoader.baseName(path) == "aliases" && hasTopKey("aliases") {
            diagnostics += LicenceLoader.loadAliases(file).diagnostics
        } else if hasTopKey("licences") {
            let loaded = LicenceLoader.load(file)
            diagnostics += loaded.diagnostics
        } else if hasTopKey("criteria") || hasTopKey("outcomes") {
            let loaded = DefinitionLoader.load(file)
            if let d = loaded.value {
                definitions.removeAll { $0.id == d.id }
                definitions.append(d)
            }
            diagnostics += loaded.diagnostics
        } else {
            let loaded = ProfileLoader.load(file)
            if let p = loaded.value {
                profiles.removeAll { $0.id == p.id }
                profiles.append(p)
            }
            diagnostics += loaded.diagnostics
        }
    }

    /// Definition files: YAML files under the folder, except the vocabulary, the licence catalogue and schemas.
    static func definitionFiles(in directory: String) -> [String] {
        yamlFiles(in: directory).filter { path in
            let relative = path.dropFirst(directory.count)
            return !relative.hasPrefix("/licences/") && !relative.hasPrefix("/_schema/")
                && FileLoader.baseName(path) != "vocabulary"
        }
    }

    /// Profile files below the models folder; those under `imported/` only when asked for.
    static func profileFiles(in directory: String, includeImported: Bool) -> [String] {
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        return yamlFiles(in: base).filter { includeImported || !$0.dropFirst(base.count).hasPrefix("/imported/") }
    }

    /// `.yaml` and `.yml` files below a folder, sorted, following no symbolic links.
    static func yamlFiles(in directory: String) -> [String] {
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
                files.append(base + "/" + relative)
            }
        }
        return files.sorted()
    }
}
