import ArgumentParser
import OpenDefKit

/// Where the definitions and models are.
struct CommonOptions: ParsableArguments {
    @Option(help: "Folder of definitions, vocabulary and licence catalogue.")
    var definitions: String = "Definitions"

    @Option(help: "Folder of model profiles.")
    var models: String = "Models"

    /// Whether a MODEL argument is a path to a profile file rather than a profile id.
    static func isPath(_ model: String) -> Bool {
        model.hasSuffix(".yaml") || model.hasSuffix(".yml") || model.hasSuffix(".json") || model.contains("/")
    }

    /// The workspace, with the profile file named by MODEL loaded too when it is a path.
    func loadWorkspace(model: String) -> Workspace {
        loadWorkspace(files: CommonOptions.isPath(model) ? [model] : [])
    }

    func loadWorkspace(files: [String] = [], includeImported: Bool = false) -> Workspace {
        Workspace.load(
            definitionsDirectory: trimmed(definitions), modelsDirectory: trimmed(models), files: files,
            includeImported: includeImported)
    }

    private func trimmed(_ path: String) -> String {
        path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
}

enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
