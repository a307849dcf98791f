namespace ChatFlow.Sandbox.Hr;

/// <summary>A time-off request (schema <c>TimeOffRequest</c>).</summary>
/// <param name="Id">Sequential id, <c>TO-1001</c>, ….</param>
/// <param name="Employee">Username of the requester.</param>
/// <param name="StartDate">First day off, <c>yyyy-MM-dd</c>.</param>
/// <param name="EndDate">Last day off, <c>yyyy-MM-dd</c>.</param>
/// <param name="Days">Days of leave taken (<see cref="LeaveDays.Taken"/>): working days (Monday to Friday) of the
/// range, both ends included, or 0.5 for a half day.</param>
/// <param name="Type">annual, sick, parental, family or unpaid.</param>
/// <param name="Reason">Reason, possibly empty.</param>
/// <param name="Status"><c>pending</c> until the approver decides.</param>
/// <param name="Approver">Username of the requester's manager.</param>
/// <param name="CreatedAt">Creation instant (UTC).</param>
/// <param name="HalfDay"><c>morning</c> or <c>afternoon</c> for a half day, <see langword="null"/> for whole days.</param>
internal sealed record TimeOffRequest(
    string Id, string Employee, string StartDate, string EndDate, decimal Days, string Type, string Reason, string Status, string Approver,
    DateTimeOffset CreatedAt, string? HalfDay);
