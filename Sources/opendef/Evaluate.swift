import ArgumentParser
import Foundation
import OpenDefKit

extension OpenDefCommand {
    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Evaluate one model under every definition (or those named with --under), with the reasons."
        )

        @OptionGroup var common: CommonOptions

        @Argument(help: "A profile id from --models, or a path to a profile file.")
        var model: String

        @Option(name: .customLong("under"), help: "A definition id (repeatable; default: every definition).")
        var under: [String] = []

        @Option(help: "Output format: text, markdown or json.")
        var format: OutputFormat = .text

        func run() throws {
            let workspace = common.loadWorkspace(model: model)
            let session = try EvaluationSession(workspace: workspace, definitionIDs: under)
            let profile = try session.profile(model)
            let evaluations = session.evaluator.evaluate(profile)
            switch format {
            case .text: Console.out(EvaluationText.render(profile: profile, evaluations: evaluations))
            case .markdown: Console.out(EvaluationMarkdown.render(profile: profile, evaluations: evaluations))
            case .json: Console.out(EvaluationJSON.render(profile: profile, evaluations: evaluations))
            }
        }
    }
}

/// A checked workspace with its definitions compiled, ready to evaluate.
struct EvaluationSession {
    let workspace: Workspace
    let diagnostics: [Diagnostic]
    let evaluator: Evaluator

    init(workspace: Workspace, definitionIDs: [String]) throws {
        try self.init(workspace: workspace, checked: Checker.check(workspace), definitionIDs: definitionIDs)
    }

    /// A session over a workspace already checked (its diagnostics given), so the check is not run twice.
    init(workspace: Workspace, checked diagnostics: [Diagnostic], definitionIDs: [String] = []) throws {
        self.workspace = workspace
        self.diagnostics = diagnostics
        let allIDs = workspace.definitions.map(\.id)
        for id in definitionIDs where !allIDs.contains(id) {
            let hint = Suggestion.closest(to: id, in: allIDs).map { " (did you mean '\($0)'?)" } ?? ""
            throw ValidationError("unknown definition '\(id)'\(hint); 'opendef list definitions' shows the ids")
        }
        let selected = definitionIDs.isEmpty ? workspace.definitions : definitionIDs.compactMap(workspace.definition)
        guard let vocabulary = workspace.vocabulary else {
            Console.report(diagnostics.filter { $0.severity == .error }, sources: workspace.sources)
            throw ExitCode.failure
        }
        // The shared files and the selected definitions must be free of errors.
        let shared = Set([vocabulary.file] + workspace.catalogue.licences.map(\.file))
        let files = shared.union(selected.map(\.file))
        let blocking = diagnostics.filter { $0.severity == .error && ($0.location.map { files.contains($0.file) } ?? true) }
        if !blocking.isEmpty {
            Console.report(blocking, sources: workspace.sources)
            throw ExitCode.failure
        }
        let table = FactTable(vocabulary: vocabulary, catalogue: workspace.catalogue, profiles: workspace.profiles)
        evaluator = Evaluator(table: table, definitions: selected.compactMap { Compiler.compile($0, table: table) })
    }

    /// The profile named by id or path, free of errors (or the command stops with them).
    func profile(_ model: String) throws -> Profile {
        let profile: Profile
        if CommonOptions.isPath(model) {
            guard let loaded = workspace.profiles.first(where: { $0.file == model }) else {
                fail(with: workspace.diagnostics.filter { $0.location?.file == model || $0.location == nil })
            }
            profile = loaded
        } else {
            guard let found = workspace.profile(model) else {
                let hint = Suggestion.closest(to: model, in: workspace.profiles.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
                throw ValidationError("unknown model '\(model)'\(hint); 'opendef list models' shows the ids")
            }
            profile = found
        }
        requireValid(files: [profile.file])
        return profile
    }

    func isValid(_ profile: Profile) -> Bool {
        !diagnostics.contains { $0.severity == .error && $0.location?.file == profile.file }
    }

    /// Stops with the errors of the named files, if any.
    func requireValid(files: [String]) {
        let blocking = diagnostics.filter { $0.severity == .error && files.contains($0.location?.file ?? "") }
        if !blocking.isEmpty { fail(with: blocking) }
    }

    func fail(with diagnostics: [Diagnostic]) -> Never {
        Console.report(diagnostics, sources: workspace.sources)
        OpenDefCommand.exit(withError: ExitCode.failure)
    }
}
