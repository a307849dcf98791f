using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Tests.Recognition;

public class EntityTests
{
    [Theory]
    [InlineData("contact ap@hanbit.co.kr please", "ap@hanbit.co.kr")]
    [InlineData("메일은 kim.lee+ap@example.com 입니다", "kim.lee+ap@example.com")]
    public void Extract_Email_FindsAddress(string text, string expected)
    {
        var entity = Assert.Single(EntityExtractor.Extract(text));

        Assert.Equal(EntityKind.Email, entity.Kind);
        Assert.Equal(expected, entity.Value);
    }

    [Theory]
    [InlineData("사업자번호 123-45-67890 입니다", "123-45-67890")]
    [InlineData("BRN 1234567890", "123-45-67890")]
    public void Extract_BusinessRegistrationNumber_NormalisesDashes(string text, string expected)
    {
        var entity = Assert.Single(EntityExtractor.Extract(text));

        Assert.Equal(EntityKind.BusinessRegistrationNumber, entity.Kind);
        Assert.Equal(expected, entity.Value);
    }

    [Theory]
    [InlineData("call 010-1234-5678")]
    [InlineData("1234-56-78901")]
    [InlineData("no numbers here")]
    public void Extract_OtherNumbers_FindsNothing(string text)
    {
        Assert.Empty(EntityExtractor.Extract(text));
    }

    [Fact]
    public void Fill_TemplateWithTwoSlots_FillsBoth()
    {
        var filler = new SlotFiller(TestCatalogs.Real().Find("erp.vendor.register")!);

        var slots = filler.Fill("register vendor Hanbit Trading at 12 Sejong-daero, Seoul");

        Assert.Equal("Hanbit Trading", slots["vendorName"]);
        Assert.Equal("12 Sejong-daero, Seoul", slots["address"]);
    }

    [Fact]
    public void Fill_KoreanTemplateWithOtherParticle_FillsName()
    {
        var filler = new SlotFiller(TestCatalogs.Real().Find("erp.vendor.register")!);

        var slots = filler.Fill("한빛상사를 거래처로 추가해 주세요");

        Assert.Equal("한빛상사", slots["vendorName"]);
    }

    [Fact]
    public void Fill_EntitiesWithoutTemplate_FillSlotsThatAcceptThem()
    {
        var filler = new SlotFiller(TestCatalogs.Real().Find("erp.vendor.register")!);

        var slots = filler.Fill("register a vendor, BRN 123-45-67890, contact ap@hanbit.example");

        Assert.Equal("123-45-67890", slots["businessRegistrationNumber"]);
        Assert.Equal("ap@hanbit.example", slots["contactEmail"]);
        Assert.False(slots.ContainsKey("vendorName"));
    }
}
