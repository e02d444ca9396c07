import ArgumentParser

/// The subcommands, in the order `--help` lists them.
enum CommandRegistry {
    static let all: [ParsableCommand.Type] = [
        ExtractCommand.self,
        BuildCommand.self,
        StatsCommand.self,
        TopCommand.self,
        PathCommand.self,
        AlliancesCommand.self,
        RenderCommand.self,
        ReportCommand.self,
        ExportCommand.self,
    ]
}
