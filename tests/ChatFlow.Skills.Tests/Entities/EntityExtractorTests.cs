using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Tests.Entities;

public class EntityExtractorTests
{
    /// <summary>Wednesday 4 March 2026, 10:00 in Seoul (01:00 UTC): weeks run Monday 2 March to Sunday 8 March.</summary>
    internal static readonly EntityContext Clock = new(new DateTimeOffset(2026, 3, 4, 1, 0, 0, TimeSpan.Zero), EntityContext.Seoul);

    /// <summary>utterance | kind | normalised value.</summary>
    private static readonly string[] Table =
    [
        // Dates, English
        "today | Date | 2026-03-04",
        "tomorrow | Date | 2026-03-05",
        "yesterday | Date | 2026-03-03",
        "the day after tomorrow | Date | 2026-03-06",
        "day before yesterday | Date | 2026-03-02",
        "next Monday | Date | 2026-03-09",
        "next Friday | Date | 2026-03-13",
        "this Friday | Date | 2026-03-06",
        "last Monday | Date | 2026-02-23",
        "on Friday | Date | 2026-03-06",
        "Monday | Date | 2026-03-09",
        "wednesday | Date | 2026-03-04",
        "coming Sunday | Date | 2026-03-08",
        "March 5 | Date | 2026-03-05",
        "Mar 5 | Date | 2026-03-05",
        "march 5th | Date | 2026-03-05",
        "March 5, 2027 | Date | 2027-03-05",
        "5 March | Date | 2026-03-05",
        "5th of March | Date | 2026-03-05",
        "Dec 25 | Date | 2026-12-25",
        "September 1st | Date | 2026-09-01",
        "Sept 1 | Date | 2026-09-01",
        "Jan 2 2027 | Date | 2027-01-02",
        "2026-03-05 | Date | 2026-03-05",
        "2026/3/5 | Date | 2026-03-05",
        "2026.03.05 | Date | 2026-03-05",
        "3/5 | Date | 2026-03-05",
        "12/25 | Date | 2026-12-25",
        "3/5/2027 | Date | 2027-03-05",
        "in 3 days | Date | 2026-03-07",
        "in a week | Date | 2026-03-11",
        "in two weeks | Date | 2026-03-18",
        "submit it by tomorrow please | Date | 2026-03-05",
        "lunch on March 3 with the team | Date | 2026-03-03",
        "due 2026-04-30 | Date | 2026-04-30",
        "Tomorrow | Date | 2026-03-05",
        // Dates, Korean
        "오늘 | Date | 2026-03-04",
        "내일 | Date | 2026-03-05",
        "모레 | Date | 2026-03-06",
        "글피 | Date | 2026-03-07",
        "어제 | Date | 2026-03-03",
        "어젯밤 회식비 | Date | 2026-03-03",
        "어젯저녁에 먹은 저녁 | Date | 2026-03-03",
        "team dinner last night | Date | 2026-03-03",
        "PTO for the week of Mar 16 | DateRange | 2026-03-16/2026-03-20",
        "the whole week of March 18 off | DateRange | 2026-03-16/2026-03-20",
        "3월 18일이 있는 주 내내 연차 | DateRange | 2026-03-16/2026-03-20",
        "그저께 | Date | 2026-03-02",
        "그제 | Date | 2026-03-02",
        "내일모레 | Date | 2026-03-06",
        "다음 주 금요일 | Date | 2026-03-13",
        "다음주 금요일 | Date | 2026-03-13",
        "이번 주 금요일 | Date | 2026-03-06",
        "이번주 월요일 | Date | 2026-03-02",
        "지난주 화요일 | Date | 2026-02-24",
        "저번 주 목요일 | Date | 2026-02-26",
        "담주 수요일 | Date | 2026-03-11",
        "금요일 | Date | 2026-03-06",
        "월요일 | Date | 2026-03-09",
        "수요일 | Date | 2026-03-04",
        "3월 5일 | Date | 2026-03-05",
        "3월5일 | Date | 2026-03-05",
        "2026년 3월 5일 | Date | 2026-03-05",
        "2027년 1월 2일 | Date | 2027-01-02",
        "12월 25일 | Date | 2026-12-25",
        "3일 후 | Date | 2026-03-07",
        "2주 뒤 | Date | 2026-03-18",
        "내일까지 제출해 주세요 | Date | 2026-03-05",
        "모레에 출장 가요 | Date | 2026-03-06",
        "2026. 3. 5. | Date | 2026-03-05",
        "3월 3일 점심 식대 | Date | 2026-03-03",
        // Date ranges
        "from Monday to Wednesday | DateRange | 2026-03-09/2026-03-11",
        "from March 5 to March 7 | DateRange | 2026-03-05/2026-03-07",
        "March 5 to 7 | DateRange | 2026-03-05/2026-03-07",
        "March 5-7 | DateRange | 2026-03-05/2026-03-07",
        "3/5~3/7 | DateRange | 2026-03-05/2026-03-07",
        "3/5 ~ 3/7 | DateRange | 2026-03-05/2026-03-07",
        "3/5-3/9 | DateRange | 2026-03-05/2026-03-09",
        "2026-03-05 to 2026-03-07 | DateRange | 2026-03-05/2026-03-07",
        "2026-03-05/2026-03-07 | DateRange | 2026-03-05/2026-03-07",
        "between March 5 and March 9 | DateRange | 2026-03-05/2026-03-09",
        "tomorrow to Friday | DateRange | 2026-03-05/2026-03-06",
        "from today for a week | DateRange | 2026-03-04/2026-03-10",
        "tomorrow for 3 days | DateRange | 2026-03-05/2026-03-09", // Thu, Fri, Mon: days off are working days
        "next Monday for 2 days | DateRange | 2026-03-09/2026-03-10",
        "3 days starting Monday | DateRange | 2026-03-09/2026-03-11",
        "two days off from tomorrow | DateRange | 2026-03-05/2026-03-06",
        "a week starting next Monday | DateRange | 2026-03-09/2026-03-15",
        "Thursday and Friday | DateRange | 2026-03-05/2026-03-06",
        "25k won | Money | 25000 KRW",
        "-5000 won | Money | -5000 KRW",
        "-$20 | Money | -20.00 USD",
        "$1.5k | Money | 1500.00 USD",
        "the 20th | Date | 2026-03-20",
        "on the 2nd | Date | 2026-03-02",
        "from the 1st to the 3rd of next month | DateRange | 2026-04-01/2026-04-03",
        "the 10th to the 12th | DateRange | 2026-03-10/2026-03-12",
        "다음 달 1일부터 3일까지 | DateRange | 2026-04-01/2026-04-03",
        "다음 달 5일 | Date | 2026-04-05",
        "다음주 월화 | DateRange | 2026-03-09/2026-03-10",
        "이번 주 목~금 | DateRange | 2026-03-05/2026-03-06",
        "담주 월-수 휴가 | DateRange | 2026-03-09/2026-03-11",
        "next Wed through Fri | DateRange | 2026-03-11/2026-03-13",
        "Thu | Date | 2026-03-05",
        "next Sat | Date | 2026-03-14",
        "two months ago | Month | 2026-01",
        "3 months ago | Month | 2025-12",
        "두 달 전 | Month | 2026-01",
        "3개월 전 | Month | 2025-12",
        "Dec 22 through Jan 2 | DateRange | 2026-12-22/2027-01-02",
        "Jan 5 to Jan 20 | DateRange | 2027-01-05/2027-01-20",
        "Feb 20 to Mar 2 | DateRange | 2026-02-20/2026-03-02",
        "Jan 5, 2026 to Feb 2, 2026 | DateRange | 2026-01-05/2026-02-02",
        "12월 28일부터 1월 3일까지 | DateRange | 2026-12-28/2027-01-03",
        "tomorrow and the day after | DateRange | 2026-03-05/2026-03-06",
        "today and the next day | DateRange | 2026-03-04/2026-03-05",
        "내일이랑 모레 | DateRange | 2026-03-05/2026-03-06",
        "목요일하고 금요일 | DateRange | 2026-03-05/2026-03-06",
        "next week | DateRange | 2026-03-09/2026-03-13",
        "this week | DateRange | 2026-03-04/2026-03-06",
        "Mar 30 to Apr 2 | DateRange | 2026-03-30/2026-04-02",
        "from 3/5 to 3/7 | DateRange | 2026-03-05/2026-03-07",
        "March 5 through March 10 | DateRange | 2026-03-05/2026-03-10",
        "Monday until Friday | DateRange | 2026-03-09/2026-03-13",
        "오늘부터 일주일 | DateRange | 2026-03-04/2026-03-10",
        "오늘부터일주일 | DateRange | 2026-03-04/2026-03-10",
        "다음주월요일부터3일 | DateRange | 2026-03-09/2026-03-11",
        "3월1일부터3일까지 | DateRange | 2026-03-01/2026-03-03",
        "오늘부터일주일병가쓸게 | DateRange | 2026-03-04/2026-03-10",
        "내일부터 사흘 | DateRange | 2026-03-05/2026-03-09",
        "다음 주 월요일부터 3일 | DateRange | 2026-03-09/2026-03-11",
        "다음 주 월요일부터 수요일까지 | DateRange | 2026-03-09/2026-03-11",
        "3월 5일부터 7일까지 | DateRange | 2026-03-05/2026-03-07",
        "3월 5일부터 3월 7일까지 | DateRange | 2026-03-05/2026-03-07",
        "3월 5일~3월 7일 | DateRange | 2026-03-05/2026-03-07",
        "내일부터 모레까지 | DateRange | 2026-03-05/2026-03-06",
        "다음 주 | DateRange | 2026-03-09/2026-03-13",
        "이번 주 | DateRange | 2026-03-04/2026-03-06",
        "오늘부터 이틀 | DateRange | 2026-03-04/2026-03-05",
        "3/5부터 3/7까지 | DateRange | 2026-03-05/2026-03-07",
        "월요일부터 수요일까지 | DateRange | 2026-03-09/2026-03-11",
        "다음주 화요일부터 목요일까지 | DateRange | 2026-03-10/2026-03-12",
        "내일부터 2주 | DateRange | 2026-03-05/2026-03-18",
        "휴가 신청할게, 오늘부터 일주일 | DateRange | 2026-03-04/2026-03-10",
        "3월 5일부터 3일간 | DateRange | 2026-03-05/2026-03-09",
        "다음 주 휴가 | DateRange | 2026-03-09/2026-03-13",
        // A weekday next to a date is part of it; weekdays listed together are one stretch; a week is Monday to Friday; holidays
        "Friday April 3 | Date | 2026-04-03",
        "Fri 4/3 | Date | 2026-04-03",
        "April 3 (Fri) | Date | 2026-04-03",
        "Friday the 3rd | Date | 2026-04-03",
        "from Friday April 3 to Monday April 6 | DateRange | 2026-04-03/2026-04-06",
        "Friday April 4 | Date | 2026-04-04",
        "금요일 4월 3일 연차 | Date | 2026-04-03",
        "4월 3일 금요일 | Date | 2026-04-03",
        "4월 3일 (금) | Date | 2026-04-03",
        "3일 금요일 | Date | 2026-04-03",
        "4월 3일 금요일부터 4월 6일 월요일까지 | DateRange | 2026-04-03/2026-04-06",
        "next Thursday and Friday | DateRange | 2026-03-12/2026-03-13",
        "목요일 금요일 이틀 | DateRange | 2026-03-05/2026-03-06",
        "목, 금 | DateRange | 2026-03-05/2026-03-06",
        "목요일이랑 금요일 | DateRange | 2026-03-05/2026-03-06",
        "all next week | DateRange | 2026-03-09/2026-03-13",
        "다음주 내내 | DateRange | 2026-03-09/2026-03-13",
        "다음 주 전부 | DateRange | 2026-03-09/2026-03-13",
        "christmas eve | Date | 2026-12-24",
        "New Year's Day | Date | 2027-01-01",
        "크리스마스 이브 | Date | 2026-12-24",
        "성탄절 | Date | 2026-12-25",
        "신정 | Date | 2027-01-01",
        "추석 | Date | 2026-09-25",
        // Dates in a sentence about the past lean back (the last Friday, not the next); plans still lean forward
        "I spent $30 on a taxi on Friday | Date | 2026-02-27",
        "paid for dinner on Monday | Date | 2026-03-02",
        "the date was Friday | Date | 2026-02-27",
        "I bought it on the 20th | Date | 2026-02-20",
        "bought it on Dec 28 | Date | 2025-12-28",
        "I bought it on March 20 | Date | 2026-03-20",
        "I was off Monday to Wednesday | DateRange | 2026-03-02/2026-03-04",
        "I was off Thursday and Friday | DateRange | 2026-02-26/2026-02-27",
        "I'll take Friday off | Date | 2026-03-06",
        "I was hoping to take Friday off | Date | 2026-03-06",
        "금요일에 택시비 3만원 썼어요 | Date | 2026-02-27",
        "월요일에 점심값 결제했어 | Date | 2026-03-02",
        "목요일에 샀어 | Date | 2026-02-26",
        "금요일에 연차 쓸게요 | Date | 2026-03-06",
        "금요일에 쉬고 싶어요 | Date | 2026-03-06",
        // A date said not to be the one meant is left out
        "어제가 아니라 그제야 | Date | 2026-03-02",
        "목요일 말고 금요일 | Date | 2026-03-06",
        "Friday, not Thursday | Date | 2026-03-06",
        // Months (payslips): relative to March 2026
        "last month | Month | 2026-02",
        "this month | Month | 2026-03",
        "next month | Month | 2026-04",
        "previous month | Month | 2026-02",
        "the month before last | Month | 2026-01",
        "show my payslip for last month | Month | 2026-02",
        "October | Month | 2026-10",
        "how much was I paid in October | Month | 2026-10",
        "Oct 2025 | Month | 2025-10",
        "October 2025 | Month | 2025-10",
        "December, 2025 | Month | 2025-12",
        "for May | Month | 2026-05",
        "May 2025 | Month | 2025-05",
        "last October | Month | 2025-10",
        "last February | Month | 2026-02",
        "next January | Month | 2027-01",
        "sept | Month | 2026-09",
        "2026-10 | Month | 2026-10",
        "2025/12 | Month | 2025-12",
        "10/2025 | Month | 2025-10",
        "지난달 | Month | 2026-02",
        "지난 달 | Month | 2026-02",
        "저번 달 | Month | 2026-02",
        "지지난달 | Month | 2026-01",
        "이번 달 | Month | 2026-03",
        "이달 | Month | 2026-03",
        "다음 달 | Month | 2026-04",
        "10월 | Month | 2026-10",
        "10월달 | Month | 2026-10",
        "1월 | Month | 2026-01",
        "2026년 10월 | Month | 2026-10",
        "2025년 12월 급여명세서 | Month | 2025-12",
        "작년 12월 | Month | 2025-12",
        "올해 2월 | Month | 2026-02",
        "지난달 급여명세서 보여줘 | Month | 2026-02",
        "10월 월급 명세서 | Month | 2026-10",
        // Durations
        "3 days | Duration | P3D",
        "2 weeks | Duration | P2W",
        "a week | Duration | P1W",
        "one month | Duration | P1M",
        "2 hours | Duration | PT2H",
        "30 minutes | Duration | PT30M",
        "1 year | Duration | P1Y",
        "ten days | Duration | P10D",
        "45 mins | Duration | PT45M",
        "1.5 hours | Duration | PT1.5H",
        "two hours | Duration | PT2H",
        "for 3 days | Duration | P3D",
        "an hour | Duration | PT1H",
        "6 months | Duration | P6M",
        "사흘 | Duration | P3D",
        "이틀 | Duration | P2D",
        "하루 | Duration | P1D",
        "열흘 | Duration | P10D",
        "나흘 | Duration | P4D",
        "보름 | Duration | P15D",
        "일주일 | Duration | P1W",
        "3일 | Duration | P3D",
        "2시간 | Duration | PT2H",
        "30분 | Duration | PT30M",
        "2주 | Duration | P2W",
        "3개월 | Duration | P3M",
        "한 달 | Duration | P1M",
        "두 시간 | Duration | PT2H",
        "1년 | Duration | P1Y",
        "3일 동안 | Duration | P3D",
        "사흘 쉬고 싶어요 | Duration | P3D",
        // Money
        "45,000원 | Money | 45000 KRW",
        "5만원 | Money | 50000 KRW",
        "5만 원 | Money | 50000 KRW",
        "₩45,000 | Money | 45000 KRW",
        "$120.50 | Money | 120.50 USD",
        "120 dollars | Money | 120.00 USD",
        "3만 5천원 | Money | 35000 KRW",
        "USD 99 | Money | 99.00 USD",
        "KRW 1,000,000 | Money | 1000000 KRW",
        "십만원 | Money | 100000 KRW",
        "1억 2천만원 | Money | 120000000 KRW",
        "120만원 | Money | 1200000 KRW",
        "5천원 | Money | 5000 KRW",
        "백만원 | Money | 1000000 KRW",
        "삼만 오천원 | Money | 35000 KRW",
        "$5 | Money | 5.00 USD",
        "99 USD | Money | 99.00 USD",
        "€20 | Money | 20.00 EUR",
        "100 euros | Money | 100.00 EUR",
        "¥1000 | Money | 1000 JPY",
        "1000엔 | Money | 1000 JPY",
        "50달러 | Money | 50.00 USD",
        "100불 | Money | 100.00 USD",
        "one hundred dollars | Money | 100.00 USD",
        "twenty bucks | Money | 20.00 USD",
        "1.5만원 | Money | 15000 KRW",
        "12,500 won | Money | 12500 KRW",
        "점심값 45,000원 냈어 | Money | 45000 KRW",
        "lunch was $32.10 | Money | 32.10 USD",
        "US$ 15 | Money | 15.00 USD",
        "₩ 5,000 | Money | 5000 KRW",
        "만원 | Money | 10000 KRW",
        "2만원이요 | Money | 20000 KRW",
        "actually 50,000원 | Money | 50000 KRW",
        "금액은 5만원 | Money | 50000 KRW",
        "eur 12.5 | Money | 12.50 EUR",
        "£7.99 | Money | 7.99 GBP",
        "KRW 45000 | Money | 45000 KRW",
        "45000 KRW | Money | 45000 KRW",
        // Numbers
        "1,234 | Number | 1234",
        "1,234.56 | Number | 1234.56",
        "42 | Number | 42",
        "3.14 | Number | 3.14",
        "1000000 | Number | 1000000",
        "one | Number | 1",
        "twelve | Number | 12",
        "twenty-five | Number | 25",
        "one hundred | Number | 100",
        "one hundred and twenty | Number | 120",
        "two thousand three hundred | Number | 2300",
        "a hundred | Number | 100",
        "nine thousand nine hundred ninety-nine | Number | 9999",
        "ninety | Number | 90",
        "three people | Number | 3",
        "하나 | Number | 1",
        "둘 | Number | 2",
        "셋 | Number | 3",
        "넷 | Number | 4",
        "다섯 | Number | 5",
        "여섯 | Number | 6",
        "일곱 | Number | 7",
        "여덟 | Number | 8",
        "아홉 | Number | 9",
        "열 | Number | 10",
        "열하나 | Number | 11",
        "스물 | Number | 20",
        "스물다섯 | Number | 25",
        "삼백 | Number | 300",
        "이십 | Number | 20",
        "십오 | Number | 15",
        "천이백 | Number | 1200",
        "오만 | Number | 50000",
        "3만 | Number | 30000",
        "1억 | Number | 100000000",
        "이천이십육 | Number | 2026",
        "구십구 | Number | 99",
        "두 개 | Number | 2",
        "세 명 | Number | 3",
        "한 개 | Number | 1",
        "사과 세 개 | Number | 3",
        "12 Sejong-daero | Number | 12",
        // E-mail, mentions, business registration numbers
        "ap@hanbit.co.kr | Email | ap@hanbit.co.kr",
        "kim.lee+ap@example.com | Email | kim.lee+ap@example.com",
        "change the email to x@y.com | Email | x@y.com",
        "Contact: Sales.Team@acme-corp.example please | Email | Sales.Team@acme-corp.example",
        "메일은 ap@hanbit.example 입니다 | Email | ap@hanbit.example",
        "<@U123ABC> | Mention | U123ABC",
        "ask <@U0G9QF9C6|alice> to approve | Mention | U0G9QF9C6",
        "<at>Kim Minsu</at> | Mention | Kim Minsu",
        "<at>Alice</at> 님께 보내줘 | Mention | Alice",
        "<@W12345> please | Mention | W12345",
        "123-45-67890 | BusinessRegistrationNumber | 123-45-67890",
        "BRN 1234567890 | BusinessRegistrationNumber | 123-45-67890",
    ];

    public static TheoryData<string, EntityKind, string> Cases()
    {
        var data = new TheoryData<string, EntityKind, string>();
        foreach (var row in Table)
        {
            var parts = row.Split(" | ");
            data.Add(parts[0], Enum.Parse<EntityKind>(parts[1]), parts[2]);
        }

        return data;
    }

    [Fact]
    public void Table_HasAtLeast200Cases_InBothLanguages()
    {
        Assert.True(Table.Length >= 200, $"{Table.Length} cases");
        Assert.True(Table.Count(r => r.Any(c => c is >= '가' and <= '힣')) >= 80);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_TableCase_FindsNormalisedValue(string text, EntityKind kind, string expected)
    {
        var entities = EntityExtractor.Extract(text, Clock);

        Assert.True(entities.Any(e => e.Kind == kind && e.Value == expected),
            $"'{text}': " + string.Join(", ", entities.Select(e => $"{e.Kind}={e.Value}@{e.Index}+{e.Length}")));
    }

    [Theory]
    [InlineData("천천히 해 주세요", EntityKind.Number)]
    [InlineData("만나서 반가워요", EntityKind.Number)]
    [InlineData("사과 주세요", EntityKind.Number)]
    [InlineData("이번 달 보고서", EntityKind.Number)]
    [InlineData("Feb 30", EntityKind.Date)]
    [InlineData("call 010-1234-5678", EntityKind.BusinessRegistrationNumber)]
    [InlineData("한빛상사", EntityKind.Number)]
    [InlineData("네", EntityKind.Number)]
    [InlineData("3월 5일", EntityKind.Duration)]
    [InlineData("45,000원", EntityKind.Number)]
    [InlineData("may I see my payslip", EntityKind.Month)]
    [InlineData("10월 5일", EntityKind.Month)]
    [InlineData("2026-10-05", EntityKind.Month)]
    [InlineData("월요일", EntityKind.Month)]
    [InlineData("3개월", EntityKind.Month)]
    [InlineData("INV-2025-0101", EntityKind.Month)]
    [InlineData("marketing budget", EntityKind.Month)]
    [InlineData("Monday and Wednesday", EntityKind.DateRange)]
    [InlineData("from Dec 10 to Dec 1", EntityKind.DateRange)]
    [InlineData("I sat down in the sun", EntityKind.Date)]
    [InlineData("월요일하고 수요일", EntityKind.DateRange)]
    [InlineData("not Friday", EntityKind.Date)]
    [InlineData("금요일 말고", EntityKind.Date)]
    [InlineData("Monday and Wednesday", EntityKind.Date)]
    [InlineData("월요일, 수요일", EntityKind.Date)]
    [InlineData("월, 수", EntityKind.DateRange)]
    [InlineData("연말", EntityKind.Date)]
    public void Extract_LookalikeText_FindsNoEntityOfKind(string text, EntityKind kind)
    {
        Assert.DoesNotContain(EntityExtractor.Extract(text, Clock), e => e.Kind == kind);
    }

    [Theory]
    [InlineData("₩45,000", 45000, "KRW")]
    [InlineData("$120.50", 120.50, "USD")]
    [InlineData("3만 5천원", 35000, "KRW")]
    public void Extract_Money_SetsDecimalAmountAndCurrency(string text, double amount, string currency)
    {
        var money = Assert.Single(EntityExtractor.Extract(text, Clock));

        Assert.Equal((EntityKind.Money, (decimal)amount, currency, 0, text.Length), (money.Kind, money.Amount, money.Currency, money.Index, money.Length));
    }

    [Fact]
    public void Extract_Range_SetsStartEndAndSpan()
    {
        var range = Assert.Single(EntityExtractor.Extract("휴가는 다음 주 월요일부터 3일", Clock));

        Assert.Equal((new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 11)), (range.Start, range.End));
        Assert.Equal("다음 주 월요일부터 3일", "휴가는 다음 주 월요일부터 3일".Substring(range.Index, range.Length));
    }

    [Theory]
    [InlineData(2026, 3, 4, 14, 59, "2026-03-04")]
    [InlineData(2026, 3, 4, 15, 0, "2026-03-05")]
    public void Extract_Today_IsTheDateInTheTimeZone(int y, int m, int d, int hourUtc, int minuteUtc, string expected)
    {
        var context = new EntityContext(new DateTimeOffset(y, m, d, hourUtc, minuteUtc, 0, TimeSpan.Zero), EntityContext.Seoul);

        Assert.Equal(expected, Assert.Single(EntityExtractor.Extract("today", context)).Value);
    }

    [Fact]
    public void Extract_Utterance_ReturnsEntitiesInOrderWithoutOverlap()
    {
        var entities = EntityExtractor.Extract("expense 45,000원 on 3월 3일, receipt to ap@hanbit.example", Clock);

        Assert.Equal([EntityKind.Money, EntityKind.Date, EntityKind.Email], entities.Select(e => e.Kind));
    }
}
