namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Which way a date that names no week, month or year (<c>Friday</c>, <c>the 20th</c>, <c>March 5</c>,
/// <c>금요일</c>) is placed around today.</summary>
public enum DateLean
{
    /// <summary>As usual: a weekday is its next occurrence (today included), a day of the month is in this month,
    /// a month and day without a year in this year.</summary>
    Default = 0,

    /// <summary>The latest such day not after today: a weekday is its last occurrence (today included), a day of
    /// the month after today is last month's, a month and day after today last year's. For a spend already made.</summary>
    Past = 1,

    /// <summary>The first such day not before today: a weekday is its next occurrence, a day of the month before
    /// today is next month's, a month and day before today next year's.</summary>
    Future = 2,
}
