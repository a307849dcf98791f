namespace ChatFlow.Skills.Dialog;

/// <summary>What the bot says about currencies a money slot does not accept, in English and Korean.</summary>
internal static class CurrencyTexts
{
    /// <summary>An amount in <paramref name="found"/> where only <paramref name="accepted"/> go: names both
    /// (<c>I can only take amounts in won (KRW) or US dollars (USD), not euros (EUR).</c>).</summary>
    /// <param name="l">Language: <c>en</c> or <c>ko</c>.</param>
    /// <param name="found">ISO 4217 code of the amount given.</param>
    /// <param name="accepted">ISO 4217 codes accepted, at least one.</param>
    internal static string NotAccepted(string l, string found, IReadOnlyList<string> accepted) => DialogTexts.Pick(l,
        $"I can only take amounts in {Join(accepted.Select(c => Name("en", c)), " or ")}, not {Name("en", found)}. Please give the amount in {(accepted.Count == 1 ? "that currency" : "one of those")}.",
        $"{Name("ko", found)} 금액은 받을 수 없어요. {Join(accepted.Select(c => Name("ko", c)), "나 ")}로 알려 주세요.");

    /// <summary>An amount with more decimals than its currency has (<c>1.5 KRW</c>).</summary>
    /// <param name="l">Language: <c>en</c> or <c>ko</c>.</param>
    /// <param name="currency">ISO 4217 code.</param>
    internal static string NoMinorUnits(string l, string currency) => DialogTexts.Pick(l,
        $"Amounts in {Name("en", currency)} have no decimals; give a whole amount.",
        $"{Name("ko", currency)} 금액에는 소수점이 없습니다. 정수로 알려 주세요.");

    /// <summary>A currency's name with its code: <c>won (KRW)</c>, <c>원화(KRW)</c>; the code alone when unknown.</summary>
    internal static string Name(string l, string code)
    {
        var (en, ko) = code switch
        {
            "KRW" => ("won", "원화"),
            "USD" => ("US dollars", "미국 달러"),
            "EUR" => ("euros", "유로"),
            "JPY" => ("yen", "엔화"),
            "GBP" => ("pounds", "파운드"),
            "CNY" => ("yuan", "위안화"),
            _ => ((string?)null, (string?)null),
        };
        return l == "ko"
            ? ko is null ? code : $"{ko}({code})"
            : en is null ? code : $"{en} ({code})";
    }

    /// <summary><c>a, b or c</c>: the names joined, <paramref name="last"/> before the last one.</summary>
    private static string Join(IEnumerable<string> names, string last)
    {
        var list = names.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list[..^1]) + last + list[^1];
    }
}
