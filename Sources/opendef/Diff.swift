import ArgumentParser
import OpenDefKit

extension OpenDefCommand {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two definitions: which models flip, why, and the exact relation over all possible models.",
            discussion: """
                The relation is decided over every profile the vocabulary allows (not sampled). Each difference \
                is described by conditions that imply it, with a witness profile built from the nearest bundled \
                model and re-checked by the evaluator.
                """
        )

        @OptionGroup var common: CommonOptions

        @Argument(help: "The first definition id.")
        var a: String

        @Argument(help: "The second definition id.")
        var b: String

        @Option(help: "The axis to compare on: open or obligations.")
        var axis: AxisOption = .open

        @Option(help: "Output format: text, markdown or json.")
        var format: OutputFormat = .text

        @Flag(help: "Exit 1 when the definitions differ (as git diff --exit-code).")
        var exitCode = false

        func run() throws {
            let session = try EvaluationSession(workspace: common.loadWorkspace(), definitionIDs: [a, b])
            let compiled = session.evaluator.definitions
            guard let x = compiled.first(where: { $0.definition.id == a }), let y = compiled.first(where: { $0.definition.id == b })
            else { throw ExitCode.failure }
            for d in [x, y] where !axis.value.applies(to: d.definition) {
                throw ValidationError("'\(d.definition.id)' states no obligations on some outcome; compare it on the open axis")
            }
            let profiles = session.workspace.profiles.filter { session.isValid($0) }
            let diff = DefinitionDiff(x, y, profiles: profiles, axis: axis.value)
            switch format {
            case .text: Console.out(DiffRendering.text(diff))
            case .markdown: Console.out(DiffRendering.markdown(diff))
            case .json: Console.out(DiffRendering.json(diff))
            }
            if exitCode && diff.symbolic.relation != .equivalent { throw ExitCode.failure }
        }
    }
}

enum AxisOption: String, ExpressibleByArgument, CaseIterable {
    case open, obligations
    var value: Axis { self == .open ? .open : .obligations }
}
