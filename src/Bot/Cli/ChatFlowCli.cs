using System.CommandLine;

namespace ChatFlow.Bot.Cli;

/// <summary>Commands on the host executable (<c>dotnet ChatFlow.Bot.dll &lt;command&gt; …</c>). Anything that is
/// not a command starts the host.</summary>
public static class ChatFlowCli
{
    /// <summary>Top-level command names; the first argument must be one of them to run the CLI.</summary>
    private static readonly IReadOnlyList<Func<Command>> Commands =
    [
        NluCommand.Create,
        SkillsCommand.Create,
    ];

    /// <summary>Runs a command when <paramref name="args"/> starts with a command name.</summary>
    /// <param name="args">The process arguments.</param>
    /// <returns>The exit code, or <c>null</c> when the arguments are for the host.</returns>
    public static async Task<int?> TryRunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var commands = Commands.Select(create => create()).ToList();
        if (args.Length == 0 || !commands.Any(c => c.Name == args[0]))
        {
            return null;
        }

        var root = new RootCommand("ChatFlow: chat-ops bot host and tools. Run without a command to start the host.");
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        return await root.Parse(args).InvokeAsync();
    }
}
