using TikTokMonetization.Tests;

namespace TikTokMonetization.DocsSamples;

/// <summary>Every C# block in README.md and docs/ compiles against the current SDK, without warnings.</summary>
public sealed class CSharpSamplesTests
{
    /// <summary>Gets the pages that hold C# blocks.</summary>
    public static TheoryData<string> PagesWithCSharp { get; } = new(MarkdownCodeBlocks.Pages().Where(p => MarkdownCodeBlocks.Read(p).Any(IsCSharp)));

    [Theory]
    [MemberData(nameof(PagesWithCSharp))]
    public void EveryCSharpBlock_Compiles(string page)
    {
        var problems = SampleCompiler.Compile(page, MarkdownCodeBlocks.Read(page).Where(IsCSharp).ToList());

        Assert.True(problems.Count == 0, $"C# samples in {page} do not compile (see docs/README.md, \"Code samples\", for the conventions):\n" + string.Join("\n", problems));
    }

    /// <summary>
    /// The same pages compiled against the newest Microsoft.Extensions packages (11.0.0), which make the synchronous
    /// <c>IStartupValidator</c> obsolete (SYSLIB0066): a sample must compile without warnings on what a user gets from
    /// <c>dotnet add package</c> as well as on the version the package references.
    /// </summary>
    [Theory]
    [MemberData(nameof(PagesWithCSharp))]
    public void EveryCSharpBlock_Compiles_AgainstTheNewestMicrosoftExtensions(string page)
    {
        var problems = SampleCompiler.Compile(page, MarkdownCodeBlocks.Read(page).Where(IsCSharp).ToList(), newestExtensions: true);

        Assert.True(problems.Count == 0, $"C# samples in {page} do not compile against Microsoft.Extensions {SampleCompiler.NewestExtensionsVersion}:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void EveryCodeBlock_NamesItsLanguage_AndCSharpIsCalledCsharp()
    {
        var unguarded = MarkdownCodeBlocks.Pages().SelectMany(MarkdownCodeBlocks.Read)
            .Where(b => b.Language.Length == 0 || b.Language is "cs" or "c#" or "csharp-script")
            .Select(b => b.ToString())
            .ToList();

        Assert.True(unguarded.Count == 0, "Code blocks the guard would skip; name the language (```csharp, ```json, ```text, ```sh): " + string.Join(", ", unguarded));
    }

    // ```csharp orleans blocks need TikTokMonetization.Orleans: tests/TikTokMonetization.Orleans.Tests compiles them.
    private static bool IsCSharp(FencedCodeBlock block) => block.Language == "csharp" && !block.Flags.Contains("orleans");
}
