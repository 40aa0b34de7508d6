using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TikTokMonetization.Orleans.Rooms;
using TikTokMonetization.Orleans.Rosters;

namespace TikTokMonetization.Orleans;

/// <summary>Adds the LIVE room and roster grains and the SDK services they use to an Orleans silo.</summary>
/// <remarks>
/// The silo must also have a grain storage provider named <see cref="LiveRoomOptions.StorageName"/> (rooms and rosters keep their state in it): in memory for
/// development (<c>AddMemoryGrainStorage</c>), Redis in production (<c>AddRedisGrainStorage</c>). Call during start-up;
/// registration is not thread-safe.
/// </remarks>
public static class SiloBuilderExtensions
{
    /// <summary>Registers the room grains' services: the SDK's engine, LIVE gifts model and ledger, and <see cref="LiveRoomOptions"/> validated at start.</summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">Changes the room options, or <see langword="null"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ISiloBuilder AddTikTokMonetizationLiveRooms(this ISiloBuilder builder, Action<LiveRoomOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = Register(builder.Services, sdk: null);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return builder;
    }

    /// <summary>Registers the room grains' services, bound from the application's <c>TikTokMonetization</c> section (with its <c>LiveRooms</c> and <c>LiveRosters</c> sub-sections).</summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="section">The <c>TikTokMonetization</c> section.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ISiloBuilder AddTikTokMonetizationLiveRooms(this ISiloBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        Register(builder.Services, section);
        builder.Services.Configure<LiveRoomOptions>(section.GetSection("LiveRooms"));
        builder.Services.Configure<LiveRosterOptions>(section.GetSection("LiveRosters"));
        return builder;
    }

    /// <summary>Changes the roster grains' options (day and week lines, leaderboard sizes, persistence); call after <see cref="AddTikTokMonetizationLiveRooms(ISiloBuilder, Action{LiveRoomOptions}?)"/>.</summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">Changes the roster options.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ISiloBuilder ConfigureLiveRosters(this ISiloBuilder builder, Action<LiveRosterOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return builder;
    }

    private static OptionsBuilder<LiveRoomOptions> Register(IServiceCollection services, IConfiguration? sdk)
    {
        var tiktok = sdk is null ? services.AddTikTokMonetization() : services.AddTikTokMonetization(sdk);
        if (sdk is null)
        {
            tiktok.AddLiveGifts().AddLiveLedger();
        }
        else
        {
            tiktok.AddLiveGifts(sdk.GetSection("LiveGifts")).AddLiveLedger(sdk.GetSection("LiveLedger"));
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LiveRoomOptions>, LiveRoomOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LiveRosterOptions>, LiveRosterOptionsValidator>());
        services.AddOptions<LiveRosterOptions>().ValidateOnStart();
        return services.AddOptions<LiveRoomOptions>().ValidateOnStart();
    }
}
