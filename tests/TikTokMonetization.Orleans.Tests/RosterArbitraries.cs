using FsCheck;
using FsCheck.Fluent;

namespace TikTokMonetization.Orleans.Tests;

/// <summary>One room of a generated scenario: its session, the feeder's batch size, and which of its calls go wrong and how.</summary>
public sealed record RoomPlan(int Seed, int Frames, int BatchSize, IReadOnlyDictionary<int, CallFault> Faults)
{
    public override string ToString() =>
        $"room(seed {Seed}, {Frames} frames, batches of {BatchSize}, faults {string.Join(" ", Faults.OrderBy(f => f.Key).Select(f => $"{f.Key}:{f.Value}"))})";
}

/// <summary>A generated roster scenario: rooms fed at once into one roster.</summary>
public sealed record RosterPlan(IReadOnlyList<RoomPlan> Rooms)
{
    public override string ToString() => string.Join("; ", Rooms);
}

/// <summary>Generators of roster scenarios: one to three rooms, sessions of 20 to 240 frames, up to eight faulty calls each.</summary>
public static class RosterArbitraries
{
    public static Arbitrary<RosterPlan> Plans() =>
        (from count in Gen.Choose(1, 3)
         from rooms in Room().ArrayOf(count)
         select new RosterPlan(rooms)).ToArbitrary();

    private static Gen<RoomPlan> Room() =>
        from seed in Gen.Choose(1, 1_000_000)
        from frames in Gen.Choose(20, 240)
        from batch in Gen.Choose(5, 60)
        from faults in Gen.Choose(1, 30).Zip(Gen.Elements(Enum.GetValues<CallFault>())).ArrayOf().Select(a => a.Take(8).ToArray())
        select new RoomPlan(seed, frames, batch, faults.GroupBy(f => f.Item1).ToDictionary(g => g.Key, g => g.First().Item2));
}
