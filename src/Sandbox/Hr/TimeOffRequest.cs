namespace ChatFlow.Sandbox.Hr;

/// <summary>A time-off request (schema <c>TimeOffRequest</c>).</summary>
/// <param name="Id">Sequential id, <c>TO-1001</c>, ….</param>
/// <param name="Employee">Username of the requester.</param>
/// <param name="StartDate">First day off, <c>yyyy-MM-dd</c>.</param>
/// <param name="EndDate">Last day off, <c>yyyy-MM-dd</c>.</param>
/// <param name="Days">Calendar days, both ends included.</param>
/// <param name="Type">annual, sick, parental, family or unpaid.</param>
/// <param name="Reason">Reason, possibly empty.</param>
/// <param name="Status"><c>pending</c> until the approver decides.</param>
/// <param name="Approver">Username of the requester's manager.</param>
/// <param name="CreatedAt">Creation instant (UTC).</param>
internal sealed record TimeOffRequest(
    string Id, string Employee, string StartDate, string EndDate, int Days, string Type, string Reason, string Status, string Approver,
    DateTimeOffset CreatedAt);
