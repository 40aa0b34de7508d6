namespace TikTokMonetization.Models.LiveGifts;

/// <summary>The LIVE gifts model's documented defaults and the provenance text shown in its breakdown lines.</summary>
internal static class LiveGiftsDefaults
{
    public const string Name = "live-gifts";

    public const string DisplayName = "LIVE gifts";

    public const decimal CoinsPerViewerHourLow = 10m;

    public const decimal CoinsPerViewerHourExpected = 50m;

    public const decimal CoinsPerViewerHourHigh = 150m;

    public const int MinimumAge = 18;

    public const long MinimumFollowers = 1_000;

    public const decimal MaximumRetentionUplift = 0.10m;

    public const decimal LikesPerViewerHourAtHalfUplift = 20m;

    public const string CoinsSource =
        "default, derived from calculatecreator.com LIVE earnings benchmarks (2026): creator US$ per hour ÷ average viewers ÷ US$0.005 per diamond";

    public const string ObservedSource = "observed (snapshot Live.CoinsGifted)";

    public const string SnapshotSource = "snapshot (Live.Hours × Live.AverageConcurrentViewers)";

    public const string RetentionSource =
        "SDK assumption: LIVE likes raise retention, 1 + max uplift × x / (x + half point), x = likes per viewer-hour; likes themselves earn no diamonds";

    public const string AgencySource = "configured agency share (LiveGifts:AgencyShare)";

    public const string IneligibleSource = "not eligible: the stream pays 0 (see eligibility)";
}
