import Foundation
import OpenDefKit
import Testing

/// A throwaway corpus copy: a `SOURCE.md` naming a commit and snapshot date, and record files below it.
struct ImportCorpus {
    static let commit = "0123456789abcdef0123456789abcdef01234567"
    static let date = "2026-01-31"

    let root: String

    init(files: [String: String], sourceMD: String? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("opendef-import-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let source =
            sourceMD ?? """
            # Test corpus

            - **Repository:** https://example.org/corpus
            - **Commit:** `\(Self.commit)` (\(Self.date))
            """
        try write("SOURCE.md", source)
        for (path, text) in files { try write(path, text) }
    }

    func write(_ relativePath: String, _ text: String) throws {
        let path = root + "/" + relativePath
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func path(_ relativePath: String) -> String { root + "/" + relativePath }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

/// The repository's vocabulary and licence catalogue, loaded once.
enum ImportFixtures {
    static let reference = ImportReference.load(definitionsDirectory: Repository.definitions)

    static func run(_ source: ImportSource, _ path: String) -> ImportResult {
        Importer.run(source, path: path, catalogue: reference.catalogue, vocabulary: reference.vocabulary)
    }

    static var corpora: String { Repository.corpora }
}

extension ImportedProfile {
    /// The value of a fact as text (`unknown` when stated unknown, nil when not stated).
    func value(_ id: String) -> String? { fact(id)?.value.description }
}

/// A temporary output folder.
func importOutputFolder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("opendef-import-out-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
