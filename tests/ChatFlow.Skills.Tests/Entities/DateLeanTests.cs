using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Tests.Entities;

/// <summary>Which way dates without a week, month or year lean (a past-only slot, a sentence in the past tense, a
/// future-only slot), dates said not to be meant, and date slots' bounds; on Wednesday 4 March 2026 in Seoul.</summary>
public class DateLeanTests
{
    private static readonly EntityContext Clock = EntityExtractorTests.Clock;

    /// <summary>utterance | lean | date.</summary>
    [Theory]
    [InlineData("Friday", DateLean.Past, "2026-02-27")]
    [InlineData("friday", DateLean.Future, "2026-03-06")]
    [InlineData("Wednesday", DateLean.Past, "2026-03-04")]
    [InlineData("Thursday", DateLean.Past, "2026-02-26")]
    [InlineData("Tuesday", DateLean.Past, "2026-03-03")]
    [InlineData("금요일", DateLean.Past, "2026-02-27")]
    [InlineData("수요일", DateLean.Past, "2026-03-04")]
    [InlineData("this Friday", DateLean.Past, "2026-03-06")]
    [InlineData("next Friday", DateLean.Past, "2026-03-13")]
    [InlineData("last Friday", DateLean.Past, "2026-02-27")]
    [InlineData("coming Friday", DateLean.Past, "2026-03-06")]
    [InlineData("다음 주 금요일", DateLean.Past, "2026-03-13")]
    [InlineData("지난주 금요일", DateLean.Past, "2026-02-27")]
    [InlineData("the 20th", DateLean.Past, "2026-02-20")]
    [InlineData("the 2nd", DateLean.Past, "2026-03-02")]
    [InlineData("the 4th", DateLean.Past, "2026-03-04")]
    [InlineData("the 2nd", DateLean.Future, "2026-04-02")]
    [InlineData("the 20th", DateLean.Future, "2026-03-20")]
    [InlineData("the 3rd of next month", DateLean.Past, "2026-04-03")]
    [InlineData("Dec 28", DateLean.Past, "2025-12-28")]
    [InlineData("12월 28일", DateLean.Past, "2025-12-28")]
    [InlineData("12/28", DateLean.Past, "2025-12-28")]
    [InlineData("28 December", DateLean.Past, "2025-12-28")]
    [InlineData("March 20", DateLean.Past, "2026-03-20")]
    [InlineData("Dec 28, 2026", DateLean.Past, "2026-12-28")]
    [InlineData("2026년 12월 28일", DateLean.Past, "2026-12-28")]
    [InlineData("Jan 5", DateLean.Future, "2027-01-05")]
    [InlineData("Feb 20", DateLean.Future, "2026-02-20")]
    [InlineData("tomorrow", DateLean.Past, "2026-03-05")]
    [InlineData("어제", DateLean.Future, "2026-03-03")]
    public void Extract_Leaning_PlacesTheDayOnThatSideOfToday(string text, DateLean lean, string date)
    {
        var entities = EntityExtractor.Extract(text, Clock with { Lean = lean });

        Assert.Equal(date, Assert.Single(entities, e => e.Kind == EntityKind.Date).Value);
    }

    [Theory]
    [InlineData("from Monday to Wednesday", DateLean.Past, "2026-03-02/2026-03-04")]
    [InlineData("from Thursday to Saturday", DateLean.Past, "2026-02-26/2026-02-28")]
    [InlineData("Thursday and Friday", DateLean.Past, "2026-02-26/2026-02-27")]
    [InlineData("Dec 22 through Jan 2", DateLean.Past, "2025-12-22/2026-01-02")]
    [InlineData("Jan 5 to Jan 20", DateLean.Past, "2026-01-05/2026-01-20")]
    [InlineData("from Monday to Wednesday", DateLean.Default, "2026-03-09/2026-03-11")]
    public void Extract_RangeLeaning_IsTheLastSuchDays(string text, DateLean lean, string range)
    {
        var entities = EntityExtractor.Extract(text, Clock with { Lean = lean });

        Assert.Equal(range, Assert.Single(entities, e => e.Kind == EntityKind.DateRange).Value);
    }

    [Theory]
    [InlineData("I spent $30 on a taxi on Friday")]
    [InlineData("paid for lunch")]
    [InlineData("bought it on Friday")]
    [InlineData("the date was Friday")]
    [InlineData("we went to Busan")]
    [InlineData("금요일에 택시비 3만원 썼어요")]
    [InlineData("금요일에 샀어")]
    [InlineData("카드로 결제했어")]
    [InlineData("점심 먹었습니다")]
    [InlineData("월요일에 아파서 병가 썼어요")]
    [InlineData("월요일부터 수요일까지 병가 썼어요")] // 까지 is "until", not the future 갈까
    [InlineData("점심을 거래처랑 먹었어요")] // 거래처 is a noun, not the future 할 거야
    [InlineData("I can't believe I paid for that lunch on Friday")]
    [InlineData("I spent $30 on a taxi on Friday, can you file it?")] // the clause naming the day is past
    [InlineData("Friday, I spent $30 on a taxi")]
    [InlineData("금요일에 택시 탔는데 처리해줘")]
    public void IsPast_PastTense_IsTrue(string text) => Assert.True(Tense.IsPast(text), text);

    [Theory]
    [InlineData("take Friday off")]
    [InlineData("I'll take Friday off")]
    [InlineData("I was hoping to take Friday off")]
    [InlineData("I was wondering if I could take Friday off")]
    [InlineData("I was going to ask for Friday off")]
    [InlineData("expense a taxi ride")]
    [InlineData("금요일에 연차 쓸게요")]
    [InlineData("금요일에 쉬고 싶어요")]
    [InlineData("금요일에 쉬었으면 좋겠어요")]
    [InlineData("영수증 있어요")]
    [InlineData("경비 청구할게요")]
    [InlineData("휴가 신청하겠습니다")]
    [InlineData("금요일에 쉴 거예요")]
    [InlineData("금요일에 쉴 거야")]
    [InlineData("금요일에 쉴 거 같아요")]
    [InlineData("we had a meeting, book leave for Friday")] // the clause naming the day asks for it
    [InlineData("we had a long week so please book Friday off")]
    [InlineData("회의 했어요. 금요일 연차 신청해 주세요")]
    public void IsPast_PresentOrFuture_IsFalse(string text) => Assert.False(Tense.IsPast(text), text);

    [Theory]
    [InlineData("I spent $30 on a taxi on Friday", "2026-02-27")]
    [InlineData("I'll take Friday off", "2026-03-06")]
    public void WithTenseOf_TextInThePast_LeansDatesTakenOutOfIt(string sentence, string date)
    {
        var context = Clock.WithTenseOf(sentence);

        Assert.Equal(date, Assert.Single(EntityExtractor.Extract("Friday", context)).Value);
    }

    [Fact]
    public void WithTenseOf_LeanAlreadySet_KeepsIt()
    {
        var context = (Clock with { Lean = DateLean.Future }).WithTenseOf("I spent it on Friday");

        Assert.Equal(DateLean.Future, context.Lean);
    }

    [Theory]
    [InlineData("어제가 아니라 그제야", "2026-03-02")]
    [InlineData("어제 말고 그제", "2026-03-02")]
    [InlineData("목요일 아니고 금요일", "2026-03-06")]
    [InlineData("Friday, not Thursday", "2026-03-06")]
    [InlineData("not Thursday but Friday", "2026-03-06")]
    [InlineData("Friday instead of Thursday", "2026-03-06")]
    public void Extract_DateSaidNotToBeIt_IsLeftOut(string text, string date)
    {
        var dates = EntityExtractor.Extract(text, Clock).Where(e => e.Kind == EntityKind.Date);

        Assert.Equal(date, Assert.Single(dates).Value);
    }

    [Fact]
    public void Extract_ConditionalNegation_KeepsTheDate()
    {
        Assert.Contains(EntityExtractor.Extract("월요일이 아니라면 화요일", Clock), e => e.Value == "2026-03-09");
    }

    private static SlotDefinition DateSlot(decimal? min, decimal? max, SlotType type = SlotType.Date) => new()
    {
        Name = "date",
        Type = type,
        Label = new LocalizedText("Date"),
        Prompt = new LocalizedText("When?"),
        Validation = new SlotValidation { Min = min, Max = max },
    };

    [Theory]
    [InlineData(null, 0.0, "2026-03-04", false)]
    [InlineData(null, 0.0, "2026-03-05", true)]
    [InlineData(null, 0.0, "2026-03-01/2026-03-05", true)]
    [InlineData(-30.0, 0.0, "2026-02-01", true)]
    [InlineData(-30.0, 0.0, "2026-02-03", false)]
    [InlineData(0.0, null, "2026-03-03", true)]
    [InlineData(0.0, null, "2099-01-01", false)]
    [InlineData(null, null, "1999-01-01", false)]
    public void Outside_DateSlotBounds_CountDaysFromToday(double? min, double? max, string value, bool outside)
    {
        var slot = DateSlot((decimal?)min, (decimal?)max, value.Contains('/') ? SlotType.DateRange : SlotType.Date);

        Assert.Equal(outside, DateBounds.Outside(slot, value, Clock));
    }

    [Theory]
    [InlineData(null, 0.0, DateLean.Past)]
    [InlineData(-365.0, -1.0, DateLean.Past)]
    [InlineData(0.0, null, DateLean.Future)]
    [InlineData(-30.0, 30.0, DateLean.Default)]
    [InlineData(null, null, DateLean.Default)]
    public void Lean_DateSlotBounds_GiveTheLean(double? min, double? max, DateLean lean)
    {
        Assert.Equal(lean, DateBounds.Lean(DateSlot((decimal?)min, (decimal?)max), Clock).Lean);
    }
}
