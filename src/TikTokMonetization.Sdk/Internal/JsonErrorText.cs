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

    /// <summary>Returns whether the message is the serializer's error for a property that appears twice in one object.</summary>
    public static bool IsDuplicateField(string message) =>
        message.StartsWith("Duplicate property '", StringComparison.Ordinal);

    /// <summary>
    /// Returns the field path of a JSON path as the file spells it (<c>$.brandDeals.posts</c> gives
    /// <c>brandDeals.posts</c>, <c>$.profile['fol.lowers']</c> gives <c>profile.fol.lowers</c>), or
    /// <see langword="null"/> for the root, no path, or a path not written by System.Text.Json.
    /// </summary>
    public static string? FieldPath(string? path)
    {
        var fields = Split(path);
        return fields is null ? null : Join(fields, fields.Count);
    }

    /// <summary>
    /// Splits a JSON path into its last field's name and the path of the object that holds it (<see langword="null"/>
    /// for the root): <c>$.profile['fol.lowers']</c> gives <c>profile</c> and <c>fol.lowers</c>, so a name with a dot
    /// in it is not split at the dot.
    /// </summary>
    public static bool TrySplitLastField(string? path, out string? parent, out string name)
    {
        var fields = Split(path);
        if (fields is null || fields[fields.Count - 1].IsIndex)
        {
            parent = null;
            name = string.Empty;
            return false;
        }

        name = fields[fields.Count - 1].Text;
        parent = fields.Count == 1 ? null : Join(fields, fields.Count - 1);
        return true;
    }

    /// <summary>
    /// The segments of a path as System.Text.Json writes it: <c>$</c>, then <c>.name</c>, <c>['name']</c> (a name with
    /// a character a plain segment cannot hold) or <c>[index]</c>; <see langword="null"/> for the root or anything else.
    /// </summary>
    private static List<(string Text, bool IsIndex)>? Split(string? path)
    {
        if (path is null || path.Length < 2 || path[0] != '$')
        {
            return null;
        }

        var fields = new List<(string Text, bool IsIndex)>();
        var at = 1;
        while (at < path.Length)
        {
            if (path[at] == '.')
            {
                var end = at + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                if (end == at + 1)
                {
                    return null;
                }

                fields.Add((path.Substring(at + 1, end - at - 1), false));
                at = end;
            }
            else if (string.CompareOrdinal(path, at, "['", 0, 2) == 0)
            {
                var end = path.IndexOf("']", at + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return null;
                }

                fields.Add((path.Substring(at + 2, end - at - 2), false));
                at = end + 2;
            }
            else if (path[at] == '[')
            {
                var end = path.IndexOf(']', at);
                if (end < 0)
                {
                    return null;
                }

                fields.Add((path.Substring(at, end - at + 1), true));
                at = end + 1;
            }
            else
            {
                return null;
            }
        }

        return fields;
    }

    private static string Join(List<(string Text, bool IsIndex)> fields, int count)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && !fields[i].IsIndex)
            {
                text.Append('.');
            }

            text.Append(fields[i].Text);
        }

        return text.ToString();
    }

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

        // The type name ends where the serializer's position begins (" Path: $.x | LineNumber: 0 | BytePositionInLine: 9."),
        // whose words would otherwise be read as a type: "Byte" made every such message a whole number.
        var start = at + NotConverted.Length;
        var end = message.IndexOf(" Path: ", start, StringComparison.Ordinal);
        kind = ValueKinds.FromTypeName(message.Substring(start, (end < 0 ? message.Length : end) - start));
        return true;
    }
}
