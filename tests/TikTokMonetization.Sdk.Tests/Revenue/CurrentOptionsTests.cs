using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// <see cref="CurrentOptions{TOptions}"/> gives what <see cref="IOptionsMonitor{TOptions}.CurrentValue"/> gives: the
/// same instance until a reload, the reloaded instance after it, the default name's options only, and a validation error
/// where the monitor raises it (on the first read, not on construction).
/// </summary>
public sealed class CurrentOptionsTests
{
    [Fact]
    public void Value_IsTheMonitorsCurrentValue_AndFollowsAReload()
    {
        var (provider, source) = Build();
        using (provider)
        {
            var monitor = provider.GetRequiredService<IOptionsMonitor<Sample>>();
            using var current = new CurrentOptions<Sample>(monitor);

            Assert.Same(monitor.CurrentValue, current.Value);
            Assert.Equal(1, current.Value.Level);

            source.Set("Sample:Level", "7");
            source.Reload();

            Assert.Equal(7, current.Value.Level);
            Assert.Same(monitor.CurrentValue, current.Value);
        }
    }

    [Fact]
    public void AChangeToOtherNamedOptions_IsNotTaken()
    {
        var (provider, _, other) = BuildWithNamed();
        using (provider)
        {
            var monitor = provider.GetRequiredService<IOptionsMonitor<Sample>>();
            using var current = new CurrentOptions<Sample>(monitor);
            var before = current.Value;
            var named = new List<string>();
            using var listener = monitor.OnChange((_, name) => named.Add(name ?? "(null)"));

            other.Set("Other:Level", "42");
            other.Reload();

            Assert.Equal(["other"], named); // the monitor did report the change, under its name
            Assert.Equal(42, monitor.Get("other").Level);
            Assert.Same(before, current.Value);
            Assert.Equal(1, current.Value.Level);
        }
    }

    [Fact]
    public void InvalidOptions_FailOnTheFirstRead_NotOnConstruction()
    {
        var (provider, source) = Build();
        using (provider)
        {
            source.Set("Sample:Level", "-5");
            source.Reload();
            var monitor = provider.GetRequiredService<IOptionsMonitor<Sample>>();

            using var current = new CurrentOptions<Sample>(monitor);
            var error = Assert.Throws<OptionsValidationException>(() => current.Value);

            Assert.Contains("Level", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AfterDispose_TheLastValueIsKept_AndReloadsAreNoLongerFollowed()
    {
        var (provider, source) = Build();
        using (provider)
        {
            var current = new CurrentOptions<Sample>(provider.GetRequiredService<IOptionsMonitor<Sample>>());
            Assert.Equal(1, current.Value.Level);

            current.Dispose();
            source.Set("Sample:Level", "3");
            source.Reload();

            Assert.Equal(1, current.Value.Level);
        }
    }

    [Fact]
    public void AChangeWithoutAName_IsTheDefaultInstance()
    {
        // IOptionsMonitor's listener takes a nullable name; a monitor of the app's own may pass null for the default instance.
        var monitor = new HandMonitor(new Sample { Level = 1 });
        var current = new CurrentOptions<Sample>(monitor);
        Assert.Equal(1, current.Value.Level);

        monitor.Change(new Sample { Level = 2 }, null);
        Assert.Equal(2, current.Value.Level);

        monitor.Change(new Sample { Level = 3 }, "other");
        Assert.Equal(2, current.Value.Level);
    }

    [Fact]
    public void ANullMonitor_IsRefused()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new CurrentOptions<Sample>(null!));

        Assert.Equal("monitor", error.ParamName);
    }

    private static (ServiceProvider Provider, ReloadableSource Source) Build()
    {
        var (provider, source, _) = BuildWithNamed();
        return (provider, source);
    }

    private static (ServiceProvider Provider, ReloadableSource Source, ReloadableSource Other) BuildWithNamed()
    {
        var other = new ReloadableSource();
        other.Set("Other:Level", "2");
        var source = new ReloadableSource();
        source.Set("Sample:Level", "1");
        var services = new ServiceCollection();
        services.AddOptions<Sample>().Bind(new ConfigurationBuilder().Add(source).Build().GetSection("Sample")).Validate(o => o.Level >= 0, "Level must be 0 or more.");
        services.AddOptions<Sample>("other").Bind(new ConfigurationBuilder().Add(other).Build().GetSection("Other"));
        return (services.BuildServiceProvider(), source, other);
    }

    /// <summary>A monitor written by hand, as an app may write one: it tells its one listener of each change it is given.</summary>
    private sealed class HandMonitor(Sample initial) : IOptionsMonitor<Sample>
    {
        private Action<Sample, string?>? _listener;

        public Sample CurrentValue { get; private set; } = initial;

        public Sample Get(string? name) => CurrentValue;

        public IDisposable? OnChange(Action<Sample, string?> listener)
        {
            _listener = listener;
            return null;
        }

        public void Change(Sample value, string? name)
        {
            if (name is null)
            {
                CurrentValue = value;
            }

            _listener?.Invoke(value, name);
        }
    }

    public sealed class Sample
    {
        public int Level { get; set; }
    }

    private sealed class ReloadableSource : ConfigurationProvider, IConfigurationSource
    {
        public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

        public void Reload() => OnReload();
    }
}
