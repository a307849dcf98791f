namespace ChatFlow.Sandbox.Erp;

/// <summary>A registered vendor (schema <c>Vendor</c>).</summary>
/// <param name="Id">Sequential id, <c>V-1001</c>, <c>V-1002</c>, ….</param>
/// <param name="Name">Company name, 1–200 characters.</param>
/// <param name="BusinessRegistrationNumber">Korean business registration number, <c>000-00-00000</c>.</param>
/// <param name="Address">Postal address, 1–500 characters.</param>
/// <param name="ContactEmail">Contact email address.</param>
/// <param name="CreatedBy">Username of the user whose token created it.</param>
/// <param name="CreatedAt">Creation instant (UTC).</param>
internal sealed record Vendor(
    string Id,
    string Name,
    string BusinessRegistrationNumber,
    string Address,
    string ContactEmail,
    string CreatedBy,
    DateTimeOffset CreatedAt);
