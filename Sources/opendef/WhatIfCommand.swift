import ArgumentParser
import OpenDefKit

extension OpenDefCommand {
    struct WhatIfCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "whatif",
            abstract: "The smallest changes of facts that would give a model a target outcome under a definition.",
            discussion: """
                Unknown facts come first, as questions to put to the publisher; then the known facts that must \
                change. Every option is minimal (no change in it can be dropped) and re-checked by the evaluator.
                """
        )

        @OptionGroup var common: CommonOptions

        @Argument(help: "A profile id, or a path to a profile file.")
        var model: String

        @Option(help: "The definition id.")
        var under: String

        @Option(help: "The target outcome id (default: the first outcome with open: true).")
        var outcome: String?

        @Option(help: "Output format: text, markdown or json.")
        var format: OutputFormat = .text

        func run() throws {
            let workspace = common.loadWorkspace(model: model)
            let session = try EvaluationSession(workspace: workspace, definitionIDs: [under])
            let profile = try session.profile(model)
            guard let compiled = session.evaluator.definitions.first else { throw ExitCode.failure }
            var target: Int?
            if let outcome {
                let ids = compiled.definition.outcomes.map(\.id)
                guard let k = ids.firstIndex(of: outcome) else {
                    let hint = Suggestion.closest(to: outcome, in: ids).map { " (did you mean '\($0)'?)" } ?? ""
                    throw ValidationError("'\(under)' has no outcome '\(outcome)'\(hint); its outcomes: \(ids.joined(separator: ", "))")
                }
                target = k
            }
            guard let result = WhatIf(compiled, profile: profile, target: target) else {
                throw ValidationError("'\(under)' has no outcome with open: true; name one with --outcome")
            }
            switch format {
            case .text: Console.out(WhatIfRendering.text(result, vocabulary: compiled.table.vocabulary))
            case .markdown: Console.out(WhatIfRendering.markdown(result, vocabulary: compiled.table.vocabulary))
            case .json: Console.out(WhatIfRendering.json(result))
            }
        }
    }
}
