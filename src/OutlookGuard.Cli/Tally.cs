using OutlookGuard.Core.Analysis;

namespace OutlookGuard.Cli;

/// <summary>What a run of <c>analyze</c> found, for its closing summary line.</summary>
internal sealed class Tally
{
    public int Danger { get; private set; }

    public int Caution { get; private set; }

    public int Safe { get; private set; }

    /// <summary>Inputs that could not be analyzed (missing, unreadable, binary, no header block).</summary>
    public int Unreadable { get; set; }

    public int Total => Danger + Caution + Safe + Unreadable;

    public void Add(Verdict verdict)
    {
        switch (verdict)
        {
            case Verdict.Danger:
                Danger++;
                break;
            case Verdict.Caution:
                Caution++;
                break;
            default:
                Safe++;
                break;
        }
    }
}
