namespace ChatFlow.LoadTest;

internal sealed record LoadOptions(string HostDll, int Conversations, string? Postgres, string UserName, string? Output)
{
    public static LoadOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        var host = Value("--host") ?? "src/Bot/bin/Release/net10.0/ChatFlow.Bot.dll";
        if (!File.Exists(host))
        {
            throw new ArgumentException($"--host {host}: no such file; build src/Bot in Release first.");
        }

        return new LoadOptions(
            Path.GetFullPath(host),
            int.Parse(Value("--conversations") ?? "200", System.Globalization.CultureInfo.InvariantCulture),
            Value("--postgres"),
            Value("--user") ?? "carol",
            Value("--output"));
    }
}
