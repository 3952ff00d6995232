import ArgumentParser
import Foundation
import OpenDefKit

extension OpenDefCommand {
    struct Brief: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write Markdown policy briefs: the overview, one model, one comparison, or all of Reports/.",
            discussion: """
                Briefs are deterministic: the same files give byte-identical output, dated by the newest access \
                date of the sources, never the clock. Files are written to a temporary file and renamed, so a \
                brief is never left half written.
                """
        )

        @OptionGroup var common: CommonOptions

        @Option(help: "Brief one model (a profile id).")
        var model: String?

        @Option(parsing: .upToNextOption, help: "Brief the comparison of two definitions: --diff A B.")
        var diff: [String] = []

        @Flag(help: "Regenerate every committed brief under --output (default Reports).")
        var all = false

        @Option(help: "Where to write: a file, a folder (with --all), or - for stdout.")
        var output: String?

        func validate() throws {
            let modes = [model != nil, !diff.isEmpty, all].filter { $0 }.count
            if modes > 1 { throw ValidationError("choose one of --model, --diff and --all") }
            if !diff.isEmpty && diff.count != 2 { throw ValidationError("--diff takes two definition ids") }
            if all && output == "-" { throw ValidationError("--all writes a folder; give --output DIR") }
        }

        func run() throws {
            // One session (one check) for every brief; --diff ids are validated against it.
            let session = try EvaluationSession(workspace: common.loadWorkspace(), definitionIDs: diff)
            let all = diff.isEmpty ? session : try EvaluationSession(workspace: session.workspace, checked: session.diagnostics)
            let profiles = session.workspace.profiles.filter { session.isValid($0) }
            let set = BriefSet(definitions: all.evaluator.definitions, profiles: profiles)
            if self.all {
                let folder = output ?? "Reports"
                for (path, markdown) in set.all() {
                    try write(markdown, to: folder + "/" + path)
                }
                Console.err("wrote the briefs to \(folder)\n")
                return
            }
            let markdown: String
            if let model {
                markdown = set.model(try session.profile(model))
            } else if diff.count == 2 {
                let compiled = session.evaluator.definitions
                guard let a = compiled.first(where: { $0.definition.id == diff[0] }),
                    let b = compiled.first(where: { $0.definition.id == diff[1] })
                else { throw ExitCode.failure }
                let axis: Axis = Axis.obligations.applies(to: a.definition) && Axis.obligations.applies(to: b.definition)
                    && !a.definition.outcomes.contains(where: \.open) ? .obligations : .open
                markdown = set.diff(a, b, axis: axis)
            } else {
                markdown = set.overview()
            }
            if let output, output != "-" {
                try write(markdown, to: output)
            } else {
                Console.out(markdown)
            }
        }

        /// Writes to a temporary file beside the target, then renames it over the target.
        private func write(_ text: String, to path: String) throws {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
            try Data(text.utf8).write(to: temporary)
            // rename(2) replaces the target atomically (Foundation's replaceItemAt is unreliable on Linux).
            guard rename(temporary.path, url.path) == 0 else {
                try? FileManager.default.removeItem(at: temporary)
                throw ValidationError("cannot write \(path): \(String(cString: strerror(errno)))")
            }
        }
    }
}
