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

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    [DoesNotReturn]
    private static void ThrowNull(string paramName) => throw new ArgumentNullException(paramName);
}
