using System.Globalization;
using System.Text;

namespace ChatFlow.LoadTest;

/// <summary>Latencies per turn kind (ms) and the host's figures; printed as a Markdown table.</summary>
internal sealed class LoadReport(LoadOptions options)
{
    private readonly Dictionary<string, List<double>> turns = [];

    public double StartupMs { get; set; }

    public double WallSeconds { get; set; }

    public double RssMb { get; set; }

    public double PeakRssMb { get; set; }

    public void Add(string kind, double ms)
    {
        if (!turns.TryGetValue(kind, out var list))
        {
            turns[kind] = list = [];
        }

        list.Add(ms);
    }

    public string ToMarkdown()
    {
        var store = options.Postgres is null ? "SQLite (embedded default)" : "PostgreSQL";
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"store: {store}; conversations: {options.Conversations}; wall: {WallSeconds:F1} s; start → first answer: {StartupMs:F0} ms; host RSS after: {RssMb:F0} MB (peak {PeakRssMb:F0} MB)");
        s.AppendLine();
        s.AppendLine("| turn | n | p50 ms | p90 ms | p99 ms | max ms |");
        s.AppendLine("|---|---|---|---|---|---|");
        foreach (var (kind, list) in turns.Append(new("all turns", turns.Where(t => !t.Key.StartsWith("sign-in", StringComparison.Ordinal)).SelectMany(t => t.Value).ToList())))
        {
            var sorted = list.Order().ToArray();
            s.AppendLine(CultureInfo.InvariantCulture, $"| {kind} | {sorted.Length} | {P(sorted, 0.50):F1} | {P(sorted, 0.90):F1} | {P(sorted, 0.99):F1} | {sorted.LastOrDefault():F1} |");
        }

        return s.ToString();
    }

    private static double P(double[] sorted, double q) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
}
