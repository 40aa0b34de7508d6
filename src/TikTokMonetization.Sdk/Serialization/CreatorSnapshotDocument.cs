using TikTokMonetization.Creators;

namespace TikTokMonetization.Serialization;

// What the reader deserializes into before it builds the public, init-only snapshot types.
//
// The System.Text.Json source generator builds a type with init-only properties in one object initializer that sets
// every property, passing default(T) for each one the JSON omits (dotnet/runtime#84484). Read straight into the public
// types, an omitted "periodDays" became 0, an omitted "profile", "videos" or "live" became null and an omitted
// "inGoodStanding" became false, instead of the documented defaults. Settable properties are set only when present,
// so these documents start from the public types' own defaults and keep them.
//
// Writing still goes through the public types: a property added there but not here is then written and refused on the
// way back in (unknown property), which the round-trip tests report, rather than silently dropped both ways.

/// <summary>The settable reading form of <see cref="CreatorSnapshot"/>.</summary>
internal sealed class CreatorSnapshotDocument
{
    private static readonly CreatorSnapshot Defaults = new();

    private static readonly (string Document, string Public)[] TypeNames =
    [
        (typeof(CreatorSnapshotDocument).FullName!, typeof(CreatorSnapshot).FullName!),
        (typeof(CreatorProfileDocument).FullName!, typeof(CreatorProfile).FullName!),
        (typeof(ShortVideoStatsDocument).FullName!, typeof(ShortVideoStats).FullName!),
        (typeof(LiveStatsDocument).FullName!, typeof(LiveStats).FullName!),
        (typeof(BrandDealInputsDocument).FullName!, typeof(BrandDealInputs).FullName!),
        (typeof(MerchandiseInputsDocument).FullName!, typeof(MerchandiseInputs).FullName!),
        (typeof(AffiliateInputsDocument).FullName!, typeof(AffiliateInputs).FullName!),
        (typeof(SubscriptionInputsDocument).FullName!, typeof(SubscriptionInputs).FullName!),
    ];

    public string? CreatorId { get; set; } = Defaults.CreatorId;

    public int PeriodDays { get; set; } = Defaults.PeriodDays;

    public CreatorProfileDocument? Profile { get; set; } = new();

    public ShortVideoStatsDocument? Videos { get; set; } = new();

    public LiveStatsDocument? Live { get; set; } = new();

    public BrandDealInputsDocument? BrandDeals { get; set; }

    public MerchandiseInputsDocument? Merchandise { get; set; }

    public AffiliateInputsDocument? Affiliate { get; set; }

    public SubscriptionInputsDocument? Subscriptions { get; set; }

    /// <summary>Replaces these internal types' names in a serializer message with the public types they stand for.</summary>
    public static string UsePublicTypeNames(string message)
    {
        foreach (var (document, publicName) in TypeNames)
        {
            message = message.Replace(document, publicName);
        }

        return message;
    }

    // An explicit JSON null stays null, so that validation reports it rather than the reader hiding it.
    public CreatorSnapshot ToSnapshot() => new()
    {
        CreatorId = CreatorId,
        PeriodDays = PeriodDays,
        Profile = Profile?.ToProfile()!,
        Videos = Videos?.ToStats()!,
        Live = Live?.ToStats()!,
        BrandDeals = BrandDeals?.ToInputs(),
        Merchandise = Merchandise?.ToInputs(),
        Affiliate = Affiliate?.ToInputs(),
        Subscriptions = Subscriptions?.ToInputs(),
    };
}

/// <summary>The settable reading form of <see cref="CreatorProfile"/>.</summary>
internal sealed class CreatorProfileDocument
{
    private static readonly CreatorProfile Defaults = new();

    public long Followers { get; set; } = Defaults.Followers;

    public int? Age { get; set; } = Defaults.Age;

    public int? AccountAgeDays { get; set; } = Defaults.AccountAgeDays;

    public string? Region { get; set; } = Defaults.Region;

    public string? AudienceRegion { get; set; } = Defaults.AudienceRegion;

    public string? Niche { get; set; } = Defaults.Niche;

    [System.Text.Json.Serialization.JsonConverter(typeof(AccountKindJsonConverter))]
    public AccountKind AccountKind { get; set; } = Defaults.AccountKind;

    public bool InGoodStanding { get; set; } = Defaults.InGoodStanding;

    public CreatorProfile ToProfile() => new()
    {
        Followers = Followers,
        Age = Age,
        AccountAgeDays = AccountAgeDays,
        Region = Region,
        AudienceRegion = AudienceRegion,
        Niche = Niche,
        AccountKind = AccountKind,
        InGoodStanding = InGoodStanding,
    };
}

/// <summary>The settable reading form of <see cref="ShortVideoStats"/>.</summary>
internal sealed class ShortVideoStatsDocument
{
    private static readonly ShortVideoStats Defaults = new();

    public int VideosPosted { get; set; } = Defaults.VideosPosted;

    public int LongVideosPosted { get; set; } = Defaults.LongVideosPosted;

    public long Views { get; set; } = Defaults.Views;

    public long QualifiedViews { get; set; } = Defaults.QualifiedViews;

    public long? BestVideoQualifiedViews { get; set; } = Defaults.BestVideoQualifiedViews;

    public double? AverageWatchSeconds { get; set; } = Defaults.AverageWatchSeconds;

    public double? FinishRate { get; set; } = Defaults.FinishRate;

    public double? OriginalShare { get; set; } = Defaults.OriginalShare;

    public double? SearchViewShare { get; set; } = Defaults.SearchViewShare;

    public long Likes { get; set; } = Defaults.Likes;

    public long Comments { get; set; } = Defaults.Comments;

    public long Shares { get; set; } = Defaults.Shares;

    public long Saves { get; set; } = Defaults.Saves;

    public ShortVideoStats ToStats() => new()
    {
        VideosPosted = VideosPosted,
        LongVideosPosted = LongVideosPosted,
        Views = Views,
        QualifiedViews = QualifiedViews,
        BestVideoQualifiedViews = BestVideoQualifiedViews,
        AverageWatchSeconds = AverageWatchSeconds,
        FinishRate = FinishRate,
        OriginalShare = OriginalShare,
        SearchViewShare = SearchViewShare,
        Likes = Likes,
        Comments = Comments,
        Shares = Shares,
        Saves = Saves,
    };
}

/// <summary>The settable reading form of <see cref="LiveStats"/>.</summary>
internal sealed class LiveStatsDocument
{
    private static readonly LiveStats Defaults = new();

    public int Sessions { get; set; } = Defaults.Sessions;

    public double Hours { get; set; } = Defaults.Hours;

    public double AverageConcurrentViewers { get; set; } = Defaults.AverageConcurrentViewers;

    public long Likes { get; set; } = Defaults.Likes;

    public Coins? CoinsGifted { get; set; } = Defaults.CoinsGifted;

    public long NewFollowers { get; set; } = Defaults.NewFollowers;

    public LiveStats ToStats() => new()
    {
        Sessions = Sessions,
        Hours = Hours,
        AverageConcurrentViewers = AverageConcurrentViewers,
        Likes = Likes,
        CoinsGifted = CoinsGifted,
        NewFollowers = NewFollowers,
    };
}

/// <summary>The settable reading form of <see cref="BrandDealInputs"/>.</summary>
internal sealed class BrandDealInputsDocument
{
    private static readonly BrandDealInputs Defaults = new();

    public int? SponsoredPostsPerPeriod { get; set; } = Defaults.SponsoredPostsPerPeriod;

    public long? MedianViewsPerVideo { get; set; } = Defaults.MedianViewsPerVideo;

    public Money? ObservedPricePerPost { get; set; } = Defaults.ObservedPricePerPost;

    public double? EngagementRateByFollowers { get; set; } = Defaults.EngagementRateByFollowers;

    public double? EngagementRateByViews { get; set; } = Defaults.EngagementRateByViews;

    public BrandDealInputs ToInputs() => new()
    {
        EngagementRateByFollowers = EngagementRateByFollowers,
        EngagementRateByViews = EngagementRateByViews,
        SponsoredPostsPerPeriod = SponsoredPostsPerPeriod,
        MedianViewsPerVideo = MedianViewsPerVideo,
        ObservedPricePerPost = ObservedPricePerPost,
    };
}

/// <summary>The settable reading form of <see cref="MerchandiseInputs"/>.</summary>
internal sealed class MerchandiseInputsDocument
{
    private static readonly MerchandiseInputs Defaults = new();

    public long? ObservedOrders { get; set; } = Defaults.ObservedOrders;

    public Money? AverageOrderValue { get; set; } = Defaults.AverageOrderValue;

    public bool SellsThroughTikTokShop { get; set; } = Defaults.SellsThroughTikTokShop;

    public Money? FixedCosts { get; set; } = Defaults.FixedCosts;

    public MerchandiseInputs ToInputs() => new()
    {
        FixedCosts = FixedCosts,
        ObservedOrders = ObservedOrders,
        AverageOrderValue = AverageOrderValue,
        SellsThroughTikTokShop = SellsThroughTikTokShop,
    };
}

/// <summary>The settable reading form of <see cref="AffiliateInputs"/>.</summary>
internal sealed class AffiliateInputsDocument
{
    private static readonly AffiliateInputs Defaults = new();

    public Money? ObservedSales { get; set; } = Defaults.ObservedSales;

    public double? CommissionRate { get; set; } = Defaults.CommissionRate;

    public double? ShopAdsCommissionRate { get; set; } = Defaults.ShopAdsCommissionRate;

    public double? ShopAdsOrderShare { get; set; } = Defaults.ShopAdsOrderShare;

    public AffiliateInputs ToInputs() => new()
    {
        ObservedSales = ObservedSales,
        CommissionRate = CommissionRate,
        ShopAdsCommissionRate = ShopAdsCommissionRate,
        ShopAdsOrderShare = ShopAdsOrderShare,
    };
}

/// <summary>The settable reading form of <see cref="SubscriptionInputs"/>.</summary>
internal sealed class SubscriptionInputsDocument
{
    private static readonly SubscriptionInputs Defaults = new();

    public long Subscribers { get; set; } = Defaults.Subscribers;

    public Money? MonthlyPrice { get; set; } = Defaults.MonthlyPrice;

    public SubscriptionInputs ToInputs() => new()
    {
        Subscribers = Subscribers,
        MonthlyPrice = MonthlyPrice,
    };
}
