namespace TikTokMonetization.Projections;

/// <summary>A monthly income to reach, and the month by which to reach it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IncomeGoal
{
    /// <summary>Initializes a new instance of the <see cref="IncomeGoal"/> class.</summary>
    /// <param name="monthlyIncome">The total expected income of one month to reach; greater than zero. The simulation reports in its currency.</param>
    /// <param name="byMonth">The last month that counts, from 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The income is not greater than zero, or the month is below 1.</exception>
    public IncomeGoal(Money monthlyIncome, int byMonth)
    {
        if (monthlyIncome.Amount <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(monthlyIncome), monthlyIncome, "A goal must be an income greater than zero.");
        }

        if (byMonth < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(byMonth), byMonth, "A goal's month is 1 or later.");
        }

        MonthlyIncome = monthlyIncome;
        ByMonth = byMonth;
    }

    /// <summary>Gets the monthly income to reach.</summary>
    public Money MonthlyIncome { get; }

    /// <summary>Gets the last month that counts.</summary>
    public int ByMonth { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{MonthlyIncome} a month by month {ByMonth}";
}
