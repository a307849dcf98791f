using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Tests.Entities;

/// <summary>Korean particles and names, English possessives: what a name written in a request is.</summary>
public class NameValueTests
{
    [Theory]
    [InlineData("한빛에", "한빛")]
    [InlineData("한빛에게", "한빛")]
    [InlineData("한빛한테", "한빛")]
    [InlineData("박지훈의", "박지훈")]
    [InlineData("한빛상사가", "한빛상사")]
    [InlineData("이서연은", "이서연")]
    [InlineData("한빛이랑", "한빛")]
    [InlineData("Hanbit에", "Hanbit")]
    [InlineData("김하은", "김하은")] // 은 after 하 would be 는: part of the name
    [InlineData("김다은", "김다은")]
    [InlineData("김영도", "김영도")]
    [InlineData("이정은", "이정은")] // a name whose last syllable is also a particle after a consonant
    [InlineData("김성은", "김성은")]
    [InlineData("돈으로", "돈으로")]
    [InlineData("한빛", "한빛")]
    public void WithoutParticle_TakesOffOneParticleThatFitsTheSyllableBefore(string word, string bare)
    {
        Assert.Equal(bare, NameValue.WithoutParticle(word));
    }

    [Theory]
    [InlineData("박지훈씨의", "박지훈")]
    [InlineData("김민수님께", "김민수")]
    [InlineData("이서연과장님한테", "이서연")]
    public void Bare_TakesOffParticlesAndTitlesTogether(string word, string bare)
    {
        Assert.Equal(bare, NameValue.Bare(word));
    }

    [Theory]
    [InlineData("박지훈", true)]
    [InlineData("이서연", true)]
    [InlineData("김민수", true)]
    [InlineData("남궁민수", true)]
    [InlineData("서울시", false)]
    [InlineData("이번주", false)]
    [InlineData("정산서", false)]
    [InlineData("이메일", false)]
    [InlineData("최대한", false)]
    [InlineData("한빛", false)]
    public void IsPersonName_Strict_WantsAFamilyNameAndGivenNameSyllables(string word, bool expected)
    {
        Assert.Equal(expected, NameValue.IsPersonName(word, strict: true));
    }

    [Theory]
    [InlineData("Bob's manager", "Bob")]
    [InlineData("Alice Kim's phone number", "Alice Kim")]
    [InlineData("McDonald's Korea", "McDonald's Korea")]
    [InlineData("the manager of Bob", "Bob")]
    [InlineData("Bank of Korea", "Bank of Korea")]
    [InlineData("박지훈의 매니저", "박지훈")]
    [InlineData("한빛에", "한빛")]
    [InlineData("동료 좀", "동료")]
    public void Clean_KeepsTheNameAlone(string value, string name)
    {
        Assert.Equal(name, NameValue.Clean(value));
    }

    [Theory]
    [InlineData("(주)가나다", true)]
    [InlineData("㈜가나다", true)]
    [InlineData("가나다(주)", true)]
    [InlineData("가나다", false)]
    public void IsMarkedCompany_KnowsTheCompanyMarks(string word, bool expected)
    {
        Assert.Equal(expected, NameValue.IsMarkedCompany(word));
    }
}
