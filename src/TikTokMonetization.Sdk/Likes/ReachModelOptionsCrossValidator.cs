using System.Globalization;
using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Likes;

/// <summary>
/// Checks the bound of <see cref="ReachModelOptions.MaximumViewsUplift"/> with the option's path and value (the attribute
/// rule reports neither): the likes analysis multiplies every view-driven input by up to 1 + the uplift, so the bound is
/// part of the overflow budget in docs/input-limits.md.
/// </summary>
internal sealed class ReachModelOptionsCrossValidator : IValidateOptions<ReachModelOptions>
{
    private const string Path = "TikTokMonetization:Reach";

    public ValidateOptionsResult Validate(string? name, ReachModelOptions options)
    {
        var builder = new ValidateOptionsResultBuilder();
        if (options.MaximumViewsUplift is < 0m or > InputLimits.MaxViewsUplift)
        {
            builder.AddError(string.Format(
                CultureInfo.InvariantCulture,
                "{0}:MaximumViewsUplift is {1}; it must be from 0 to {2} (the likes analysis may at most double views; see docs/input-limits.md).",
                Path,
                options.MaximumViewsUplift,
                InputLimits.MaxViewsUplift));
        }

        return builder.Build();
    }
}
