using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Finds typed values in English and Korean text: e-mail addresses, Slack and Teams mentions, Korean
/// business registration numbers, date ranges, dates, months, money, durations and numbers.</summary>
/// <remarks>Kinds are found in that priority order; a match overlapping an earlier one is dropped, so
/// <c>3월 5일</c> is a date (not a duration <c>5일</c>) and <c>45,000원</c> is money (not a number). Relative
/// expressions are resolved against <see cref="EntityContext"/>. Pure and thread-safe.</remarks>
public static partial class EntityExtractor
{
    private static readonly EntityContext Unanchored = new(new DateTimeOffset(2000, 1, 3, 0, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![0-9\-])([0-9]{3})-?([0-9]{2})-?([0-9]{5})(?![0-9\-])", RegexOptions.CultureInvariant)]
    private static partial Regex BrnPattern();

    [GeneratedRegex(@"<@(?<id>[UW][A-Z0-9]{2,})(?:\|[^>]*)?>|<at>(?<name>[^<]{1,100})</at>", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    internal static partial Regex WholeEmail();

    [GeneratedRegex(@"(?:(?<sym>US\$|₩|\$|€|£|¥|￦)|\b(?<code>USD|KRW|EUR|JPY|GBP|CNY)\b)\s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyBefore();

    [GeneratedRegex(@"^\s?(?:(?<ko>원|달러|불|유로|엔|위안)|(?<word>USD|KRW|EUR|JPY|GBP|CNY|won|dollars?|bucks|euros?|yen|pounds?|yuan)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyAfter();

    [GeneratedRegex(@"^\s*(?:~|-|–|—|/|to|through|thru|until|till|and|부터|에서|~부터)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeJoin();

    [GeneratedRegex(@"(?:\bfrom|\bbetween)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeLead();

    [GeneratedRegex(@"\G\s*까지", RegexOptions.CultureInvariant)]
    private static partial Regex RangeTail();

    [GeneratedRegex(@"\G\s*(?:~|-|–|—|to|through|thru|until|till|부터)\s*(?<d>\d{1,2})(?:st|nd|rd|th|일)?(?![\d/]|\s*(?:월|시간|주))(?<tail>\s*까지)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeEndDay();

    [GeneratedRegex(@"\G\s*(?:(?<ko>부터)|(?:,\s*)?(?:for|starting\s+for))\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeForLead();

    [GeneratedRegex(@"^the\s+\d{1,2}(?:st|nd|rd|th)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareOrdinal();

    [GeneratedRegex(@"\d{4}|'\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex HasYear();

    /// <summary>"and the day after" / "and the next day" after a date: that day and the next.</summary>
    [GeneratedRegex(@"\G\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?(?:day\s+after|next\s+day|following\s+day)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndDayAfter();

    /// <summary>A duration before "starting"/"from" and a date: "3 days starting Monday", "two days off from
    /// tomorrow". The duration itself is read by <see cref="DurationScanner"/> at the match's start.</summary>
    [GeneratedRegex(@"(?<dur>(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of|couple\s+of)\s+(?:(?:business|working|full)\s+)?(?:days?|weeks?))\s+(?:off\s+|of\s+(?:leave|vacation|pto)\s+|leave\s+|vacation\s+)?(?:starting|beginning|commencing|from)(?:\s+(?:on|from))?\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationLead();

    /// <summary>Weekdays of one week written as syllables: <c>다음 주 월화</c>, <c>이번 주 목~금</c>, <c>담주 월-수</c>,
    /// <c>목, 금</c>, <c>목금</c>, <c>월~수</c>. A span (<c>~</c>, <c>-</c>, <c>부터</c>, <c>까지</c>) is every day
    /// between; a list (<c>목, 금</c>, <c>목금</c>) only when its days follow each other. Without a week, the week of
    /// the first day's next occurrence (last, leaning to the past).</summary>
    [GeneratedRegex(@"(?<![가-힣\d])(?:(?<krel>다음\s?주|담주|이번\s?주|금주)\s?)?(?<a>[월화수목금토일])(?:요일)?(?:\s?(?<span>~|-|–|부터)\s?|\s?(?<list>[,/·])\s?|(?<=요일)\s|(?<=주\s?[월화수목금토일](?:요일)?)\s)?(?<b>[월화수목금토일])(?:요일)?(?<tail>\s?까지)?(?:(?![가-힣])|(?=에|요|은|는|만|도|이틀|사흘|연차|휴가|병가|쉬))",
        RegexOptions.CultureInvariant)]
    private static partial Regex KoreanWeekdayPair();

    /// <summary>A named week: <c>next week</c>, <c>all next week</c>, <c>the whole of next week</c>, <c>this week</c>,
    /// <c>all week</c>, <c>the rest of the week</c>, <c>다음 주</c>, <c>다음주 내내</c>, <c>다음 주 전부</c>.</summary>
    [GeneratedRegex(@"\b(?:(?:all|the\s+whole|the\s+entire|whole|entire|the\s+rest)\s+(?:of\s+)?)?(?<rel>next|this|last)\s+week\b(?:\s+long\b)?"
        + @"|\b(?<now>all\s+week(?:\s+long)?|the\s+(?:whole|entire)\s+week|(?:the\s+)?rest\s+of\s+the\s+week)\b(?!\s+(?:of|next|last)\b)"
        + @"|(?<![가-힣])(?<krel>다음\s?주|담주|이번\s?주|금주|지난\s?주|저번\s?주)(?!\s?[월화수목금토일](?:요일|\s?[월화수목금토일,~\-–/·]))(?:\s?(?:내내|전부|전체|모두|통째로|통으로|풀로)(?![가-힣]))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekPattern();

    /// <summary>The words before a date that make it name its week: <c>the week of</c>, <c>all the week of</c>.</summary>
    [GeneratedRegex(@"\b(?:(?:all|the\s+whole|the\s+entire|whole|entire)\s+(?:of\s+)?)?(?:the\s+)?week\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekOfLead();

    /// <summary>The words after a date that make it name its week: <c>12월 14일이 있는 주</c>, <c>14일 낀 주 내내</c>.</summary>
    [GeneratedRegex(@"^\s?(?:이\s?)?(?:있는|들어\s?있는|낀)\s?주(?:\s?(?:내내|전부|전체|동안))?(?![가-힣])", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanWeekOfTail();

    /// <summary>A holiday break of three days: <c>설 연휴</c>, <c>추석 연휴</c>, <c>Chuseok holidays</c>.</summary>
    [GeneratedRegex(@"(?<![가-힣])(?<h>설날?|구정|추석|한가위)\s?연휴|\b(?<h>lunar\s+new\s+year|seollal|chuseok)(?:['’]s)?\s+(?:holidays?|break)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HolidayBreak();

    /// <summary>All entities in <paramref name="text"/>, by position.</summary>
    /// <param name="text">The utterance.</param>
    /// <param name="context">The clock and time zone relative dates resolve against.</param>
    /// <returns>Non-overlapping entities ordered by <see cref="Entity.Index"/>.</returns>
    public static IReadOnlyList<Entity> Extract(string text, EntityContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        return Extract(text, context, wanted: null);
    }

    /// <summary>Entities resolved against a fixed day: spans and clock-independent values only (used to find slot
    /// values before a turn's clock is known). Only the scanners <paramref name="wanted"/> needs run (dates also
    /// for ranges and months, numbers also for money).</summary>
    internal static IReadOnlyList<Entity> ExtractSpans(string text, IReadOnlySet<EntityKind> wanted) => Extract(text, Unanchored, wanted);

    private static List<Entity> Extract(string text, EntityContext context, IReadOnlySet<EntityKind>? wanted)
    {
        bool Wants(EntityKind kind) => wanted is null || wanted.Contains(kind);
        var found = new List<Entity>();
        var today = context.Today;
        AddAll(found, Emails(text));
        if (Wants(EntityKind.Mention))
        {
            AddAll(found, Mentions(text));
        }

        AddAll(found, Brns(text));
        if (Wants(EntityKind.Date) || Wants(EntityKind.DateRange) || Wants(EntityKind.Month))
        {
            var lean = LeanOf(text, context);
            var dates = DateScanner.Find(text, today, lean).Where(d => Free(found, d.Index, d.Length)).ToList();
            var (ranges, listed) = Ranges(text, dates, today, lean);
            AddAll(found, ranges);
            AddAll(found, dates.Where((_, i) => !listed.Contains(i))
                .Select(d => new Entity(EntityKind.Date, Iso(d.Date), d.Index, d.Length) { Start = d.Date }));
        }

        if (Wants(EntityKind.Month))
        {
            AddAll(found, MonthScanner.Find(text, today).Select(m =>
                new Entity(EntityKind.Month, MonthScanner.Iso(m.First), m.Index, m.Length) { Start = m.First }));
        }

        if (Wants(EntityKind.Money) || Wants(EntityKind.Number) || Wants(EntityKind.Duration))
        {
            var numbers = NumberScanner.Find(text);
            AddAll(found, MoneyMinorUnits.Apply(text, numbers, Money(text, numbers), found));
            AddAll(found, DurationScanner.Find(text).Select(d =>
                new Entity(EntityKind.Duration, d.Iso, d.Index, d.Length) { Amount = d.Count }));
            AddAll(found, numbers.Select(n =>
                new Entity(EntityKind.Number, NumberScanner.Format(n.Value), n.Index, n.Length) { Amount = n.Value }));
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    /// <summary>E-mail addresses and business registration numbers only, by position.</summary>
    internal static IReadOnlyList<Entity> Extract(string text)
    {
        var found = new List<Entity>();
        AddAll(found, Emails(text));
        AddAll(found, Brns(text));
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    /// <summary>The lean dates in <paramref name="text"/> take: the context's, else the past when the text speaks of it
    /// (<c>I spent $30 on Friday</c>).</summary>
    internal static DateLean LeanOf(string text, EntityContext context) =>
        context.Lean != DateLean.Default ? context.Lean : Tense.IsPast(text) ? DateLean.Past : DateLean.Default;

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The normalised money value: the amount with the currency's minor digits, a space, the code.</summary>
    internal static string MoneyValue(decimal amount, string currency) =>
        amount.ToString(MinorDigits(currency) == 0 ? "0.##" : "0.00", CultureInfo.InvariantCulture) + " " + currency;

    internal static int MinorDigits(string currency) => currency is "KRW" or "JPY" ? 0 : 2;

    private static IEnumerable<Entity> Emails(string text) =>
        EmailPattern().Matches(text).Select(m => new Entity(EntityKind.Email, m.Value, m.Index, m.Length));

    private static IEnumerable<Entity> Mentions(string text) =>
        MentionPattern().Matches(text).Select(m => new Entity(EntityKind.Mention,
            m.Groups["id"].Success ? m.Groups["id"].Value : m.Groups["name"].Value.Trim(), m.Index, m.Length));

    private static IEnumerable<Entity> Brns(string text) =>
        BrnPattern().Matches(text).Select(m => new Entity(EntityKind.BusinessRegistrationNumber,
            $"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}", m.Index, m.Length));

    private static IEnumerable<Entity> Money(string text, List<NumberScanner.Token> numbers)
    {
        foreach (var n in numbers)
        {
            string? currency = null;
            var start = n.Index;
            var end = n.Index + n.Length;
            var before = CurrencyBefore().Match(text[..n.Index]);
            if (before.Success)
            {
                currency = before.Groups["sym"].Success
                    ? before.Groups["sym"].Value switch { "₩" or "￦" => "KRW", "€" => "EUR", "£" => "GBP", "¥" => "JPY", _ => "USD" }
                    : before.Groups["code"].Value.ToUpperInvariant();
                start = before.Index;
            }

            var after = CurrencyAfter().Match(text[end..]);
            if (after.Success && (currency is null || text.AsSpan(end, after.Length).Trim().ToString() == "원"))
            {
                var word = (after.Groups["ko"].Success ? after.Groups["ko"].Value : after.Groups["word"].Value).ToLowerInvariant();
                currency ??= word switch
                {
                    "원" or "won" or "krw" => "KRW",
                    "유로" or "euro" or "euros" or "eur" => "EUR",
                    "엔" or "yen" or "jpy" => "JPY",
                    "pound" or "pounds" or "gbp" => "GBP",
                    "위안" or "yuan" or "cny" => "CNY",
                    _ => "USD",
                };
                end += after.Length;
            }

            if (currency is not null)
            {
                // "-5,000원", "-$20": a minus sign right before keeps the amount negative (validation then refuses it)
                // rather than silently turning a refund or a typo into a claim.
                var negative = start > 0 && text[start - 1] is '-' or '−' && (start == 1 || !char.IsLetterOrDigit(text[start - 2]));
                var amount = negative ? -n.Value : n.Value;
                start -= negative ? 1 : 0;
                yield return new Entity(EntityKind.Money, MoneyValue(amount, currency), start, end - start)
                {
                    Amount = amount,
                    Currency = currency,
                };
            }
        }
    }

    /// <summary>The date ranges in <paramref name="text"/>, and the indexes of <paramref name="dates"/> that are days
    /// listed together but not one after another (<c>Monday and Wednesday</c>, <c>월요일, 수요일</c>): one date or
    /// range cannot hold them, so they are not given as dates either, and a date or range slot stays empty (the
    /// dialog asks) rather than taking the first day alone.</summary>
    private static (List<Entity> Ranges, HashSet<int> Listed) Ranges(string text, List<DateScanner.Token> dates, DateOnly today, DateLean lean)
    {
        var ranges = new List<Entity>();
        var used = new HashSet<int>();
        var listed = new HashSet<int>();
        foreach (Match m in HolidayBreak().Matches(text))
        {
            if (DateScanner.HolidayBreak(m.Groups["h"].Value, today, lean) is var (from, to))
            {
                ranges.Add(Range(from, to, m.Index, m.Index + m.Length));
                used.UnionWith(Enumerable.Range(0, dates.Count).Where(i => dates[i].Index < m.Index + m.Length && m.Index < dates[i].Index + dates[i].Length));
            }
        }

        // "the week of Dec 14", "12월 14일이 있는 주": that date's week, Monday to Friday.
        for (var i = 0; i < dates.Count; i++)
        {
            var day = dates[i];
            var lead = WeekOfLead().Match(text[..day.Index]);
            var tail = lead.Success ? Match.Empty : KoreanWeekOfTail().Match(text[(day.Index + day.Length)..]);
            if (used.Contains(i) || !(lead.Success || tail.Success))
            {
                continue;
            }

            var monday = DateScanner.WeekStart(day.Date);
            ranges.Add(Range(monday, monday.AddDays(4), lead.Success ? lead.Index : day.Index, day.Index + day.Length + (tail.Success ? tail.Length : 0)));
            used.Add(i);
        }

        for (var i = 0; i < dates.Count; i++)
        {
            if (used.Contains(i))
            {
                continue;
            }

            var first = dates[i];
            var start = first.Index;
            var lead = RangeLead().Match(text[..start]);
            if (lead.Success)
            {
                start = lead.Index;
            }

            var firstEnd = first.Index + first.Length;
            var durationLead = DurationLead().Match(text[..first.Index]);
            if (durationLead.Success && DurationScanner.At(text, durationLead.Index) is { } leading
                && leading.DaysFrom(first.Date) is > 0 and var leadDays)
            {
                ranges.Add(Range(first.Date, first.Date.AddDays(leadDays - 1), durationLead.Index, firstEnd));
                continue;
            }

            // Days listed together ("Thursday and Friday", "목요일 금요일", "Mon, Tue and Wed"): one stretch when each
            // follows the last (or the last working day before it: "Friday and Monday"), else days one range cannot hold.
            var run = i;
            while (run + 1 < dates.Count && !used.Contains(run + 1)
                && DateScanner.ListJoin().IsMatch(text.AsSpan(dates[run].Index + dates[run].Length, dates[run + 1].Index - dates[run].Index - dates[run].Length)))
            {
                run++;
            }

            if (run > i && Enumerable.Range(i, run - i).All(k => dates[k + 1].Date == WorkingDays.After(dates[k].Date) || dates[k + 1].Date == dates[k].Date.AddDays(1)))
            {
                var end = dates[run].Index + dates[run].Length;
                var tail = RangeTail().Match(text, end);
                ranges.Add(Range(first.Date, dates[run].Date, start, end + (tail.Success ? tail.Length : 0)));
                used.UnionWith(Enumerable.Range(i + 1, run - i));
                continue;
            }

            if (run > i && !lead.Value.StartsWith("between", StringComparison.OrdinalIgnoreCase))
            {
                listed.UnionWith(Enumerable.Range(i, run - i + 1));
                used.UnionWith(Enumerable.Range(i + 1, run - i));
                continue;
            }

            var dayAfter = AndDayAfter().Match(text, firstEnd);
            if (dayAfter.Success)
            {
                ranges.Add(Range(first.Date, first.Date.AddDays(1), start, dayAfter.Index + dayAfter.Length));
                continue;
            }

            if (i + 1 < dates.Count && RangeJoin().IsMatch(text[firstEnd..dates[i + 1].Index])
                && (!text[firstEnd..dates[i + 1].Index].Trim().Equals("and", StringComparison.OrdinalIgnoreCase)
                    || lead.Value.StartsWith("between", StringComparison.OrdinalIgnoreCase)))
            {
                var second = dates[i + 1];
                var last = second.Date;
                if (BareOrdinal().IsMatch(text.AsSpan(first.Index, first.Length)) && text.AsSpan(second.Index, second.Length).Contains(" of ", StringComparison.OrdinalIgnoreCase)
                    && DateScanner.Make(second.Date.Year, second.Date.Month, first.Date.Day) is { } sameMonth)
                {
                    first = first with { Date = sameMonth }; // "the 1st to the 3rd of next month": both next month
                }

                if (last < first.Date && !second.Explicit)
                {
                    last = last.AddDays(7);
                }
                else if (last < first.Date && last.Month < first.Date.Month && !HasYear().IsMatch(text.AsSpan(second.Index, second.Length)))
                {
                    last = last.AddYears(1); // "Dec 22 through Jan 2": the January after
                }

                var end = second.Index + second.Length;
                var tail = RangeTail().Match(text, end);
                end += tail.Success ? tail.Length : 0;
                if (last >= first.Date)
                {
                    var (from, to) = lean == DateLean.Past
                        ? Gone(first, first.Date, last, today)
                        : Upcoming(text, first, second, first.Date, last, today);
                    ranges.Add(Range(from, to, start, end));
                    used.Add(i + 1);
                }

                continue;
            }

            var endDay = RangeEndDay().Match(text, firstEnd);
            if (first.Explicit && endDay.Success
                && int.Parse(endDay.Groups["d"].Value, CultureInfo.InvariantCulture) is var d and > 0
                && (d > first.Date.Day || endDay.Groups["tail"].Success))
            {
                var last = DateScanner.Make(first.Date.Year, first.Date.Month, d)
                    ?? (first.Date.AddMonths(1) is var next ? DateScanner.Make(next.Year, next.Month, d) : null);
                if (last is { } l && l < first.Date)
                {
                    l = first.Date.AddMonths(1) is var nm && DateScanner.Make(nm.Year, nm.Month, d) is { } x ? x : l;
                    last = l;
                }

                if (last is { } lastDay && lastDay >= first.Date)
                {
                    ranges.Add(Range(first.Date, lastDay, start, endDay.Index + endDay.Length));
                    continue;
                }
            }

            var forLead = RangeForLead().Match(text, firstEnd);
            if (forLead.Success && forLead.Index == firstEnd
                && DurationScanner.At(text, firstEnd + forLead.Length) is { } duration
                && duration.DaysFrom(first.Date) is > 0 and var days)
            {
                var end = duration.Index + duration.Length;
                var tail = RangeTail().Match(text, end);
                end += tail.Success ? tail.Length : 0;
                ranges.Add(Range(first.Date, first.Date.AddDays(days - 1), start, end));
            }
        }

        foreach (Match m in KoreanWeekdayPair().Matches(text))
        {
            const string days = "월화수목금토일";
            var (a, b) = (days.IndexOf(m.Groups["a"].Value[0]), days.IndexOf(m.Groups["b"].Value[0]));
            var span = m.Groups["span"].Success || m.Groups["tail"].Success;
            if (!(span ? b > a : b == a + 1) || ranges.Any(r => Overlaps(r, m.Index, m.Length))
                || listed.Any(k => dates[k].Index < m.Index + m.Length && m.Index < dates[k].Index + dates[k].Length))
            {
                continue;
            }

            var first = m.Groups["krel"].Success
                ? DateScanner.WeekStart(today).AddDays((m.Groups["krel"].Value.Replace(" ", "", StringComparison.Ordinal) is "다음주" or "담주" ? 7 : 0) + a)
                : DateScanner.OnWeekday(today, a, null, lean);
            ranges.Add(Range(first, first.AddDays(b - a), m.Index, m.Index + m.Length));
        }

        foreach (Match m in WeekPattern().Matches(text))
        {
            if (ranges.Any(r => Overlaps(r, m.Index, m.Length)) || dates.Any(d => m.Index < d.Index + d.Length && d.Index < m.Index + m.Length))
            {
                continue;
            }

            var rel = (m.Groups["rel"].Success ? m.Groups["rel"].Value : m.Groups["now"].Success ? "this" : m.Groups["krel"].Value)
                .Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
            var weeks = rel switch { "next" or "다음주" or "담주" => 1, "this" or "이번주" or "금주" => 0, _ => -1 };
            var (first, last) = WorkWeek(today, weeks, lean);
            ranges.Add(Range(first, last, m.Index, m.Index + m.Length));
        }

        return (ranges, listed);
    }

    /// <summary>The working days of the week <paramref name="weeks"/> from this one, Monday to Friday: a week of
    /// leave is five working days, not seven. This week is what is left of it (today to Friday; leaning to the past,
    /// Monday to today), or, at the weekend, its Monday to Friday.</summary>
    private static (DateOnly First, DateOnly Last) WorkWeek(DateOnly today, int weeks, DateLean lean)
    {
        var monday = DateScanner.WeekStart(today).AddDays(7 * weeks);
        var friday = monday.AddDays(4);
        return weeks != 0 || today > friday ? (monday, friday)
            : lean == DateLean.Past ? (monday, today)
            : (today, friday);
    }

    /// <summary>A range of named days without a year that ended over a month ago is next year's: "Jan 5 to Feb 27"
    /// typed in November plans ahead (ranges are leave and trips), it does not look back ten months.</summary>
    private static (DateOnly First, DateOnly Last) Upcoming(
        string text, DateScanner.Token a, DateScanner.Token b, DateOnly first, DateOnly last, DateOnly today) =>
        a.Explicit && b.Explicit && last < today.AddDays(-30)
            && !HasYear().IsMatch(text.AsSpan(a.Index, a.Length)) && !HasYear().IsMatch(text.AsSpan(b.Index, b.Length))
            ? (first.AddYears(1), last.AddYears(1))
            : (first, last);

    /// <summary>Leaning to the past, a range of weekdays that would end after today ("I was off Monday to Wednesday",
    /// said on a Tuesday) is the last such days, a week earlier.</summary>
    private static (DateOnly First, DateOnly Last) Gone(DateScanner.Token a, DateOnly first, DateOnly last, DateOnly today) =>
        a.Weekday is not null && last > today && last.DayNumber - first.DayNumber < 7
            ? (first.AddDays(-7), last.AddDays(-7))
            : (first, last);

    private static Entity Range(DateOnly first, DateOnly last, int start, int end) =>
        new(EntityKind.DateRange, Iso(first) + "/" + Iso(last), start, end - start) { Start = first, End = last };

    private static void AddAll(List<Entity> found, IEnumerable<Entity> candidates)
    {
        foreach (var entity in candidates)
        {
            if (Free(found, entity.Index, entity.Length))
            {
                found.Add(entity);
            }
        }
    }

    private static bool Free(List<Entity> found, int index, int length) => !found.Any(e => Overlaps(e, index, length));

    private static bool Overlaps(Entity e, int index, int length) => index < e.Index + e.Length && e.Index < index + length;
}
