namespace TikTokMonetization.Projections;

/// <summary>
/// The random numbers of one simulated path: a small, fast generator (xoshiro256**) seeded from the simulation's
/// seed and the path's index, so that every path draws the same numbers on every machine, in both package builds and
/// at any degree of parallelism.
/// </summary>
/// <remarks>
/// A growth model draws from the instance it is given and keeps no reference to it. Not thread-safe: one path, one thread.
/// </remarks>
public sealed class SimulationRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private double? _spareNormal;

    /// <summary>Initializes a new instance of the <see cref="SimulationRandom"/> class for one path.</summary>
    /// <param name="seed">The simulation's seed.</param>
    /// <param name="path">The path's index, from 0.</param>
    public SimulationRandom(long seed, long path) => Reset(seed, path);

    /// <summary>Returns the next number, uniform in [0, 1), with 53 random bits.</summary>
    /// <returns>The number.</returns>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Returns the next standard normal number (mean 0, standard deviation 1), by the Marsaglia polar method.</summary>
    /// <returns>The number.</returns>
    public double NextNormal()
    {
        if (_spareNormal is { } spare)
        {
            _spareNormal = null;
            return spare;
        }

        double u, v, s;
        do
        {
            u = (2d * NextDouble()) - 1d;
            v = (2d * NextDouble()) - 1d;
            s = (u * u) + (v * v);
        }
        while (s >= 1d || s == 0d);

        var factor = Math.Sqrt(-2d * Math.Log(s) / s);
        _spareNormal = v * factor;
        return u * factor;
    }

    /// <summary>Starts the sequence of another path over, without allocating.</summary>
    /// <param name="seed">The simulation's seed.</param>
    /// <param name="path">The path's index, from 0.</param>
    internal void Reset(long seed, long path)
    {
        // SplitMix64 spreads (seed, path) over the 256-bit state; it never leaves the state all zero.
        var x = unchecked((ulong)seed ^ ((ulong)path * 0x9E3779B97F4A7C15UL));
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
        _spareNormal = null;
    }

    private ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong value, int bits) => (value << bits) | (value >> (64 - bits));
}
