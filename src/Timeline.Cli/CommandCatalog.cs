using System.CommandLine;

namespace Timeline.Cli;

/// <summary>Every subcommand of the tool, one line each, in help order.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(CliContext context)
    {
        yield return BuildCommand.Create(context);
        yield return StatsCommand.Create(context);
        yield return TimeMlCommand.Create(context);
        yield return TimeMlEvalCommand.Create(context);
        yield return QueryCommand.Create(context);
        yield return LoadCommand.Create(context);
        yield return ExportCommand.Create(context);
        yield return TrainNerCommand.Create(context);
        yield return ConllCommand.Create(context);
        yield return MentionsCommand.Create(context);
    }
}
