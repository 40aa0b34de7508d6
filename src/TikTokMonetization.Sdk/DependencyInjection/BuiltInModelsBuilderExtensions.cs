using Microsoft.Extensions.Configuration;
using TikTokMonetization.Internal;

namespace TikTokMonetization;

/// <summary>Adds every built-in revenue model at once.</summary>
/// <remarks>Call during application start-up; registration is not thread-safe.</remarks>
public static class BuiltInModelsBuilderExtensions
{
    /// <summary>
    /// Adds every built-in revenue model with its documented defaults. Configure any of them further with its own
    /// <c>AddXxx(o =&gt; ...)</c> call, before or after: registering a model twice registers it once.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddBuiltInModels(this ITikTokMonetizationBuilder builder)
    {
        Guard.NotNull(builder, nameof(builder));

        // One line per built-in model, in report order.
        builder.AddLiveGifts();
        builder.AddCreatorRewards();
        builder.AddBrandDeals();
        builder.AddMerchandise();
        builder.AddAffiliate();
        builder.AddSubscriptions();
        return builder;
    }

    /// <summary>
    /// Adds every built-in revenue model and binds each from its own child section of <paramref name="configuration"/>
    /// (for example the <c>TikTokMonetization</c> section): <c>LiveGifts</c>, <c>CreatorRewards</c>, <c>BrandDeals</c>,
    /// <c>Merchandise</c>, <c>Affiliate</c> and <c>Subscriptions</c>. A missing section leaves that model at its defaults.
    /// Reloads take effect on the next estimate.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configuration">The section whose children configure the models.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddBuiltInModels(this ITikTokMonetizationBuilder builder, IConfiguration configuration)
    {
        Guard.NotNull(builder, nameof(builder));
        Guard.NotNull(configuration, nameof(configuration));
        builder.AddLiveGifts(configuration.GetSection("LiveGifts"));
        builder.AddCreatorRewards(configuration.GetSection("CreatorRewards"));
        builder.AddBrandDeals(configuration.GetSection("BrandDeals"));
        builder.AddMerchandise(configuration.GetSection("Merchandise"));
        builder.AddAffiliate(configuration.GetSection("Affiliate"));
        builder.AddSubscriptions(configuration.GetSection("Subscriptions"));
        return builder;
    }
}
