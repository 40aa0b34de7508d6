using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TikTokMonetization.Internal;

/// <summary>Argument checks that read the same on every target framework.</summary>
internal static class Guard
{
    public static T NotNull<T>([NotNull] T? value, string paramName)
        where T : class
    {
        if (value is null)
        {
            ThrowNull(paramName);
        }

        return value;
    }

    public static string NotNullOrWhiteSpace([NotNull] string? value, string paramName)
    {
        if (value is null || value.Trim().Length == 0)
        {
            throw new ArgumentException($"{paramName} must be a non-empty string.", paramName);
        }

        return value;
    }

    public static decimal NotNegative(decimal value, string paramName)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} is {Format(value)}; it must be zero or greater.");
        }

        return value;
    }

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    [DoesNotReturn]
    private static void ThrowNull(string paramName) => throw new ArgumentNullException(paramName);
}
