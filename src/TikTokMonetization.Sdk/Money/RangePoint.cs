namespace TikTokMonetization;

/// <summary>One of the three points of a range.</summary>
/// <remarks>An enumeration; values are immutable and thread-safe.</remarks>
public enum RangePoint
{
    /// <summary>The low point.</summary>
    Low = 0,

    /// <summary>The expected point.</summary>
    Expected = 1,

    /// <summary>The high point.</summary>
    High = 2,
}
