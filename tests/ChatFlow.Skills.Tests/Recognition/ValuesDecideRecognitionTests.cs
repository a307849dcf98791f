using ChatFlow.Skills.Recognition;
using ChatFlow.Skills.Recognition.Encoders;

namespace ChatFlow.Skills.Tests.Recognition;

/// <summary>When the likeliest skill takes nothing from an utterance and a close second takes several values (an
/// amount, a day, a category named by a synonym), the values decide. Measured with the word vectors and sentence
/// encoder of <c>scripts/run</c>; without them the first utterance is out of scope for every skill.</summary>
public class ValuesDecideRecognitionTests
{
    private static readonly Lazy<EmbeddedIntentRecognizer?> ShippedAsRun = new(() =>
        SetUpFiles.WordVectors is { } path && SetUpFiles.SentenceEncoder is { } encoder
            ? new(TestCatalogs.Real(), new EmbeddedRecognizerOptions { WordVectors = WordVectors.Load(path), SentenceEncoder = UniversalSentenceEncoderLite.Load(encoder) })
            : null);

    [Theory]
    [InlineData("it was 35 bucks for an uber last friday", "erp.expense.submit")] // was: Show my payslip
    [InlineData("how much was I paid last month", "hr.payslip.show")]
    [InlineData("take next friday off", "hr.timeoff.request")]
    public void Recognize_SkillTakingTheValues_IsPicked(string utterance, string skill)
    {
        if (SetUpFiles.Missing(ShippedAsRun.Value, out var recognizer))
        {
            return;
        }

        Assert.Equal(skill, recognizer.Recognize(utterance, "en-US").TopSkillId);
    }
}
