using Microsoft.Extensions.Options;

namespace TikTokMonetization.Revenue;

/// <summary>
/// Runs a user model's validator on the options instances of the models registered with it, and prefixes each error with
/// where the settings live (the configuration section, or the model when configured in code). Options instances that
/// belong to no registered model of this options type are skipped.
/// </summary>
internal sealed class ModelOptionsValidator<TOptions, TValidator> : IValidateOptions<TOptions>
    where TOptions : class
    where TValidator : class, IValidateOptions<TOptions>
{
    private readonly TValidator _inner;
    private readonly RevenueModelDescriptor[] _descriptors;

    public ModelOptionsValidator(TValidator inner, IEnumerable<RevenueModelDescriptor> descriptors)
    {
        _inner = inner;
        _descriptors = descriptors.Where(d => d.OptionsType == typeof(TOptions)).ToArray();
    }

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var descriptor = Array.Find(_descriptors, d => string.Equals(d.OptionsName, name ?? string.Empty, StringComparison.Ordinal));
        if (descriptor is null)
        {
            return ValidateOptionsResult.Skip;
        }

        var result = _inner.Validate(name, options);
        if (!result.Failed)
        {
            return result;
        }

        var path = descriptor.SettingsPath;
        var failures = (result.Failures ?? [result.FailureMessage]).Select(f => $"{path}: {f}").ToArray();
        return ValidateOptionsResult.Fail(failures);
    }
}
