using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TikTokMonetization.Tests;

namespace TikTokMonetization.Orleans.Tests;

/// <summary>
/// Keeps the Orleans pages true: every <c>```csharp orleans</c> block of the docs compiles as a file of its own against
/// TikTokMonetization.Orleans, Orleans and the hosting packages (the docs-samples guard of the core SDK skips these
/// blocks, since it compiles against the core SDK only). A block with statements is a console program's Program.cs; one
/// without is a library file. Each gets the console SDK's implicit usings and must bring its own others.
/// </summary>
public sealed class OrleansDocsSamplesTests
{
    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    private static readonly string[] OrleansPages = ["docs/live-rooms.md", "docs/scale-out.md"];

    public static TheoryData<string> Pages() => new(OrleansPages);

    [Theory]
    [MemberData(nameof(Pages))]
    public void EveryOrleansBlock_Compiles(string page)
    {
        var blocks = OrleansBlocks(page);
        Assert.NotEmpty(blocks);
        var problems = blocks.SelectMany(Compile).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void OrleansBlocksOutsideTheOrleansPages_AreNone()
    {
        var elsewhere = MarkdownCodeBlocks.Pages()
            .Where(p => !OrleansPages.Contains(p))
            .SelectMany(OrleansBlocks)
            .Select(b => b.ToString())
            .ToList();
        Assert.True(elsewhere.Count == 0, "```csharp orleans blocks are compiled only on the pages this test lists; add the page: " + string.Join(", ", elsewhere));
    }

    private static List<FencedCodeBlock> OrleansBlocks(string page) =>
        MarkdownCodeBlocks.Read(page).Where(b => b.Language == "csharp" && b.Flags.Contains("orleans")).ToList();

    private static IEnumerable<string> Compile(FencedCodeBlock block)
    {
        var options = new CSharpParseOptions(LanguageVersion.CSharp14);
        var usings = string.Concat(ImplicitUsings.Select(u => $"global using {u};\n"));
        var code = CSharpSyntaxTree.ParseText(block.Text, options, path: block.Page);
        var program = code.GetCompilationUnitRoot().Members.Any(m => m is Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax);
        var compilation = CSharpCompilation.Create(
            "DocsSample",
            [CSharpSyntaxTree.ParseText(usings, options, path: "GlobalUsings.cs"), code],
            References.Value,
            new CSharpCompilationOptions(program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS8019")
            .Select(d => $"{block.Page}({block.Line + d.Location.GetLineSpan().StartLinePosition.Line},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
    }
}
