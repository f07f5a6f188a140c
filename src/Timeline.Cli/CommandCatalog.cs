using System.CommandLine;

namespace Timeline.Cli;

/// <summary>Every subcommand of the tool, one line each, in help order.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(CliContext context)
    {
        yield return BuildCommand.Create(context);
        yield return TrainNerCommand.Create(context);
        yield return ConllCommand.Create(context);
    }
}
