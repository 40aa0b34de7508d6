using System.Globalization;
using Microsoft.Extensions.Options;
using TikTokMonetization.Live;
using TikTokMonetization.Orleans.Rooms;

namespace TikTokMonetization.Orleans.Rosters;

/// <summary>
/// The roster grain: the latest contribution of each room replaced by version, the LIVEs of past weeks rolled into
/// one persisted total, state written every N contributions, every T seconds, on request and on deactivation.
/// </summary>
internal sealed class LiveRosterGrain : Grain, ILiveRosterGrain
{
    private readonly IPersistentState<LiveRosterState> _state;
    private readonly LiveRosterOptions _options;
    private readonly TimeProvider _time;

    // Each room's version in the state last written: what a room may stop re-sending.
    private readonly Dictionary<string, long> _durable = new(StringComparer.Ordinal);
    private int _unwritten;

    public LiveRosterGrain(
        [PersistentState("roster", LiveRoomOptions.StorageName)] IPersistentState<LiveRosterState> state,
        IOptions<LiveRosterOptions> options,
        TimeProvider time)
    {
        _state = state;
        _options = options.Value;
        _time = time;
    }

    private string RosterId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        MarkDurable();
        this.RegisterGrainTimer(OnTimerAsync, _options.CheckpointInterval, _options.CheckpointInterval);
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_unwritten > 0)
        {
            await WriteAsync().ConfigureAwait(true);
        }
    }

    public async Task<LiveRosterReceipt> ContributeAsync(LiveRoomContribution contribution, bool persist)
    {
        Check(contribution);
        var state = _state.State;
        var room = contribution.RoomId;
        if (state.RolledUpRooms.TryGetValue(room, out var rolled))
        {
            // The room's LIVE is already in the rolled-up totals, which cannot take a replacement: count the refusal,
            // which the summary reports, rather than add the room twice.
            if (contribution.Version > rolled)
            {
                state.LateContributions++;
                _unwritten++;
            }

            return new LiveRosterReceipt(Math.Max(rolled, contribution.Version), Math.Max(rolled, contribution.Version));
        }

        if (!state.Rooms.TryGetValue(room, out var held) || held.Version < contribution.Version)
        {
            if (state.Currency.Length == 0)
            {
                (state.Currency, state.CurrencyMinorUnits) = (contribution.Currency, contribution.CurrencyMinorUnits);
            }

            state.Rooms[room] = contribution;
            _unwritten++;
        }

        if (_unwritten > 0 && (persist || _unwritten >= _options.CheckpointEveryContributions))
        {
            await WriteAsync().ConfigureAwait(true);
        }

        return Receipt(room);
    }

    public async Task<LiveRosterSummary> GetSummaryAsync()
    {
        var now = _time.GetUtcNow();
        if (RollUp(now) > 0)
        {
            await WriteAsync().ConfigureAwait(true);
        }

        var state = _state.State;
        var day = RosterCalendar.DayStart(now, _options.UtcOffset);
        var week = RosterCalendar.WeekStart(now, _options.UtcOffset, _options.FirstDayOfWeek);
        var live = new RosterTally();
        var today = new RosterTally();
        var thisWeek = new RosterTally();
        var all = new RosterTally();
        all.Add(state.RolledUp);
        foreach (var room in state.Rooms.Values)
        {
            all.Add(room);
            if (!room.Ended)
            {
                live.Add(room);
            }

            if (room.StartedAt is { } started && started >= week)
            {
                thisWeek.Add(room);
                if (started >= day)
                {
                    today.Add(room);
                }
            }
        }

        var currency = state.Currency.Length == 0 ? default : Currency.Create(state.Currency, state.CurrencyMinorUnits);
        var size = _options.LeaderboardSize;
        var windows = new[]
        {
            live.ToWindow(LiveRosterWindowKind.ThisLive, null, currency, size),
            today.ToWindow(LiveRosterWindowKind.Today, day, currency, size),
            thisWeek.ToWindow(LiveRosterWindowKind.ThisWeek, week, currency, size),
            all.ToWindow(LiveRosterWindowKind.AllTime, null, currency, size),
        };
        var tallies = new[] { live, today, thisWeek, all };
        return new LiveRosterSummary
        {
            RosterId = RosterId,
            AsOf = now,
            Rooms = state.Rooms.Values
                .OrderBy(r => r.Ended)
                .ThenBy(r => r.RoomId, StringComparer.Ordinal)
                .Select(Row)
                .ToArray(),
            ThisLive = windows[0],
            Today = windows[1],
            ThisWeek = windows[2],
            AllTime = windows[3],
            Goals = state.Goals.Select(g => new LiveRosterGoalProgress
            {
                Name = g.Name,
                Window = g.Window,
                Unit = g.Unit,
                Target = g.Target,
                Achieved = g.Unit == LiveGoalUnit.Cash ? tallies[(int)g.Window].Cash : tallies[(int)g.Window].Diamonds,
            }).ToArray(),
            Warnings = Warnings(windows),
        };
    }

    public Task<LiveRosterRoom?> GetRoomAsync(string roomId) =>
        Task.FromResult(roomId is not null && _state.State.Rooms.TryGetValue(roomId, out var r) ? Row(r) : null);

    public async Task SetGoalsAsync(IReadOnlyList<LiveRosterGoal> goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < goals.Count; i++)
        {
            var g = goals[i] ?? throw new ArgumentException($"Roster '{RosterId}': goal {i} is null. Nothing was changed.", nameof(goals));
            if (string.IsNullOrWhiteSpace(g.Name))
            {
                throw new ArgumentException($"Roster '{RosterId}': goal {i} has no name; every goal needs a unique, non-empty name. Nothing was changed.", nameof(goals));
            }

            if (!names.Add(g.Name))
            {
                throw new ArgumentException($"Roster '{RosterId}': goal {i} is named '{g.Name}' like an earlier one; names must be unique. Nothing was changed.", nameof(goals));
            }

            if (!Enum.IsDefined(g.Window))
            {
                throw new ArgumentException($"Roster '{RosterId}': goal '{g.Name}' has window {g.Window}; it must be ThisLive, Today, ThisWeek or AllTime. Nothing was changed.", nameof(goals));
            }

            if (!Enum.IsDefined(g.Unit))
            {
                throw new ArgumentException($"Roster '{RosterId}': goal '{g.Name}' has unit {g.Unit}; it must be Diamonds or Cash. Nothing was changed.", nameof(goals));
            }

            if (g.Target <= 0m)
            {
                throw new ArgumentException($"Roster '{RosterId}': goal '{g.Name}' has target {g.Target.ToString(CultureInfo.InvariantCulture)}; it must be greater than zero. Nothing was changed.", nameof(goals));
            }
        }

        _state.State.Goals = goals.Select(g => new LiveRosterGoal { Name = g.Name, Window = g.Window, Unit = g.Unit, Target = g.Target }).ToList();
        await WriteAsync().ConfigureAwait(true);
    }

    private async Task OnTimerAsync(CancellationToken cancellationToken)
    {
        RollUp(_time.GetUtcNow());
        if (_unwritten > 0)
        {
            await WriteAsync().ConfigureAwait(true);
        }
    }

    // Ended LIVEs that started before the current week leave the per-room table for the rolled-up totals; their ids
    // stay, with the version rolled, so that nothing from them is ever counted again.
    private int RollUp(DateTimeOffset now)
    {
        var week = RosterCalendar.WeekStart(now, _options.UtcOffset, _options.FirstDayOfWeek);
        var state = _state.State;
        var done = state.Rooms.Values.Where(r => r.Ended && (r.StartedAt is null || r.StartedAt < week)).ToList();
        if (done.Count == 0)
        {
            return 0;
        }

        var tally = new RosterTally();
        tally.Add(state.RolledUp);
        foreach (var room in done)
        {
            tally.Add(room);
            state.Rooms.Remove(room.RoomId);
            state.RolledUpRooms[room.RoomId] = room.Version;
        }

        state.RolledUp = tally.ToRollup(_options.RolledUpGifters);
        _unwritten += done.Count;
        return done.Count;
    }

    private async Task WriteAsync()
    {
        await _state.WriteStateAsync().ConfigureAwait(true);
        _unwritten = 0;
        MarkDurable();
    }

    private void MarkDurable()
    {
        _durable.Clear();
        foreach (var (room, contribution) in _state.State.Rooms)
        {
            _durable[room] = contribution.Version;
        }
    }

    private static LiveRosterRoom Row(LiveRoomContribution r) => new(r.RoomId, !r.Ended, r.StartedAt, r.LastEventAt, new Coins(r.Coins), r.Version);

    private LiveRosterReceipt Receipt(string room) =>
        new(_state.State.Rooms[room].Version, _durable.TryGetValue(room, out var durable) ? durable : 0);

    private List<string> Warnings(LiveRosterWindow[] windows)
    {
        var warnings = new List<string>();
        if (_state.State.LateContributions > 0)
        {
            warnings.Add(string.Format(
                CultureInfo.InvariantCulture,
                "{0:N0} contribution(s) came from rooms after their LIVE had been rolled up into the all-time totals and were not counted: a room took events after it ended.",
                _state.State.LateContributions));
        }

        foreach (var window in windows)
        {
            if (window.UnlistedMaxCoins.Value > 0m)
            {
                warnings.Add(string.Format(
                    CultureInfo.InvariantCulture,
                    "{0}: some rooms sent only their top gifters, so a gifter off the leaderboard may have sent up to {1:N0} coins; rows with MaxMissingCoins above 0 may be low by up to that much.",
                    window.Kind,
                    window.UnlistedMaxCoins.Value));
            }
        }

        return warnings;
    }

    private void Check(LiveRoomContribution contribution)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        if (string.IsNullOrWhiteSpace(contribution.RoomId))
        {
            throw new ArgumentException($"Roster '{RosterId}': a contribution has no room id; it must name its room. Nothing was changed.", nameof(contribution));
        }

        var room = contribution.RoomId;
        if (contribution.Version < 0)
        {
            throw new ArgumentException($"Roster '{RosterId}': room '{room}' sent version {contribution.Version}; it must be 0 or more. Nothing was changed.", nameof(contribution));
        }

        if (contribution.Coins < 0m || contribution.SettledCoins < 0m || contribution.Diamonds < 0m || contribution.Cash < 0m || contribution.Gifts < 0 ||
            contribution.UnpricedGifts < 0 || contribution.EventsRecorded < 0 || contribution.UnlistedMaxCoins < 0m)
        {
            throw new ArgumentException($"Roster '{RosterId}': room '{room}' sent a negative total (coins {contribution.Coins}, diamonds {contribution.Diamonds}, cash {contribution.Cash}, gifts {contribution.Gifts}); every total must be 0 or more. Nothing was changed.", nameof(contribution));
        }

        if (contribution.Gifters is null || contribution.Gifters.Any(g => g is null || g.Coins < 0m || g.Gifts < 0 || g.MaxMissingCoins < 0m))
        {
            throw new ArgumentException($"Roster '{RosterId}': room '{room}' sent a missing gifter list or a gifter with a negative total; send an empty list for none. Nothing was changed.", nameof(contribution));
        }

        var state = _state.State;
        if (state.Currency.Length > 0 && (!string.Equals(contribution.Currency, state.Currency, StringComparison.Ordinal) || contribution.CurrencyMinorUnits != state.CurrencyMinorUnits))
        {
            throw new ArgumentException($"Roster '{RosterId}': room '{room}' counts cash in {contribution.Currency}; the roster counts in {state.Currency}, set by its first room. Give every silo the same rate card currency. Nothing was changed.", nameof(contribution));
        }
    }
}
