namespace ChatFlow.Skills.Conversations;

/// <summary>What started a turn.</summary>
public enum TurnKind
{
    /// <summary>The user typed text or submitted a card (a message activity).</summary>
    Message = 0,

    /// <summary>The user finished signing in to a connection; the pending skill may resume.</summary>
    SignInCompleted = 1,

    /// <summary>The user's sign-in failed or was refused at the authorization server.</summary>
    SignInFailed = 2,
}
