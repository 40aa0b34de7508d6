using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Internal;

namespace TikTokMonetization;

/// <summary>Runs the options validation a host runs at start, for applications without a host (a console tool, a test, a script).</summary>
/// <remarks>
/// A generic host (ASP.NET Core, a worker) validates every <c>ValidateOnStart</c> registration when it starts, so it needs
/// none of this. Without a host, call <see cref="ValidateOnStartNow"/> once after building the provider. It works
/// unchanged with every Microsoft.Extensions.Options version the package supports: from version 11 the validator's
/// synchronous interface is obsolete (SYSLIB0066) in favour of an asynchronous one, and calling it through this method
/// keeps your code free of that warning whichever version your application resolves. Thread-safe; validation runs each time it is called.
/// </remarks>
public static class StartupValidationExtensions
{
    /// <summary>
    /// Validates every options registration marked <c>ValidateOnStart</c> (the SDK marks all of its own), as a host does
    /// at start, and throws one exception that lists every problem.
    /// </summary>
    /// <param name="provider">The built service provider.</param>
    /// <exception cref="OptionsValidationException">An option is invalid; with several options types invalid, an <see cref="AggregateException"/> of them.</exception>
    /// <example>
    /// <code>
    /// using var provider = services.BuildServiceProvider();
    /// provider.ValidateOnStartNow(); // throws with every problem listed
    /// </code>
    /// </example>
    public static void ValidateOnStartNow(this IServiceProvider provider)
    {
        Guard.NotNull(provider, nameof(provider));
        provider.GetRequiredService<IStartupValidator>().Validate();
    }
}
