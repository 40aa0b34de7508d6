using TikTokMonetization.Revenue;

namespace TikTokMonetization.Cli;

/// <summary>The <c>eligibility --format json</c> document: every stream's rules, met or not.</summary>
internal sealed record EligibilityDocument(int SchemaVersion, string Command, string? CreatorId, int EligibleStreams, IReadOnlyList<StreamEligibilityJson> Streams)
{
    public static EligibilityDocument From(RevenueReport report) => new(
        CliJson.SchemaVersion,
        "eligibility",
        report.CreatorId,
        report.Streams.Count(s => s.IsEligible),
        report.Streams.Select(s => new StreamEligibilityJson(s.Name, s.DisplayName, s.IsEligible, RuleJson.From(s.Estimate.Eligibility))).ToList());
}

/// <summary>One stream's eligibility.</summary>
internal sealed record StreamEligibilityJson(string Name, string DisplayName, bool Eligible, IReadOnlyList<RuleJson> EligibilityRules);
