using ChatFlow.Bot.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace ChatFlow.Bot.Tests.DirectLine;

public sealed class OutboxSignalTests
{
    [Fact]
    public async Task WaitAsync_PulseAfterVersionRead_ReturnsTrueAtOnce()
    {
        // Arrange
        var signal = new OutboxSignal(new FakeTimeProvider());
        var seen = signal.Version;
        signal.Pulse();

        // Act
        var pulsed = await signal.WaitAsync(seen, TimeSpan.FromHours(1), CancellationToken.None);

        // Assert
        Assert.True(pulsed);
    }

    [Fact]
    public async Task WaitAsync_NoPulse_ReturnsFalseAfterTimeout()
    {
        // Arrange
        var time = new FakeTimeProvider();
        var signal = new OutboxSignal(time);
        var wait = signal.WaitAsync(TimeSpan.FromSeconds(1), CancellationToken.None);

        // Act
        time.Advance(TimeSpan.FromSeconds(1));

        // Assert
        Assert.False(await wait);
    }

    [Fact]
    public async Task WaitAsync_PulseWhileWaiting_WakesWaiter()
    {
        // Arrange
        var signal = new OutboxSignal(new FakeTimeProvider());
        var wait = signal.WaitAsync(TimeSpan.FromHours(1), CancellationToken.None);

        // Act
        signal.Pulse();

        // Assert
        Assert.True(await wait.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
