namespace TikTokMonetization.DocsSamples;

/// <summary>The usings and names each kind of C# block compiles with.</summary>
internal static class SampleConventions
{
    /// <summary>The name of the flag that marks a block as part of a file.</summary>
    public const string FragmentFlag = "fragment";

    /// <summary>
    /// The names a fragment may use without declaring them: <c>args</c>, <c>services</c>, <c>provider</c>,
    /// <c>configuration</c>, <c>engine</c>, <c>model</c>, <c>snapshot</c>, and a model class of the reader's, <c>MyModel</c>.
    /// A fragment's statements run in a method of a class derived from <c>DocsSampleContext</c>, so a fragment may also
    /// declare its own variable of the same name.
    /// </summary>
    public const string FragmentContext = """
        using System;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using TikTokMonetization.Creators;
        using TikTokMonetization.Revenue;

        namespace DocsSamples;

        public abstract class DocsSampleContext
        {
            protected string[] args = [];
            protected IServiceCollection services = new ServiceCollection();
            protected ServiceProvider provider = new ServiceCollection().BuildServiceProvider();
            protected IConfiguration configuration = new ConfigurationBuilder().Build();
            protected IRevenueEngine engine = null!;
            protected IRevenueModel model = null!;
            protected CreatorSnapshot snapshot = SampleCreators.MidTierUs;
        }

        /// <summary>A model of the reader's own, for fragments that register one.</summary>
        public sealed class MyModel : IRevenueModel
        {
            public string Name => "my-model";

            public string DisplayName => "My model";

            public RevenueEstimate Estimate(CreatorSnapshot snapshot) => throw new NotSupportedException();
        }
        """;

    private static readonly string[] ConsoleUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly string[] HostingUsings =
        ["Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging"];

    private static readonly string[] WebUsings =
        ["System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing"];

    private static readonly string[] FragmentUsings =
    [
        "Microsoft.Extensions.Configuration",
        "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Options",
        "TikTokMonetization",
        "TikTokMonetization.Creators",
        "TikTokMonetization.Likes",
        "TikTokMonetization.Models.Affiliate",
        "TikTokMonetization.Models.BrandDeals",
        "TikTokMonetization.Models.CreatorRewards",
        "TikTokMonetization.Models.LiveGifts",
        "TikTokMonetization.Models.Merchandise",
        "TikTokMonetization.Models.Subscriptions",
        "TikTokMonetization.RateCards",
        "TikTokMonetization.Revenue",
        "TikTokMonetization.Serialization",
        "TikTokMonetization.Testing",
        "Xunit",
        "DocsSamples",
    ];

    /// <summary>Returns the kind a block's flags select.</summary>
    /// <param name="flags">The info string's words after the language.</param>
    /// <returns>The kind; <see cref="SampleKind.Console"/> when no flag names one.</returns>
    public static SampleKind KindOf(IReadOnlyList<string> flags)
    {
        foreach (var flag in flags)
        {
            switch (flag.ToLowerInvariant())
            {
                case FragmentFlag: return SampleKind.Fragment;
                case "excerpt": return SampleKind.Excerpt;
                case "web": return SampleKind.Web;
                case "worker": return SampleKind.Worker;
            }
        }

        return SampleKind.Console;
    }

    /// <summary>Returns the namespaces a kind of block sees without a using of its own.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The namespaces: a project SDK's implicit usings, and for fragments the SDK's own.</returns>
    public static IReadOnlyList<string> UsingsOf(SampleKind kind) => kind switch
    {
        SampleKind.Web => [.. ConsoleUsings, .. WebUsings, .. HostingUsings],
        SampleKind.Worker => [.. ConsoleUsings, .. HostingUsings],
        SampleKind.Fragment or SampleKind.Excerpt => [.. ConsoleUsings, .. FragmentUsings],
        _ => ConsoleUsings,
    };
}
