using System.CommandLine;

namespace Timeline.Cli;

/// <summary><c>timeline build</c>: read a corpus, run the pipeline, write timeline.json.</summary>
internal static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files and folders of articles (default: the demo corpus).", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("build", "Read articles, extract events, entities and dates, and write out/timeline.json.");
        command.Arguments.Add(inputs);
        command.SetAction(async (parse, ct) =>
        {
            await context.Out.WriteLineAsync("not yet").ConfigureAwait(false);
            return TimelineCli.Ok;
        });
        return command;
    }
}
