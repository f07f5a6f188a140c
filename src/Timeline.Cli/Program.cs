using Timeline.Cli;

return await TimelineCli.RunAsync(args, Console.Out, Console.Error, isTerminal: !Console.IsOutputRedirected).ConfigureAwait(false);
