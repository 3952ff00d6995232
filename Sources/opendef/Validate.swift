import ArgumentParser
import OpenDefKit

extension OpenDefCommand {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check definitions, profiles, the vocabulary and the licence catalogue; report every problem.",
            discussion: """
                With no PATH, checks everything under --definitions and --models, imported profiles included. \
                Each problem is printed as \
                path:line:col: error|warning: message, with the source line and a caret. Exit 1 on any error.
                """
        )

        @OptionGroup var common: CommonOptions

        @Argument(help: "Files or folders to check (default: all).")
        var paths: [String] = []

        func run() throws {
            // Everything, imported profiles included, unless files are named.
            let workspace = common.loadWorkspace(files: paths, includeImported: true)
            var diagnostics = Checker.check(workspace)
            if !paths.isEmpty {
                // Context files (vocabulary, catalogue, other definitions) are loaded to resolve references;
                // report on the named files, plus anything that stops them from being checked at all.
                let named = Set(workspace.loadedFiles)
                diagnostics = diagnostics.filter { d in
                    guard let file = d.location?.file else { return true }
                    return named.contains(file) || (d.severity == .error && !isDefinitionOrProfile(file, workspace))
                }
            }
            Console.report(diagnostics, sources: workspace.sources)
            if diagnostics.hasErrors { throw ExitCode.failure }
            let files = workspace.loadedFiles.count
            Console.err("checked \(files) file\(files == 1 ? "" : "s"): no errors\n")
        }

        private func isDefinitionOrProfile(_ file: String, _ workspace: Workspace) -> Bool {
            workspace.definitions.contains { $0.file == file } || workspace.profiles.contains { $0.file == file }
        }
    }
}
