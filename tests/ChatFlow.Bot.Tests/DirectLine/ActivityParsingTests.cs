using System.Text.Json;
using System.Text.Json.Nodes;
using ChatFlow.Bot.Channels.DirectLine;

namespace ChatFlow.Bot.Tests.DirectLine;

public sealed class ActivityParsingTests
{
    public static TheoryData<string> ActivityFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(FixturesDirectory(), "botframework", "activities"), "*.json").Order())
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(ActivityFixtures))]
    public void Serialize_ParsedFixture_RoundTripsEveryField(string fileName)
    {
        // Arrange
        var original = File.ReadAllText(Path.Combine(FixturesDirectory(), "botframework", "activities", fileName));

        // Act
        var activity = JsonSerializer.Deserialize(original, DirectLineJsonContext.Default.Activity)!;
        var written = JsonSerializer.Serialize(activity, DirectLineJsonContext.Default.Activity);

        // Assert
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(original), JsonNode.Parse(written)),
            $"{fileName} changed on round-trip:\n{written}");
    }

    [Fact]
    public void Deserialize_UnknownFields_KeptInExtra()
    {
        // Arrange
        const string json = """{"type":"message","text":"hi","futureField":{"a":1},"from":{"id":"u1","aadObjectId":"x"}}""";

        // Act
        var activity = JsonSerializer.Deserialize(json, DirectLineJsonContext.Default.Activity)!;

        // Assert
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.True(activity.Extra!.ContainsKey("futureField"));
        Assert.Equal("x", activity.From!.Extra!["aadObjectId"].GetString());
    }

    [Theory]
    [InlineData("{not json", DirectLineErrorCodes.BadSyntax)]
    [InlineData("[1,2]", DirectLineErrorCodes.BadArgument)]
    [InlineData("""{"text":"hi"}""", DirectLineErrorCodes.MissingProperty)]
    [InlineData("""{"type":42}""", DirectLineErrorCodes.BadArgument)]
    [InlineData("""{"type":""}""", DirectLineErrorCodes.BadArgument)]
    [InlineData("""{"type":"message","from":"alice"}""", DirectLineErrorCodes.BadArgument)]
    public void ParseActivity_InvalidBody_ReturnsErrorCode(string body, string expectedCode)
    {
        // Act
        var (activity, error) = DirectLineApi.ParseActivity(System.Text.Encoding.UTF8.GetBytes(body));

        // Assert
        Assert.Null(activity);
        Assert.Equal(expectedCode, error!.Value.Code);
    }

    [Fact]
    public void ToSubmission_ChatFlowValue_ReturnsActionTokenAndValues()
    {
        // Arrange
        var value = JsonNode.Parse("""{"chatflow":{"action":"submit","token":"st1"},"vendorName":"ABC Corp","amount":45000,"agree":true}""");

        // Act
        var submission = DirectLineTurnMapper.ToSubmission(value);

        // Assert
        Assert.NotNull(submission);
        Assert.Equal("submit", submission.Action);
        Assert.Equal("st1", submission.StateToken);
        Assert.Equal("ABC Corp", submission.Values["vendorName"]);
        Assert.Equal("45000", submission.Values["amount"]);
        Assert.Equal("true", submission.Values["agree"]);
        Assert.False(submission.Values.ContainsKey("chatflow"));
    }

    [Theory]
    [InlineData("""{"vendorName":"ABC"}""")]
    [InlineData("""{"chatflow":{"token":"st1"}}""")]
    [InlineData("\"text\"")]
    public void ToSubmission_OtherValue_ReturnsNull(string json)
    {
        // Act
        var submission = DirectLineTurnMapper.ToSubmission(JsonNode.Parse(json));

        // Assert
        Assert.Null(submission);
    }

    /// <summary>The shared fixtures folder, found by walking up from the test binary (never copied into the repo).</summary>
    internal static string FixturesDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "fixtures");
            if (Directory.Exists(candidate))
                return candidate;
        }

        throw new DirectoryNotFoundException($"No shared/fixtures above {AppContext.BaseDirectory}.");
    }
}
