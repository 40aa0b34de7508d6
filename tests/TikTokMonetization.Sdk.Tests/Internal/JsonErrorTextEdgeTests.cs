using System.Text.Json;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Tests;

/// <summary>
/// The kind of value a conversion error names is read from the type in the serializer's message, whether or not the
/// message still ends with the serializer's position (whose "BytePositionInLine" once made every kind a whole number).
/// </summary>
public sealed class JsonErrorTextEdgeTests
{
    [Theory]
    [InlineData(typeof(long[]), "List")]
    [InlineData(typeof(List<long>), "List")]
    [InlineData(typeof(IReadOnlyList<string>), "List")]
    [InlineData(typeof(IEnumerable<int>), "List")]
    [InlineData(typeof(DateTime), "Date")]
    [InlineData(typeof(DateTimeOffset?), "Date")]
    [InlineData(typeof(long?), "WholeNumber")]
    [InlineData(typeof(double), "Number")]
    [InlineData(typeof(bool), "TrueOrFalse")]
    [InlineData(typeof(string), "Text")]
    public void TryGetExpectedKind_OnTheSerializersWholeMessage_NamesTheKindOfTheTargetType(Type type, string kind)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{}", type));
        Assert.Contains(" Path: $ | LineNumber: 0 | BytePositionInLine: ", ex.Message, StringComparison.Ordinal);

        Assert.True(JsonErrorText.TryGetExpectedKind(ex.Message, out var named), ex.Message);
        Assert.Equal(kind, named.ToString());
    }

    [Theory]
    [InlineData("The JSON value could not be converted to System.Boolean.", "TrueOrFalse")]
    [InlineData("The JSON value could not be converted to System.Int64[]. Path: $.ids[0] | LineNumber: 3 | BytePositionInLine: 12.", "List")]
    public void TryGetExpectedKind_WithOrWithoutThePosition_ReadsOnlyTheTypeName(string message, string kind)
    {
        Assert.True(JsonErrorText.TryGetExpectedKind(message, out var named));
        Assert.Equal(kind, named.ToString());
    }

    [Fact]
    public void TryGetExpectedKind_OnAnotherMessage_SaysNo()
    {
        Assert.False(JsonErrorText.TryGetExpectedKind("'{' is invalid after a value.", out var named));
        Assert.Equal("Other", named.ToString());
    }
}
