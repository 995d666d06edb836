namespace OutlookGuard.Api.Mailbox;

/// <summary>A message could not be read, for a reason the caller is told in fixed words.</summary>
public sealed class MessageSourceException : Exception
{
    public MessageSourceException()
    {
    }

    public MessageSourceException(string message)
        : base(message)
    {
    }

    public MessageSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MessageSourceException(MessageSourceError error, Exception? innerException = null)
        : base("The message could not be read: " + error, innerException)
    {
        Error = error;
    }

    public MessageSourceError Error { get; }
}
