using ChatFlow.Bot.Turns;

namespace ChatFlow.Bot.Tests.Admin;

/// <summary>Which texts are skill admin commands, in English and Korean, with or without <c>/chatflow</c>.</summary>
public sealed class SkillAdminCommandParseTests
{
    [Theory]
    [InlineData("skills", "list", null, false)]
    [InlineData("/chatflow skills", "list", null, false)]
    [InlineData("Skills List", "list", null, false)]
    [InlineData("skills disable erp.expense.submit", "disable", "erp.expense.submit", false)]
    [InlineData("/chatflow skills enable erp.expense.submit", "enable", "erp.expense.submit", false)]
    [InlineData("disable skill hr.payslip.show", "disable", "hr.payslip.show", false)]
    [InlineData("Enable Skill hr.payslip.show", "enable", "hr.payslip.show", false)]
    [InlineData("기능 목록", "list", null, true)]
    [InlineData("/chatflow 기능 끄기 erp.expense.submit", "disable", "erp.expense.submit", true)]
    [InlineData("기능 켜기 erp.expense.submit", "enable", "erp.expense.submit", true)]
    public void Parse_AdminCommand_GivesVerbIdAndLanguage(string text, string verb, string? id, bool korean)
    {
        Assert.Equal((verb, id, korean), SkillAdminCommands.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("register a vendor")]
    [InlineData("skills please")]
    [InlineData("skills remove erp.expense.submit")]
    [InlineData("disable erp.expense.submit")]
    [InlineData("기능 끄기")]
    [InlineData("skills 끄기 erp.expense.submit")]
    [InlineData("show my skills list now")]
    public void Parse_OtherText_IsNoCommand(string text)
    {
        Assert.Null(SkillAdminCommands.Parse(text));
    }
}
