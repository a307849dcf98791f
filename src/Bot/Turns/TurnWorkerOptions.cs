using System.ComponentModel.DataAnnotations;

namespace ChatFlow.Bot.Turns;

/// <summary>Turn worker settings, section <c>ChatFlow:Worker</c>.</summary>
public sealed class TurnWorkerOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "ChatFlow:Worker";

    /// <summary>Concurrent claim loops per process.</summary>
    /// <value>Default 4.</value>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 4;

    /// <summary>Most inbox rows one loop claims, processes and commits together (one claim statement, one commit
    /// transaction per batch).</summary>
    /// <value>Default 64.</value>
    [Range(1, 512)]
    public int ClaimBatchSize { get; set; } = 64;

    /// <summary>Turns of one claim batch processed at the same time (each loop; bounds concurrent connector calls).</summary>
    /// <value>Default 16.</value>
    [Range(1, 256)]
    public int TurnParallelism { get; set; } = 16;

    /// <summary>How long a claim lasts before another worker may take the row over.</summary>
    /// <value>Default 60 s.</value>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often an idle worker looks for rows written by other replicas.</summary>
    /// <value>Default 250 ms.</value>
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Attempts before a failing row is dead-lettered.</summary>
    /// <value>Default 5.</value>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;
}
