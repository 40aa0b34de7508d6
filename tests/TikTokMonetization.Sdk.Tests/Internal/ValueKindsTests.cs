extern alias Sdk;

using Sdk::TikTokMonetization.Internal;

namespace TikTokMonetization.Tests;

/// <summary>
/// The one mapping from .NET types to the words a user reads for a wrong value: which kind of value an error message names
/// for each type a serializer's or a parser's message spells, and the words for each kind in a JSON document. The
/// command-line tool compiles the same source file and shows its internals to this project too, so the package's copy is
/// named through the <c>Sdk</c> alias of its reference.
/// </summary>
public sealed class ValueKindsTests
{
    [Theory]
    [InlineData("System.Int64", "WholeNumber")]
    [InlineData("System.Int32", "WholeNumber")]
    [InlineData("System.Int16", "WholeNumber")]
    [InlineData("System.Byte", "WholeNumber")]
    [InlineData("System.Nullable`1[System.Int32]", "WholeNumber")]
    [InlineData("System.Decimal", "Number")]
    [InlineData("System.Double", "Number")]
    [InlineData("System.Single", "Number")]
    [InlineData("System.Nullable`1[System.Double]", "Number")]
    [InlineData("System.Boolean", "TrueOrFalse")]
    [InlineData("System.DateTime", "Date")]
    [InlineData("System.DateTimeOffset", "Date")]
    [InlineData("System.DateOnly", "Date")]
    [InlineData("System.Nullable`1[System.DateTimeOffset]", "Date")]
    [InlineData("System.String", "Text")]
    [InlineData("System.Int64[]", "List")]
    [InlineData("System.String[]", "List")]
    [InlineData("System.Collections.Generic.List`1[System.Int64]", "List")]
    [InlineData("System.Collections.Generic.IReadOnlyList`1[System.String]", "List")]
    [InlineData("System.Collections.Generic.IEnumerable`1[System.Int32]", "List")]
    [InlineData("System.TimeSpan", "Other")]
    [InlineData("TikTokMonetization.Creators.CreatorProfile", "Other")]
    public void FromTypeName_NamesTheKindOfValue_AListBeforeItsElements(string typeName, string kind) =>
        Assert.Equal(kind, ValueKinds.FromTypeName(typeName).ToString());

    [Theory]
    [InlineData(typeof(long), "WholeNumber")]
    [InlineData(typeof(int), "WholeNumber")]
    [InlineData(typeof(short), "WholeNumber")]
    [InlineData(typeof(byte), "WholeNumber")]
    [InlineData(typeof(int?), "WholeNumber")]
    [InlineData(typeof(decimal), "Number")]
    [InlineData(typeof(double), "Number")]
    [InlineData(typeof(float), "Number")]
    [InlineData(typeof(double?), "Number")]
    [InlineData(typeof(bool), "TrueOrFalse")]
    [InlineData(typeof(bool?), "TrueOrFalse")]
    [InlineData(typeof(DateTime), "Date")]
    [InlineData(typeof(DateTimeOffset), "Date")]
    [InlineData(typeof(DateTimeOffset?), "Date")]
    [InlineData(typeof(string), "Text")]
    [InlineData(typeof(TimeSpan), "Other")]
    [InlineData(typeof(object), "Other")]
    [InlineData(typeof(ulong), "WholeNumber")]
    [InlineData(typeof(uint), "WholeNumber")]
    [InlineData(typeof(ushort), "WholeNumber")]
    [InlineData(typeof(sbyte), "WholeNumber")]
    public void FromType_NamesTheKindOfValue_ANullableTypeTheKindOfItsUnderlyingType(Type type, string kind) =>
        Assert.Equal(kind, ValueKinds.FromType(type).ToString());

    [Theory]
    [InlineData(typeof(long))]
    [InlineData(typeof(int))]
    [InlineData(typeof(short))]
    [InlineData(typeof(byte))]
    [InlineData(typeof(ulong))]
    [InlineData(typeof(uint))]
    [InlineData(typeof(ushort))]
    [InlineData(typeof(sbyte))]
    [InlineData(typeof(decimal))]
    [InlineData(typeof(double))]
    [InlineData(typeof(float))]
    [InlineData(typeof(bool))]
    [InlineData(typeof(DateTime))]
    [InlineData(typeof(DateTimeOffset))]
    [InlineData(typeof(string))]
    [InlineData(typeof(int?))]
    public void FromType_AndFromTypeName_AgreeOnEveryType(Type type) =>
        Assert.Equal(ValueKinds.FromTypeName(type.ToString()), ValueKinds.FromType(type));

    [Fact]
    public void InJson_GivesEachKindsWords_AndNoneForOther()
    {
        const string dates = "an ISO 8601 date, such as 2025-03-01";

        Assert.Equal("a whole number", ValueKinds.InJson(ValueKind.WholeNumber, dates));
        Assert.Equal("a number", ValueKinds.InJson(ValueKind.Number, dates));
        Assert.Equal("true or false", ValueKinds.InJson(ValueKind.TrueOrFalse, dates));
        Assert.Equal(dates, ValueKinds.InJson(ValueKind.Date, dates));
        Assert.Equal("text in quotes", ValueKinds.InJson(ValueKind.Text, dates));
        Assert.Equal("a list in brackets", ValueKinds.InJson(ValueKind.List, dates));
        Assert.Null(ValueKinds.InJson(ValueKind.Other, dates));
    }
}
