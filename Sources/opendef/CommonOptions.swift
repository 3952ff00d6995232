import ArgumentParser
import OpenDefKit

/// Where the definitions and models are.
struct CommonOptions: ParsableArguments {
    @Option(help: "Folder of definitions, vocabulary and licence catalogue.")
    var definitions: String = "Definitions"

    @Option(help: "Folder of model profiles.")
    var models: String = "Models"

    func loadWorkspace(files: [String] = []) -> Workspace {
        Workspace.load(definitionsDirectory: trimmed(definitions), modelsDirectory: trimmed(models), files: files)
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
