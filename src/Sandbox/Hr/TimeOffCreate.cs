using System.Text.Json.Serialization;

namespace ChatFlow.Sandbox.Hr;

/// <summary>Body of <c>requestTimeOff</c> (schema <c>TimeOffCreate</c>); unknown properties are refused.</summary>
/// <param name="Dates">ISO 8601 date interval <c>2026-03-05/2026-03-07</c> (inclusive), or one date.</param>
/// <param name="Type">One of <see cref="TimeOffEndpoints.Types"/>.</param>
/// <param name="Reason">Optional reason, up to 500 characters.</param>
/// <param name="HalfDay">Optional: <c>morning</c> or <c>afternoon</c> for half a day (one working day only);
/// <see langword="null"/> or empty for whole days.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record TimeOffCreate(string? Dates, string? Type, string? Reason, string? HalfDay = null);
