import ArgumentParser

@main
struct OpenDefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opendef",
        abstract: "Compare competing definitions of open-source AI, exactly and with sources.",
        discussion: """
            Definitions are YAML rule sets in ./Definitions; model profiles are sourced facts in ./Models.
            Results go to stdout, diagnostics to stderr. Exit codes: 0 success, 1 invalid input, 64 usage.
            """,
        version: "0.1.0",
        subcommands: [Validate.self, Evaluate.self, Diff.self, Map.self, WhatIfCommand.self, Brief.self, List.self, Import.self]
    )
}
