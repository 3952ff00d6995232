import Foundation
import OpenDefKit

/// The repository's own files, found from this source file's location.
enum Repository {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    static var definitions: String { root + "/Definitions" }
    static var models: String { root + "/Models" }

    /// The shared corpora sit beside the checkout (and beside CI's clone).
    static var corpora: String { root + "/../shared/corpora" }

    static func workspace() -> Workspace {
        Workspace.load(definitionsDirectory: definitions, modelsDirectory: models)
    }
}
