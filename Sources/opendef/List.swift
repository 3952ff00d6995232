import ArgumentParser
import OpenDefKit

extension OpenDefCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the definitions, models or licences.")

        enum Kind: String, ExpressibleByArgument, CaseIterable {
            case definitions, models, licences
        }

        @OptionGroup var common: CommonOptions

        @Argument(help: "What to list: definitions, models or licences.")
        var kind: Kind

        @Option(help: "Output format: text or json.")
        var format: ListFormat = .text

        func run() throws {
            let workspace = common.loadWorkspace()
            let loadErrors = workspace.diagnostics.filter { $0.severity == .error }
            if !loadErrors.isEmpty {
                Console.report(loadErrors, sources: workspace.sources, summary: false)
                Console.err("some files could not be read; run 'opendef validate' for details\n")
            }
            let rows: [ListRendering.Row] =
                switch kind {
                case .definitions: ListRendering.definitions(workspace.definitions)
                case .models: ListRendering.models(workspace.profiles)
                case .licences: ListRendering.licences(workspace.catalogue, vocabulary: workspace.vocabulary)
                }
            Console.out(format == .json ? ListRendering.json(rows) : ListRendering.text(rows))
            if !loadErrors.isEmpty { throw ExitCode.failure }
        }
    }
}
