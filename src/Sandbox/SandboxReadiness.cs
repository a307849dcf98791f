namespace ChatFlow.Sandbox;

/// <summary>Completes when the sandbox has its schema, keys and seed data. Initialisation runs in the background
/// so the host answers chat at once; requests under <c>/sandbox</c> wait for it (see
/// <see cref="SandboxApplicationBuilderExtensions.UseSandboxAuthentication"/>).</summary>
internal sealed class SandboxReadiness
{
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when ready; faults if initialisation failed.</summary>
    public Task Ready => ready.Task;

    public void SetReady() => ready.TrySetResult();

    public void SetFailed(Exception exception) => ready.TrySetException(exception);
}
