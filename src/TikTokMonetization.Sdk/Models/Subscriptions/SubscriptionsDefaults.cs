namespace TikTokMonetization.Models.Subscriptions;

/// <summary>The subscriptions model's documented defaults and provenance text (see docs/models/subscriptions.md).</summary>
internal static class SubscriptionsDefaults
{
    public const string Name = "subscriptions";

    public const string DisplayName = "Subscriptions";

    public const decimal PriceLow = 2.99m;

    public const decimal PriceExpected = 4.99m;

    public const decimal PriceHigh = 5.99m;

    public const decimal ShareLow = 0.70m;

    public const decimal ShareExpected = 0.70m;

    public const decimal ShareHigh = 0.90m;

    public const decimal FeesLow = 0m;

    public const decimal FeesExpected = 0m;

    public const decimal FeesHigh = 0.30m;

    public const int MinimumAge = 18;

    public const long MinimumFollowers = 10_000;

    public const long MinimumViewsPer30Days = 100_000;

    public const long LiveMinimumFollowers = 1_000;

    public const string PriceSource =
        "default: US$2.99 (LIVE Subscription starting price, Mashable re-post, Sep 2024) to US$5.99 (\"some creators charge\"), expected US$4.99 (Twitch-comparable price creators cited at the May 2022 launch)";

    public const string ShareSource = "default: 70% base creator share after fees, up to 90% with bonuses (Tubefilter, 29 Oct 2025)";

    public const string FeesSource =
        "default: 0% to 30% deducted before the split; TikTok's \"after fees\" is not specified (0% for web purchases, up to 30% for app-store purchases)";

    public const string ObservedPriceSource = "observed (snapshot Subscriptions.MonthlyPrice)";

    public const string SubscribersSource = "snapshot (Subscriptions.Subscribers) × months in the period (PeriodDays / 30)";

    public const string IneligibleSource = "not eligible: the stream pays 0 (see eligibility)";
}
