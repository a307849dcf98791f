using System.CommandLine;

namespace ChatFlow.Bot.Cli;

/// <summary><c>nlu …</c>: recogniser tools (evaluation on public intent benchmarks).</summary>
internal static class NluCommand
{
    public static Command Create()
    {
        var nlu = new Command("nlu", "Natural-language understanding tools.");
        return nlu;
    }
}
