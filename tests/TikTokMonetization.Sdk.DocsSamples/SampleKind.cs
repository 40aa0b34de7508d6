namespace TikTokMonetization.DocsSamples;

/// <summary>
/// What a C# block of the docs is, chosen by a flag after the language in its info string: <c>```csharp</c> is a
/// complete file of a console app, <c>```csharp web</c> of an ASP.NET Core app, <c>```csharp worker</c> of a worker
/// service, <c>```csharp fragment</c> is part of a file, and <c>```csharp excerpt</c> shows declarations of the SDK itself.
/// </summary>
internal enum SampleKind
{
    /// <summary>A complete file of a console app: only the console SDK's implicit usings are added.</summary>
    Console,

    /// <summary>A complete <c>Program.cs</c> of an ASP.NET Core app: the web SDK's implicit usings are added.</summary>
    Web,

    /// <summary>A complete <c>Program.cs</c> of a worker service: the worker SDK's implicit usings are added.</summary>
    Worker,

    /// <summary>
    /// Part of a file: the SDK's namespaces, the Microsoft.Extensions ones it works with and Xunit are imported, and the
    /// names of <see cref="SampleConventions.FragmentContext"/> (<c>services</c>, <c>provider</c>, <c>engine</c>,
    /// <c>snapshot</c>, …) are in scope.
    /// </summary>
    Fragment,

    /// <summary>
    /// Type declarations copied from the SDK for reading (its contract, say). They compile like a fragment but in a
    /// namespace of their own, and every member shown must exist in the SDK's type of the same name with the same signature.
    /// </summary>
    Excerpt,
}
