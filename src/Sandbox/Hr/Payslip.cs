namespace ChatFlow.Sandbox.Hr;

/// <summary>One month's payslip of one employee (schema <c>Payslip</c>), amounts in KRW.</summary>
/// <param name="Employee">Username of the employee.</param>
/// <param name="Month">Pay month, <c>yyyy-MM</c>.</param>
/// <param name="GrossPay">Gross pay.</param>
/// <param name="Deductions">Tax and social insurance withheld.</param>
/// <param name="NetPay">Paid out: gross minus deductions.</param>
/// <param name="Currency">Always <c>KRW</c>.</param>
/// <param name="PayDate">Pay date, <c>yyyy-MM-dd</c> (the 25th).</param>
internal sealed record Payslip(string Employee, string Month, decimal GrossPay, decimal Deductions, decimal NetPay, string Currency, string PayDate);
