using TikTokMonetization.Internal;

namespace TikTokMonetization.Tests;

/// <summary>
/// The JSON readers name a field as the file spells it, from the path System.Text.Json gives: <c>.name</c>,
/// <c>['name']</c> for a name a plain segment cannot hold, and <c>[index]</c>.
/// </summary>
public sealed class JsonErrorTextTests
{
    [Theory]
    [InlineData("$.videos.views", "videos.views")]
    [InlineData("$.profile['fol.lowers']", "profile.fol.lowers")]
    [InlineData("$['a.b']", "a.b")]
    [InlineData("$.goals[3].target", "goals[3].target")]
    [InlineData("$[2]", "[2]")]
    [InlineData("$", null)]
    [InlineData("$.", null)]
    [InlineData("$..a", null)]
    [InlineData("$x", null)]
    [InlineData("x.a", null)]
    [InlineData("$['a", null)]
    [InlineData("$[1", null)]
    [InlineData(null, null)]
    public void FieldPath_IsThePathWithoutTheRoot_InTheFilesWords(string? path, string? expected) =>
        Assert.Equal(expected, JsonErrorText.FieldPath(path));

    [Theory]
    [InlineData("$.bogus", null, "bogus")]
    [InlineData("$.videos.views", "videos", "views")]
    [InlineData("$.profile['fol.lowers']", "profile", "fol.lowers")]
    [InlineData("$['a.b']", null, "a.b")]
    [InlineData("$.goals[3].target", "goals[3]", "target")]
    [InlineData("$.a.b.c", "a.b", "c")]
    public void TrySplitLastField_GivesTheHoldersPathAndTheName(string path, string? parent, string name)
    {
        Assert.True(JsonErrorText.TrySplitLastField(path, out var holder, out var field));
        Assert.Equal(parent, holder);
        Assert.Equal(name, field);
    }

    [Theory]
    [InlineData("$")]
    [InlineData("$.goals[3]")]
    [InlineData("$['a")]
    [InlineData(null)]
    public void TrySplitLastField_WithoutAFieldAtTheEnd_SaysSo(string? path)
    {
        Assert.False(JsonErrorText.TrySplitLastField(path, out var holder, out var field));
        Assert.Null(holder);
        Assert.Equal(string.Empty, field);
    }

    [Theory]
    [InlineData("Duplicate property 'age' encountered during deserialization of type 'X'.", true)]
    [InlineData("The JSON property 'age' could not be mapped to any .NET member contained in type 'X'.", false)]
    [InlineData(" Duplicate property 'age'", false)]
    public void IsDuplicateField_ReadsTheSerializersMessage(string message, bool expected) =>
        Assert.Equal(expected, JsonErrorText.IsDuplicateField(message));
}
