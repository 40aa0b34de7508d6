using System.Reflection;
using System.Text;

namespace TikTokMonetization.Tests;

/// <summary>
/// The public surface changes only on purpose: it is written out by reflection and compared with the reviewed file
/// PublicApi/PublicApi.approved.txt. To approve a deliberate change, run the tests with ACCEPT_PUBLIC_API=1 and
/// review the diff of the approved file in the commit.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesTheApprovedFile()
    {
        var actual = PublicApiWriter.Write(typeof(Money).Assembly);
        var approvedPath = RepositoryFiles.PathOf("tests/TikTokMonetization.Sdk.Tests/PublicApi/PublicApi.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        if (approved == actual)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("ACCEPT_PUBLIC_API") == "1")
        {
            File.WriteAllText(approvedPath, actual);
            return;
        }

        var receivedPath = Path.ChangeExtension(approvedPath, ".received.txt");
        File.WriteAllText(receivedPath, actual);
        var approvedLines = new HashSet<string>(approved.Split('\n'));
        var actualLines = new HashSet<string>(actual.Split('\n'));
        var added = actualLines.Where(l => !approvedLines.Contains(l)).Take(20);
        var removed = approvedLines.Where(l => !actualLines.Contains(l)).Take(20);
        Assert.Fail(
            $"The public API changed. Review {receivedPath} against {approvedPath}; if the change is deliberate, run the tests with ACCEPT_PUBLIC_API=1.\n" +
            $"Added:\n  {string.Join("\n  ", added)}\nRemoved:\n  {string.Join("\n  ", removed)}");
    }

    [Fact]
    public void EveryPublicType_IsInATikTokMonetizationNamespace() =>
        Assert.All(typeof(Money).Assembly.GetExportedTypes(), t => Assert.StartsWith("TikTokMonetization", t.Namespace, StringComparison.Ordinal));

    [Fact]
    public void EveryPublicType_DocumentsItsThreadSafety()
    {
        var assembly = typeof(Money).Assembly;
        var docs = System.Xml.Linq.XDocument.Load(Path.ChangeExtension(assembly.Location, ".xml"));
        var typeDocs = docs.Descendants("member")
            .Where(m => ((string?)m.Attribute("name"))?.StartsWith("T:", StringComparison.Ordinal) == true)
            .ToDictionary(m => ((string)m.Attribute("name")!)[2..], m => m.Value, StringComparer.Ordinal);
        var undocumented = assembly.GetExportedTypes()
            .Where(t => !typeDocs.TryGetValue(t.FullName!.Replace('+', '.'), out var text) || !text.Contains("thread", StringComparison.OrdinalIgnoreCase))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(undocumented.Count == 0, "Public types whose docs do not state thread-safety: " + string.Join(", ", undocumented));
    }
}

/// <summary>Writes an assembly's public surface as sorted, stable text.</summary>
internal static class PublicApiWriter
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Write(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeHeader(type)).Append('\n');
            foreach (var member in Members(type).OrderBy(m => m, StringComparer.Ordinal))
            {
                text.Append("    ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string TypeHeader(Type type)
    {
        var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : type.IsSealed ? "sealed class" : type.IsAbstract ? "abstract class" : "class";
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            bases.Add(Name(b));
        }

        bases.AddRange(type.GetInterfaces().Select(Name).OrderBy(n => n, StringComparer.Ordinal));
        return $"{kind} {Name(type)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty)}";
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        foreach (var member in type.GetMembers(Declared))
        {
            switch (member)
            {
                case ConstructorInfo c when Visible(c):
                    yield return $"{Access(c)}{(c.IsStatic ? "static " : string.Empty)}ctor({Parameters(c)})";
                    break;
                case MethodInfo m when Visible(m) && !m.IsSpecialName:
                    yield return $"{Access(m)}{(m.IsStatic ? "static " : string.Empty)}{Name(m.ReturnType)} {m.Name}{Generic(m)}({Parameters(m)})";
                    break;
                case MethodInfo op when Visible(op) && op.IsSpecialName && op.Name.StartsWith("op_", StringComparison.Ordinal):
                    yield return $"{Access(op)}static {Name(op.ReturnType)} {op.Name}({Parameters(op)})";
                    break;
                case PropertyInfo p when (p.GetMethod is { } g && Visible(g)) || (p.SetMethod is { } s && Visible(s)):
                    var getter = p.GetMethod is { } get && Visible(get) ? "get; " : string.Empty;
                    var setter = p.SetMethod is { } set && Visible(set) ? (IsInit(set) ? "init; " : "set; ") : string.Empty;
                    var index = p.GetIndexParameters();
                    var name = index.Length > 0 ? $"this[{string.Join(", ", index.Select(i => Name(i.ParameterType) + " " + i.Name))}]" : p.Name;
                    var accessor = p.GetMethod ?? p.SetMethod!;
                    yield return $"{Access(accessor)}{(accessor.IsStatic ? "static " : string.Empty)}{Name(p.PropertyType)} {name} {{ {getter}{setter}}}";
                    break;
                case FieldInfo f when f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly:
                    yield return $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{Name(f.FieldType)} {f.Name}";
                    break;
                case EventInfo e:
                    yield return $"event {Name(e.EventHandlerType!)} {e.Name}";
                    break;
            }
        }
    }

    private static bool Visible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

    private static string Access(MethodBase m) => m.IsPublic ? string.Empty : "protected ";

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string Generic(MethodInfo m) => m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Parameters(MethodBase m) => string.Join(", ", m.GetParameters().Select(p =>
        (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty)
        + Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType)
        + " " + p.Name
        + (p.HasDefaultValue ? " = " + (p.DefaultValue?.ToString() ?? "null") : string.Empty)));

    private static string Name(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
        if (type.IsGenericType)
        {
            name = name[..name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
        }

        return name;
    }
}
