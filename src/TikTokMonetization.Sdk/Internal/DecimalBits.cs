using System.Runtime.InteropServices;

namespace TikTokMonetization.Internal;

/// <summary>
/// A decimal's sixteen bytes, read without <see cref="decimal.GetBits(decimal)"/>'s array. Every runtime (.NET
/// Framework, Mono, .NET) lays a decimal out with its flags (sign and scale) in its first four bytes; a test checks
/// the reading against <c>GetBits</c>.
/// </summary>
[StructLayout(LayoutKind.Explicit)]
internal struct DecimalBits
{
    [FieldOffset(0)]
    public decimal Value;

    [FieldOffset(0)]
    public int Flags;

    [FieldOffset(0)]
    public ulong Low;

    [FieldOffset(8)]
    public ulong High;

    /// <summary>The number of decimal places the value is written with (1.50 has 2).</summary>
    public static int Scale(decimal value) => (new DecimalBits { Value = value }.Flags >> 16) & 0xFF;

    /// <summary>Whether two decimals are the same bits: the same value written with the same scale and sign.</summary>
    public static bool Same(decimal a, decimal b)
    {
        var x = new DecimalBits { Value = a };
        var y = new DecimalBits { Value = b };
        return x.Low == y.Low && x.High == y.High;
    }
}
