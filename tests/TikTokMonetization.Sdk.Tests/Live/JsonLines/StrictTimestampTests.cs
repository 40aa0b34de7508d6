using TikTokMonetization.Live;

namespace TikTokMonetization.Tests;

/// <summary>
/// A recorded line's time at its edges: the first and last instant of the allowed range in milliseconds and in text, the
/// hint for a number in seconds or microseconds at each end of its range, and every part of the ISO 8601 shape the
/// format allows (seconds, a fraction of one to seven digits, Z or an offset), each just inside and just outside.
/// </summary>
public sealed class StrictTimestampTests
{
    private const string Range = "Unix milliseconds must be from 1451606400000 (2016-01-01) to 4102444799999 (2099-12-31).";
    private const string Seconds = " It looks like Unix seconds: multiply by 1000.";
    private const string Microseconds = " It looks like Unix microseconds: divide by 1000.";
    private const string Shape = "expected ISO 8601 such as '2025-03-01T20:00:00Z' (date, 'T', time, optional fraction and offset) or Unix milliseconds.";

    [Theory]
    [InlineData(1_451_606_400_000L)]
    [InlineData(1_740_859_200_000L)]
    [InlineData(4_102_444_799_999L)]
    public void Milliseconds_InTheRange_ReadAsThatInstant(long milliseconds) =>
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds), Read(milliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1451606399999", "")]
    [InlineData("4102444800000", "")]
    [InlineData("1451606399", "")]
    [InlineData("1451606400", Seconds)]
    [InlineData("4102444799", Seconds)]
    [InlineData("4102444800", "")]
    [InlineData("1451606399999999", "")]
    [InlineData("1451606400000000", Microseconds)]
    [InlineData("4102444799999999", Microseconds)]
    [InlineData("4102444800000000", "")]
    [InlineData("-1740859200000", "")]
    public void Milliseconds_OutsideTheRange_AreRefused_WithAHintOnlyForSecondsOrMicrosecondsInTheirRange(string number, string hint) =>
        Assert.Contains($"'time' is {number}; {Range}{hint} (", Refusal(number), StringComparison.Ordinal);

    [Theory]
    [InlineData("2016-01-01T00:00:00Z", "2016-01-01T00:00:00Z")]
    [InlineData("2099-12-31T23:59:59.9999999Z", "2099-12-31T23:59:59.9999999Z")]
    [InlineData("2025-03-01T20:00", "2025-03-01T20:00:00Z")]
    [InlineData("2025-03-01T20:00Z", "2025-03-01T20:00:00Z")]
    [InlineData("2025-03-01T20:00:05", "2025-03-01T20:00:05Z")]
    [InlineData("2025-03-01T20:00:00.5Z", "2025-03-01T20:00:00.5Z")]
    [InlineData("2025-03-01T20:00:00.1234567Z", "2025-03-01T20:00:00.1234567Z")]
    [InlineData("2025-03-01T20:00:00.125", "2025-03-01T20:00:00.125Z")]
    [InlineData("2025-03-01T20:00:00+05:30", "2025-03-01T14:30:00Z")]
    [InlineData("2025-03-01T20:00:00.5-01:00", "2025-03-01T21:00:00.5Z")]
    [InlineData("2025-03-01T20:00+01:00", "2025-03-01T19:00:00Z")]
    public void Text_InTheShapeAndRange_ReadsAsThatInstantInUtc(string text, string utc)
    {
        var time = Read($"\"{text}\"");

        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), time);
        Assert.Equal(TimeSpan.Zero, time.Offset);
    }

    [Theory]
    [InlineData("2015-12-31T23:59:59.9999999Z")]
    [InlineData("2100-01-01T00:00:00Z")]
    [InlineData("2100-01-01T01:00:00+01:00")]
    public void Text_OutsideTheRange_IsRefused(string text) =>
        Assert.Contains($"'time' is '{text}'; it must be between 2016-01-01 and 2100-01-01. (", Refusal($"\"{text}\""), StringComparison.Ordinal);

    [Theory]
    [InlineData("2025-03-01T20:0")]
    [InlineData("2025-03-01 20:00:00Z")]
    [InlineData("2025-03-01T20:00:0")]
    [InlineData("2025-03-01T20:00:5Z")]
    [InlineData("2025-03-01T20:00:00.Z")]
    [InlineData("2025-03-01T20:00:00.")]
    [InlineData("2025-03-01T20:00:00.12345678Z")]
    [InlineData("2025-03-01T20:00:00 ")]
    [InlineData("2025-03-01T20:00:00z")]
    [InlineData("2025-03-01T20:00:00ZZ")]
    [InlineData("2025-03-01T20:00:00A")]
    [InlineData("2025-03-01T20:00:00+0530")]
    [InlineData("2025-03-01T20:00:00+05:3")]
    [InlineData("2025-03-01T20:00:00+05:300")]
    [InlineData("2025-03-01T20:00:00 05:30")]
    [InlineData("2025-03-01T20:00:00+ 5:30")]
    [InlineData("2025-03-01T20:00:00+05 30")]
    [InlineData("2025-03-01T20:00:00+05: 0")]
    [InlineData("2025-03-01T20:00:00+5:30Z")]
    [InlineData("2025-03-01T20:00 +05:30")]
    public void Text_OffTheShape_IsRefused_NamingTheShape(string text) =>
        Assert.Contains($"'time' is '{text}'; {Shape}", Refusal($"\"{text}\""), StringComparison.Ordinal);

    [Theory]
    [InlineData("true")]
    [InlineData("1740859200000.5")]
    [InlineData("17408592000000000000")]
    [InlineData("{}")]
    [InlineData("[1740859200000]")]
    public void AValueThatIsNeitherTextNorAWholeNumber_IsRefused_NamingBothForms(string time) =>
        Assert.StartsWith("'time' must be ISO 8601 text such as '2025-03-01T20:00:00Z' or a whole number of Unix milliseconds.", Refusal(time), StringComparison.Ordinal);

    internal static DateTimeOffset Read(string time)
    {
        var ok = LiveEventJson.TryParse($$"""{"type":"viewers","time":{{time}},"count":5}""", out var liveEvent, out var error);
        Assert.True(ok, error);
        return liveEvent.Timestamp;
    }

    private static string Refusal(string time)
    {
        var ok = LiveEventJson.TryParse($$"""{"type":"viewers","time":{{time}},"count":5}""", out _, out var error);
        Assert.False(ok);
        return error!;
    }
}

/// <summary>
/// A time without an offset is UTC on every machine: read with the process's zone set to New York (UTC-5 in March),
/// <c>2025-03-01T20:00:00</c> is still 20:00 UTC. Alone in its collection, since it changes the process's zone.
/// </summary>
[Collection(ProcessTimeZoneCollection.Name)]
public sealed class StrictTimestampTimeZoneTests
{
    [Fact]
    public void Text_WithoutAnOffset_IsUtc_WhateverTheMachinesZone()
    {
        var before = Environment.GetEnvironmentVariable("TZ");
        try
        {
            Environment.SetEnvironmentVariable("TZ", "America/New_York");
            TimeZoneInfo.ClearCachedData();
            Assert.Equal(TimeSpan.FromHours(-5), TimeZoneInfo.Local.GetUtcOffset(new DateTime(2025, 3, 1, 20, 0, 0, DateTimeKind.Utc)));

            Assert.Equal(new DateTimeOffset(2025, 3, 1, 20, 0, 0, TimeSpan.Zero), StrictTimestampTests.Read("\"2025-03-01T20:00:00\""));
            Assert.Equal(new DateTimeOffset(2025, 3, 1, 20, 0, 0, TimeSpan.Zero), StrictTimestampTests.Read("\"2025-03-01T20:00\""));
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", before);
            TimeZoneInfo.ClearCachedData();
        }
    }
}

/// <summary>The tests that change the process's time zone: alone, since every other test reads it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessTimeZoneCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Process time zone";
}
