import ArgumentParser
import OpenDefKit

extension OpenDefCommand {
    struct Map: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The strictness relation for every pair of definitions, with a Hasse diagram (Mermaid in Markdown)."
        )

        @OptionGroup var common: CommonOptions

        @Option(help: "The axis to compare on: open or obligations.")
        var axis: AxisOption = .open

        @Option(help: "Output format: text, markdown or json.")
        var format: OutputFormat = .text

        func run() throws {
            let session = try EvaluationSession(workspace: common.loadWorkspace(), definitionIDs: [])
            let map = StrictnessMap(session.evaluator.definitions, axis: axis.value)
            switch format {
            case .text: Console.out(MapRendering.text(map))
            case .markdown: Console.out(MapRendering.markdown(map))
            case .json: Console.out(MapRendering.json(map))
            }
        }
    }
}
