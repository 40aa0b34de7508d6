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
}
