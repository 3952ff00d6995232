import ArgumentParser
import Foundation
import OpenDefKit

extension OpenDefCommand {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Turn another system's records into profiles: one profile YAML per record.",
            discussion: """
                SOURCE is mot (LF AI & Data Model Openness Tool, models/*.yml), osai (European Open Source AI \
                Index) or os-ai-map (Current AI, sources/scores/*.yaml). PATH is one record or a folder of them, \
                inside a corpus copy whose SOURCE.md names the commit and snapshot date: every fact cites the record \
                and gives the snapshot date as 'accessed', so the output is the same every time. Licence strings \
                become catalogue ids only through the catalogue's ids and aliases; the others are listed on stderr \
                and in DIR/unmapped-licences.txt (how many licence facts each leaves unknown, a tab, the string; most used first). A malformed record is reported and skipped; \
                the others still import. Exit 1 if any record could not be imported.
                """
        )

        @Option(help: "Folder of definitions, vocabulary and licence catalogue.")
        var definitions: String = "Definitions"

        @Argument(help: "The system the records come from: mot, osai or os-ai-map.")
        var source: ImportSourceOption

        @Argument(help: "One record file, or a folder of records.")
        var path: String

        @Option(help: "Folder to write the profiles into (created if needed).")
        var output: String

        func run() throws {
            let context = loadContext()
            let result = Importer.run(source.value, path: path, catalogue: context.catalogue, vocabulary: context.vocabulary)
            var diagnostics = result.diagnostics
            var sources = result.sources
            sources.merge(context.sources) { first, _ in first }
            let schema = ProfileWriter.schemaReference(outputDirectory: output, definitionsDirectory: definitions)
            do {
                try ProfileWriter.write(result, to: output, schema: schema)
            } catch {
                diagnostics.append(ImportDiagnostics.fileError(output, "\(error)", hint: "check that the folder is writable"))
            }
            for line in result.skipped { Console.err("note: \(line)\n") }
            Console.err(ImportDiagnostics.render(diagnostics, sources: sources))
            if !result.unmappedLicences.isEmpty {
                let list = (output.hasSuffix("/") ? output : output + "/") + ProfileWriter.unmappedLicencesFile
                let total = result.unmappedLicences.map(\.count).reduce(0, +)
                Console.err(
                    "\(result.unmappedLicences.count) licence string\(result.unmappedLicences.count == 1 ? "" : "s") "
                        + "(\(total) use\(total == 1 ? "" : "s")) name no catalogue licence; those facts are unknown (list: \(list)):\n")
                for licence in result.unmappedLicences {
                    Console.err("  \(licence.count)\t\(licence.text)\n")
                }
                Console.err(
                    "  hint: where a string names a catalogue licence, add it to \(definitions)/licences/aliases.yaml and import again\n")
            }
            let failed = result.recordCount - result.profiles.count
            Console.out(
                "imported \(result.profiles.count) of \(result.recordCount) \(source.value.title) record\(result.recordCount == 1 ? "" : "s") into \(output)"
                    + (failed > 0 ? " (\(failed) not imported)" : "") + "\n")
            if diagnostics.hasErrors { throw ExitCode.failure }
        }

        /// The vocabulary and licence catalogue; the command stops if either has errors.
        private func loadContext() -> (vocabulary: Vocabulary, catalogue: LicenceCatalogue, sources: [String: String]) {
            let folder = definitions.count > 1 && definitions.hasSuffix("/") ? String(definitions.dropLast()) : definitions
            let reference = ImportReference.load(definitionsDirectory: folder)
            let blocking = reference.diagnostics.filter { $0.severity == .error }
            guard let vocabulary = reference.vocabulary, blocking.isEmpty else {
                let shown = blocking.isEmpty
                    ? [ImportDiagnostics.fileError(folder, "no usable vocabulary", hint: "give the definitions folder with --definitions")]
                    : blocking
                Console.err(ImportDiagnostics.render(shown, sources: reference.sources))
                OpenDefCommand.exit(withError: ExitCode.failure)
            }
            return (vocabulary, reference.catalogue, reference.sources)
        }
    }
}

enum ImportSourceOption: String, ExpressibleByArgument, CaseIterable {
    case mot, osai
    case osAIMap = "os-ai-map"

    var value: ImportSource {
        switch self {
        case .mot: .mot
        case .osai: .osai
        case .osAIMap: .osAIMap
        }
    }
}
