using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TikTokMonetization.Tests;

namespace TikTokMonetization.DocsSamples;

/// <summary>
/// Compiles the C# blocks of one Markdown page together, as one assembly, with the SDK, the options source generator and
/// C# 14. Each block becomes a file: its usings and type declarations stay as written, and its statements go into a
/// method (as top-level statements do). <c>#line</c> directives map every diagnostic back to the page's own line.
/// </summary>
internal static class SampleCompiler
{
    /// <summary>CS8803, top-level statements after a type: a fragment may show a type and then the statement that uses it.</summary>
    private const string StatementsAfterTypes = "CS8803";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp14, DocumentationMode.None);

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        FrameworkAssemblies().Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToArray());

    /// <summary>
    /// The same references with the Microsoft.Extensions assemblies of the newest packages (see the project file) in place
    /// of the framework's, as an application that ran <c>dotnet add package</c> compiles against.
    /// </summary>
    private static readonly Lazy<MetadataReference[]> NewestReferences = new(() =>
    {
        var newest = NewestExtensionsAssemblies();
        return FrameworkAssemblies()
            .Select(path => newest.TryGetValue(Path.GetFileName(path), out var replacement) ? replacement : path)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    });

    private static readonly Lazy<ISourceGenerator[]> Generators = new(LoadGenerators);

    /// <summary>How an excerpt's members are compared with the SDK's: types by name, parameters with names and defaults.</summary>
    private static readonly SymbolDisplayFormat SignatureFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeRef,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeParamsRefOut | SymbolDisplayParameterOptions.IncludeDefaultValue,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>Compiles a page's C# blocks and returns every error and warning, each as <c>page(line,column): …</c>.</summary>
    /// <param name="page">The page, relative to the repository root.</param>
    /// <param name="blocks">The page's C# blocks.</param>
    /// <returns>The problems; empty when every block compiles cleanly.</returns>
    /// <param name="newestExtensions">Compile against the newest Microsoft.Extensions packages instead of the framework's.</param>
    public static IReadOnlyList<string> Compile(string page, IReadOnlyList<FencedCodeBlock> blocks, bool newestExtensions = false)
    {
        var problems = new List<string>();
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(SampleConventions.FragmentContext, ParseOptions, "DocsSampleContext.cs") };
        var excerpts = new List<SyntaxTree>();
        foreach (var block in blocks)
        {
            var original = CSharpSyntaxTree.ParseText(block.Text, ParseOptions);
            var fragment = SampleConventions.KindOf(block.Flags) == SampleKind.Fragment;
            var syntaxErrors = original.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error && !(fragment && d.Id == StatementsAfterTypes))
                .ToList();
            if (syntaxErrors.Count > 0)
            {
                problems.AddRange(syntaxErrors.Select(d => Describe(block, d)));
                continue;
            }

            var root = (CompilationUnitSyntax)original.GetRoot();
            var kind = SampleConventions.KindOf(block.Flags);
            if (kind == SampleKind.Excerpt && root.Members.Any(m => m is not BaseTypeDeclarationSyntax))
            {
                problems.Add($"{block.Page}({block.Line}): an excerpt holds type declarations only");
                continue;
            }

            var tree = CSharpSyntaxTree.ParseText(Wrap(block, kind, root), ParseOptions, $"{block.Page}.{block.Line}.sample.cs", Encoding.UTF8);
            trees.Add(tree);
            if (kind == SampleKind.Excerpt)
            {
                excerpts.Add(tree);
            }
        }

        var compilation = CSharpCompilation.Create(
            "DocsSamples",
            trees,
            newestExtensions ? NewestReferences.Value : References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                // As every SDK-style project does (NoWarn CS1701;CS1702): the SDK was built against 10.0, the app against a newer version.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
        CSharpGeneratorDriver.Create(Generators.Value, parseOptions: ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        problems.AddRange(generatorDiagnostics.Concat(generated.GetDiagnostics())
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed)
            .Select(Describe));
        problems.AddRange(excerpts.SelectMany(tree => CompareWithSdk(generated, tree)));
        return problems;
    }

    /// <summary>Gets the newest Microsoft.Extensions version the samples are also compiled against.</summary>
    public static string NewestExtensionsVersion => NewestExtensionsSetting()[1];

    private static IEnumerable<string> FrameworkAssemblies() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

    private static string[] NewestExtensionsSetting() =>
        (typeof(SampleCompiler).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NewestExtensions").Value
            ?? throw new InvalidOperationException("The project file sets no NewestExtensions metadata.")).Split('|');

    /// <summary>File name to path of each downloaded package's assembly for this framework (its lib/net10.0).</summary>
    private static Dictionary<string, string> NewestExtensionsAssemblies()
    {
        var setting = NewestExtensionsSetting();
        var (root, version) = (setting[0], setting[1]);
        var assemblies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var package in setting[2].Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var path = Path.Combine(root, package.ToLowerInvariant(), version, "lib", "net10.0", package + ".dll");
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"{path} is missing: the project downloads {package} {version}; restore the docs-samples project.");
            }

            assemblies[package + ".dll"] = path;
        }

        return assemblies;
    }

    private static string Wrap(FencedCodeBlock block, SampleKind kind, CompilationUnitSyntax root)
    {
        var own = root.Usings.Where(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None)).Select(u => u.NamespaceOrType.ToString()).ToHashSet(StringComparer.Ordinal);
        var text = new StringBuilder().AppendLine("#line hidden");
        foreach (var name in SampleConventions.UsingsOf(kind).Where(n => !own.Contains(n)))
        {
            text.Append("using ").Append(name).AppendLine(";");
        }

        foreach (var node in root.Usings.Cast<SyntaxNode>().Concat(root.AttributeLists))
        {
            AppendAsWritten(text, block, node);
        }

        // A method written with an access modifier (a test method, say) parses as a local function; it is a class member.
        var statements = root.Members.OfType<GlobalStatementSyntax>().Where(s => !IsMethod(s)).ToList();
        var types = root.Members.Where(m => m is BaseNamespaceDeclarationSyntax or BaseTypeDeclarationSyntax or DelegateDeclarationSyntax).ToList();
        var members = root.Members.Where(m => m is GlobalStatementSyntax statement ? IsMethod(statement) : !types.Contains(m)).ToList();
        if (kind == SampleKind.Excerpt)
        {
            // A namespace of its own, so that the copies do not hide the SDK's types from the page's other samples.
            text.AppendLine("#line hidden").Append("namespace DocsSampleExcerpt").Append(block.Line).AppendLine(" {");
            foreach (var type in types)
            {
                AppendAsWritten(text, block, type);
            }

            return text.AppendLine("#line hidden").AppendLine("}").ToString();
        }

        foreach (var type in types)
        {
            AppendAsWritten(text, block, type);
        }

        if (statements.Count + members.Count == 0)
        {
            return text.ToString();
        }

        // Statements run in a method, as top-level statements do: static with args in a complete file, and an instance
        // method of a DocsSampleContext in a fragment, so that the context's names are in scope.
        var isFragment = kind == SampleKind.Fragment;
        var returns = statements.Any(ContainsAwait) ? "async Task" : "void";
        text.AppendLine("#line hidden")
            .Append("internal sealed class DocsSample").Append(block.Line).AppendLine(isFragment ? " : DocsSamples.DocsSampleContext" : string.Empty)
            .AppendLine("{");
        foreach (var member in members)
        {
            AppendAsWritten(text, block, member);
        }

        if (statements.Count > 0)
        {
            text.AppendLine("#line hidden")
                .AppendLine(isFragment ? $"private {returns} RunSample()" : $"private static {returns} RunSample(string[] args)")
                .AppendLine("{");
            foreach (var statement in statements)
            {
                AppendAsWritten(text, block, statement);
            }

            text.AppendLine("#line hidden").AppendLine("}");
        }

        return text.AppendLine("}").ToString();
    }

    /// <summary>Checks that every member an excerpt shows exists in the SDK's type of the same name, with the same signature.</summary>
    private static IEnumerable<string> CompareWithSdk(Compilation compilation, SyntaxTree excerpt)
    {
        var sdk = compilation.References
            .Select(compilation.GetAssemblyOrModuleSymbol)
            .OfType<IAssemblySymbol>()
            .Single(a => a.Identity.Name == typeof(Money).Assembly.GetName().Name);
        var model = compilation.GetSemanticModel(excerpt);
        foreach (var declaration in excerpt.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
        {
            var shown = model.GetDeclaredSymbol(declaration)!;
            var where = Where(declaration.Identifier.GetLocation());
            var real = PublicTypes(sdk.GlobalNamespace).FirstOrDefault(t => t.Name == shown.Name && t.Arity == shown.Arity);
            if (real is null)
            {
                yield return $"{where}: the SDK has no public type {shown.Name}";
                continue;
            }

            foreach (var member in shown.GetMembers().Where(m => !m.IsImplicitlyDeclared && m is not IMethodSymbol { AssociatedSymbol: not null }))
            {
                var candidates = real.GetMembers(member.Name).Select(Signature).ToList();
                if (!candidates.Contains(Signature(member)))
                {
                    var sdkSays = candidates.Count == 0 ? "has no such member" : "has " + string.Join(" / ", candidates);
                    yield return $"{Where(member.Locations[0])}: shown as '{Signature(member)}', but {real.ToDisplayString()} {sdkSays}";
                }
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> PublicTypes(INamespaceSymbol ns) =>
        ns.GetTypeMembers().Where(t => t.DeclaredAccessibility == Accessibility.Public)
            .Concat(ns.GetNamespaceMembers().SelectMany(PublicTypes));

    private static string Signature(ISymbol symbol) => symbol.ToDisplayString(SignatureFormat);

    private static string Where(Location location)
    {
        var span = location.GetMappedLineSpan();
        return FormattableString.Invariant($"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})");
    }

    /// <summary>Appends a node of a block, mapped to the page line it was written on.</summary>
    private static void AppendAsWritten(StringBuilder text, FencedCodeBlock block, SyntaxNode node)
    {
        var start = node.GetLocation().GetLineSpan().StartLinePosition;
        text.Append("#line ").Append(block.Line + start.Line).Append(" \"").Append(block.Page).AppendLine("\"")
            .Append(' ', start.Character).AppendLine(node.ToString());
    }

    private static bool IsMethod(GlobalStatementSyntax statement) =>
        statement.Statement is LocalFunctionStatementSyntax function
        && function.Modifiers.Any(m => m.Kind() is SyntaxKind.PublicKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword or SyntaxKind.InternalKeyword);

    private static bool ContainsAwait(SyntaxNode statement) =>
        statement.DescendantTokens(n => n is not AnonymousFunctionExpressionSyntax and not LocalFunctionStatementSyntax)
            .Any(t => t.IsKind(SyntaxKind.AwaitKeyword));

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var where = span.HasMappedPath || !diagnostic.Location.IsInSource
            ? FormattableString.Invariant($"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})")
            : FormattableString.Invariant($"{span.Path}({span.StartLinePosition.Line + 1}) in code the guard added: {diagnostic.Location.SourceTree!.GetText().Lines[span.StartLinePosition.Line]}");
        return $"{where}: {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }

    private static string Describe(FencedCodeBlock block, Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return FormattableString.Invariant($"{block.Page}({block.Line + start.Line},{start.Character + 1}): error {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
    }

    /// <summary>Loads the source generators the build copied next to the tests (see the project file).</summary>
    private static ISourceGenerator[] LoadGenerators()
    {
        var generators = new List<ISourceGenerator>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "generators"), "*.dll"))
        {
            Type?[] types;
            try
            {
                types = Assembly.LoadFrom(path).GetTypes();
            }
            catch (ReflectionTypeLoadException ex)
            {
                types = ex.Types;
            }

            foreach (var type in types.OfType<Type>().Where(t => !t.IsAbstract && t.IsDefined(typeof(GeneratorAttribute), inherit: false)))
            {
                generators.Add(Activator.CreateInstance(type) switch
                {
                    IIncrementalGenerator incremental => incremental.AsSourceGenerator(),
                    ISourceGenerator generator => generator,
                    _ => throw new InvalidOperationException($"{type} is marked [Generator] but is not a generator."),
                });
            }
        }

        return generators.Count > 0 ? [.. generators] : throw new InvalidOperationException("No source generator found in " + AppContext.BaseDirectory + "generators.");
    }
}
