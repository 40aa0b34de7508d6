namespace TikTokMonetization.Internal;

/// <summary>The kinds of value a field or an option takes, as a person writing a file or a command line sees them.</summary>
internal enum ValueKind
{
    /// <summary>A kind with no plainer name than its field's own description.</summary>
    Other,

    /// <summary>An integer (<see cref="byte"/>, <see cref="short"/>, <see cref="int"/>, <see cref="long"/>).</summary>
    WholeNumber,

    /// <summary>A number with a fraction (<see cref="decimal"/>, <see cref="double"/>, <see cref="float"/>).</summary>
    Number,

    /// <summary>A <see cref="bool"/>.</summary>
    TrueOrFalse,

    /// <summary>A date or a date and time.</summary>
    Date,

    /// <summary>A string.</summary>
    Text,

    /// <summary>An array or a list.</summary>
    List,
}

/// <summary>
/// The one mapping from the .NET type names in a serializer's or a parser's message to the words a user reads, shared by
/// the JSON readers of the SDK and by the command-line tool (which compiles this file too), so that a wrong value is
/// described alike wherever it was typed.
/// </summary>
internal static class ValueKinds
{
    /// <summary>Returns the kind of value a .NET type name (as a message spells it) stands for.</summary>
    public static ValueKind FromTypeName(string typeName)
    {
        // Nullable<T> and arrays spell the element type inside; the list check comes first so that "Int64[]" is a list.
        if (Has(typeName, "[]") || Has(typeName, "List`") || Has(typeName, "IReadOnlyList") || Has(typeName, "IEnumerable"))
        {
            return ValueKind.List;
        }

        return Has(typeName, "Int64") || Has(typeName, "Int32") || Has(typeName, "Int16") || Has(typeName, "Byte") ? ValueKind.WholeNumber
            : Has(typeName, "Decimal") || Has(typeName, "Double") || Has(typeName, "Single") ? ValueKind.Number
            : Has(typeName, "Boolean") ? ValueKind.TrueOrFalse
            : Has(typeName, "DateTime") || Has(typeName, "DateOnly") ? ValueKind.Date
            : Has(typeName, "String") ? ValueKind.Text
            : ValueKind.Other;

        static bool Has(string text, string part) => text.IndexOf(part, StringComparison.Ordinal) >= 0;
    }

    /// <summary>Returns the kind of value a property of the type takes (a nullable type takes its underlying type's kind).</summary>
    public static ValueKind FromType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        // The same kinds as the names FromTypeName reads ("UInt64" holds "Int64", "SByte" holds "Byte").
        return type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(byte)
            || type == typeof(ulong) || type == typeof(uint) || type == typeof(ushort) || type == typeof(sbyte) ? ValueKind.WholeNumber
            : type == typeof(decimal) || type == typeof(double) || type == typeof(float) ? ValueKind.Number
            : type == typeof(bool) ? ValueKind.TrueOrFalse
            : type == typeof(DateTime) || type == typeof(DateTimeOffset) ? ValueKind.Date
            : type == typeof(string) ? ValueKind.Text
            : ValueKind.Other;
    }

    /// <summary>
    /// The words for a kind in a JSON document ("the value must be ..."), or <see langword="null"/> for
    /// <see cref="ValueKind.Other"/>, whose words depend on the document.
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <param name="dateWords">How a date is written in this document, such as "an ISO 8601 date, such as 2025-03-01".</param>
    public static string? InJson(ValueKind kind, string dateWords) => kind switch
    {
        ValueKind.WholeNumber => "a whole number",
        ValueKind.Number => "a number",
        ValueKind.TrueOrFalse => "true or false",
        ValueKind.Date => dateWords,
        ValueKind.Text => "text in quotes",
        ValueKind.List => "a list in brackets",
        _ => null,
    };
}
