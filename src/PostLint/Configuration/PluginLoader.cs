using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint.Configuration;

/// <summary>
/// Loads the analyzers of a plugin assembly (a <c>.dll</c> listed under <c>plugins:</c> in <c>.postlint.yml</c>). Each
/// plugin gets its own load context, which finds the plugin's own dependencies next to it but always hands back the
/// host's <c>PostLint.Core</c>, so that the plugin's analyzers derive from the host's <see cref="DiagnosticAnalyzer"/>.
/// </summary>
public static class PluginLoader
{
    /// <summary>Why the Native AOT build refuses plugins, and which builds load them.</summary>
    public const string NativeAotReason =
        "this postlint is the Native AOT build, which cannot load plugins; use the framework-dependent build " +
        "(`dotnet publish src/PostLint.Cli -c Release -p:PublishProfile=readytorun`, then artifacts/readytorun/postlint) " +
        "or `dotnet run --project src/PostLint.Cli --`";

    // One load context per plugin path for the process: configurations that name the same plugin (a folder's and its
    // subfolder's) share its types and analyzers instead of loading the assembly once more for each.
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<DiagnosticAnalyzer>>> Loaded = new(StringComparer.Ordinal);

    /// <summary>Creates one instance of every public, non-abstract <see cref="DiagnosticAnalyzer"/> in the assembly at <paramref name="fullPath"/>.</summary>
    /// <param name="fullPath">The plugin's absolute path.</param>
    /// <exception cref="PluginException">The plugin cannot be used; <see cref="PluginException.Reason"/> says why in one line.</exception>
    public static IReadOnlyList<DiagnosticAnalyzer> Load(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            throw new PluginException(NativeAotReason);
        }

        if (!File.Exists(fullPath))
        {
            throw new PluginException("file not found");
        }

        var loaded = Loaded.GetOrAdd(fullPath, path => new Lazy<IReadOnlyList<DiagnosticAnalyzer>>(() => LoadAnalyzers(path)));
        try
        {
            return loaded.Value;
        }
        catch (PluginException)
        {
            // A plugin that failed is not remembered: a later configuration in the same process may name it once it is fixed.
            Loaded.TryRemove(new KeyValuePair<string, Lazy<IReadOnlyList<DiagnosticAnalyzer>>>(fullPath, loaded));
            throw;
        }
    }

    /// <summary>Instantiates and checks the analyzers among <paramref name="types"/>.</summary>
    /// <exception cref="PluginException">None is found, or one cannot be created or breaks the rule-ID rules.</exception>
    internal static IReadOnlyList<DiagnosticAnalyzer> CreateAnalyzers(IEnumerable<Type> types)
    {
        var analyzers = types.Select(Instantiate).OfType<DiagnosticAnalyzer>().Select(Checked).ToList();
        return analyzers.Count > 0
            ? analyzers
            : throw new PluginException($"no public {nameof(DiagnosticAnalyzer)} with a public parameterless constructor found");
    }

    // The one place that reflects over a plugin's types, only ever reached through Load, which refuses in a Native AOT process.
    private const string PluginTypesWereNotTrimmed =
        "The type comes from a plugin assembly loaded at run time, which trimming never saw and so never trimmed; " +
        "Load refuses plugins in a Native AOT process before any type is looked at.";

    /// <summary>A new instance of <paramref name="type"/> when it is a public, concrete analyzer with a public parameterless constructor, else null.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = PluginTypesWereNotTrimmed)]
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = PluginTypesWereNotTrimmed)]
    private static DiagnosticAnalyzer? Instantiate(Type type)
    {
        if (type is not { IsVisible: true, IsAbstract: false, IsGenericTypeDefinition: false }
            || !type.IsSubclassOf(typeof(DiagnosticAnalyzer))
            || type.GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        try
        {
            return (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is { } inner)
        {
            throw new PluginException($"the constructor of {type.FullName} threw {inner.GetType().Name}: {OneLine(inner.Message)}");
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification =
        "Loading an assembly at run time is what a plugin is; its own code was never trimmed. " +
        "Load refuses plugins in a Native AOT process before calling this.")]
    private static IReadOnlyList<DiagnosticAnalyzer> LoadAnalyzers(string fullPath)
    {
        Type[] types;
        try
        {
            var context = new PluginLoadContext(fullPath);
            types = context.LoadFromAssemblyPath(fullPath).GetExportedTypes();
        }
        catch (BadImageFormatException)
        {
            throw new PluginException("not a .NET assembly");
        }
        catch (Exception ex) when (ex is FileLoadException or FileNotFoundException or TypeLoadException or IOException or InvalidOperationException)
        {
            throw new PluginException("cannot be loaded: " + OneLine(ex.Message));
        }

        return CreateAnalyzers(types);
    }

    private static DiagnosticAnalyzer Checked(DiagnosticAnalyzer analyzer)
    {
        var name = analyzer.GetType().FullName;
        IReadOnlyList<DiagnosticDescriptor> descriptors;
        try
        {
            descriptors = analyzer.SupportedDiagnostics;
        }
        catch (Exception ex)
        {
            throw new PluginException($"{name}.{nameof(DiagnosticAnalyzer.SupportedDiagnostics)} threw {ex.GetType().Name}: {OneLine(ex.Message)}");
        }

        if (descriptors is not { Count: > 0 })
        {
            throw new PluginException($"{name} supports no diagnostics");
        }

        if (descriptors.Any(d => d is null))
        {
            throw new PluginException($"{name} lists a null descriptor");
        }

        if (descriptors.FirstOrDefault(d => RuleId.IsReserved(d.Id)) is { } reserved)
        {
            throw new PluginException($"{name} reports rule {reserved.Id}, but the PL prefix is reserved for PostLint's own rules");
        }

        return analyzer;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>A plugin's own load context: its dependencies from next to it, <c>PostLint.Core</c> from the host.</summary>
    private sealed class PluginLoadContext(string pluginPath) : AssemblyLoadContext($"PostLint plugin {pluginPath}")
    {
        private static readonly Assembly Host = typeof(DiagnosticAnalyzer).Assembly;
        private readonly AssemblyDependencyResolver _resolver = new(pluginPath);

        [UnconditionalSuppressMessage("Trimming", "IL2026", Justification =
            "Only plugin contexts call this, and PluginLoader creates them only in a process that can load code.")]
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (string.Equals(assemblyName.Name, Host.GetName().Name, StringComparison.OrdinalIgnoreCase))
            {
                return Host;
            }

            // Anything the plugin does not ship itself (the framework, say) comes from the host.
            return _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
        }

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
            _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
    }
}
