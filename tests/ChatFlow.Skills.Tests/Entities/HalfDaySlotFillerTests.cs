using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Tests.Entities;

/// <summary>The shipped time-off skill's optional <c>halfDay</c> choice read from a first utterance: the half when it
/// is said, the generic word (<c>half day</c>, <c>반차</c>) when only that is said, so the bot asks, and nothing for whole
/// days; 반차 alone is annual leave.</summary>
public class HalfDaySlotFillerTests
{
    private static readonly SkillCatalog Shipped = TestCatalogs.Real();

    private static IReadOnlyDictionary<string, string> Fill(string utterance) =>
        new SlotFiller(Shipped.Find("hr.timeoff.request")!).Fill(utterance, residual: true);

    [Theory]
    [InlineData("I need a half day off tomorrow afternoon", "afternoon")]
    [InlineData("half-day tomorrow morning please", "morning")]
    [InlineData("내일 오후 반차 쓸게요", "afternoon")]
    [InlineData("금요일 오전반차 낼게요", "morning")]
    [InlineData("내일 반차 쓸게요", "반차")]
    [InlineData("half day off on Friday", "half day")]
    [InlineData("금요일 반나절만 쉴게요", "반나절")]
    [InlineData("내일 반반차 쓸게요", "반반차")]
    public void Fill_HalfDayNamed_FillsTheHalfOrTheGenericWord(string utterance, string halfDay)
    {
        Assert.Equal(halfDay, Fill(utterance)["halfDay"]);
    }

    [Theory]
    [InlineData("I am off sick tomorrow")]
    [InlineData("take annual leave next Friday")]
    [InlineData("반차 말고 연차 하루 쓸게")]
    [InlineData("not a half day, the whole of Friday")]
    [InlineData("내일 연차 쓸게요")]
    public void Fill_NoHalfDay_LeavesItEmpty(string utterance)
    {
        Assert.False(Fill(utterance).ContainsKey("halfDay"));
    }

    [Theory]
    [InlineData("내일 반차 쓸게요", "annual")]
    [InlineData("다음 주 월요일 오후반차", "annual")]
    [InlineData("반반차 쓸게요", "annual")]
    [InlineData("내일 병가 쓸게요", "sick")]
    public void Fill_BanchaWithoutAnotherType_IsAnnualLeave(string utterance, string type)
    {
        Assert.Equal(type, Fill(utterance)["type"]);
    }

    [Fact]
    public void ShippedManifest_HalfDaySlot_IsAnOptionalChoiceOfMorningOrAfternoonWithGenericWords()
    {
        var slot = Shipped.Find("hr.timeoff.request")!.FindSlot("halfDay")!;

        Assert.Equal(SlotType.Choice, slot.Type);
        Assert.False(slot.Required);
        Assert.Equal(["morning", "afternoon"], slot.Validation.Choices);
        Assert.Contains("반차", slot.GenericWords);
        Assert.Contains("half day", slot.GenericWords);
    }
}
