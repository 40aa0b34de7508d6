namespace TikTokMonetization.Internal;

/// <summary>
/// Reads System.Text.Json's exception messages so that the SDK's JSON readers can say the same thing in the words of
/// the file: which field is unknown, and what kind of value a field takes.
/// </summary>
internal static class JsonErrorText
{
    private const string NotConverted = "The JSON value could not be converted to ";

    /// <summary>Returns whether the message is the serializer's "not a member" error for an unknown field.</summary>
    public static bool IsUnknownField(string message) =>
        message.IndexOf("could not be mapped to any .NET member", StringComparison.Ordinal) >= 0;

    /// <summary>
    /// Returns the field path of a JSON path as the file spells it (<c>$.brandDeals.posts</c> gives
    /// <c>brandDeals.posts</c>), or <see langword="null"/> for the root or no path.
    /// </summary>
    public static string? FieldPath(string? path) =>
        path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p.Substring(2) : null;

    /// <summary>
    /// Returns whether the message is a conversion error, and then the kind of value the field takes (from the .NET type
    /// the message names).
    /// </summary>
    public static bool TryGetExpectedKind(string message, out ValueKind kind)
    {
        var at = message.IndexOf(NotConverted, StringComparison.Ordinal);
        if (at < 0)
        {
            kind = ValueKind.Other;
            return false;
        }

        kind = ValueKinds.FromTypeName(message.Substring(at + NotConverted.Length));
        return true;
    }
}
