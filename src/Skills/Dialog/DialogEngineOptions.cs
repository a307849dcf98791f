namespace ChatFlow.Skills.Dialog;

/// <summary>Tuning of <see cref="DialogEngine"/>.</summary>
public sealed record DialogEngineOptions
{
    /// <summary>Clock for turns that carry no receive time (<c>Turn.ReceivedAtMs</c> = 0). Default
    /// <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Time zone relative dates (<c>tomorrow</c>, <c>다음 주 금요일</c>) resolve in when the turn carries no
    /// <c>Turn.TimeZone</c> of the user's own. Default Asia/Seoul.</summary>
    public TimeZoneInfo TimeZone { get; init; } = Recognition.Entities.EntityContext.Seoul;

    /// <summary>Lowest recogniser score (0..1) at which an utterance typed during a run counts as asking for a
    /// different skill (the user is asked whether to switch). Default 0.5.</summary>
    public double SwitchThreshold { get; init; } = 0.5;

    /// <summary>Whether a skill id may start a new run; a request for a disabled skill gets a polite refusal, while runs
    /// already under way on it finish (or cancel) as usual. Default <c>null</c>: every skill is enabled.</summary>
    public Func<string, bool>? IsSkillEnabled { get; init; }
}
