using Microsoft.Extensions.Configuration;
using TikTokMonetization.Internal;
using TikTokMonetization.Revenue;

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

        foreach (var registration in Registrations)
        {
            registration.InCode(builder);
        }

        return builder;
    }

    /// <summary>
    /// Adds every built-in revenue model and binds each from its own child section of <paramref name="configuration"/>
    /// (for example the <c>TikTokMonetization</c> section), named by <see cref="RevenueModelDescriptor.SectionKey"/> of
    /// <see cref="BuiltInModels.All"/>: <c>LiveGifts</c>, <c>CreatorRewards</c>, <c>BrandDeals</c>, <c>Merchandise</c>,
    /// <c>Affiliate</c> and <c>Subscriptions</c>. A missing section leaves that model at its defaults.
    /// Reloads take effect on the next estimate.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configuration">The section whose children configure the models.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ITikTokMonetizationBuilder AddBuiltInModels(this ITikTokMonetizationBuilder builder, IConfiguration configuration)
    {
        Guard.NotNull(builder, nameof(builder));
        Guard.NotNull(configuration, nameof(configuration));
        foreach (var registration in Registrations)
        {
            registration.FromSection(builder, configuration.GetSection(registration.Model.SectionKey!));
        }

        return builder;
    }

    /// <summary>
    /// How each descriptor of <see cref="BuiltInModels.All"/> is registered, in its order. Each model keeps its own typed
    /// <c>AddXxx</c> call, where the configuration binding source generator sees the concrete options type.
    /// </summary>
    internal static IReadOnlyList<BuiltInRegistration> Registrations { get; } =
    [
        new(BuiltInModels.LiveGifts, static b => b.AddLiveGifts(), static (b, c) => b.AddLiveGifts(c)),
        new(BuiltInModels.CreatorRewards, static b => b.AddCreatorRewards(), static (b, c) => b.AddCreatorRewards(c)),
        new(BuiltInModels.BrandDeals, static b => b.AddBrandDeals(), static (b, c) => b.AddBrandDeals(c)),
        new(BuiltInModels.Merchandise, static b => b.AddMerchandise(), static (b, c) => b.AddMerchandise(c)),
        new(BuiltInModels.Affiliate, static b => b.AddAffiliate(), static (b, c) => b.AddAffiliate(c)),
        new(BuiltInModels.Subscriptions, static b => b.AddSubscriptions(), static (b, c) => b.AddSubscriptions(c)),
    ];

    /// <summary>One built-in model's registration in code and from a configuration section.</summary>
    internal sealed record BuiltInRegistration(
        RevenueModelDescriptor Model,
        Func<ITikTokMonetizationBuilder, ITikTokMonetizationBuilder> InCode,
        Func<ITikTokMonetizationBuilder, IConfiguration, ITikTokMonetizationBuilder> FromSection);
}
