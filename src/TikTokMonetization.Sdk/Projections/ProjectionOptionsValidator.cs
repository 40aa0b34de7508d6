using Microsoft.Extensions.Options;

namespace TikTokMonetization.Projections;

/// <summary>Checks <see cref="ProjectionOptions"/> at start-up, listing every problem with its configuration path, value and what is allowed.</summary>
internal sealed class ProjectionOptionsValidator : IValidateOptions<ProjectionOptions>
{
    public ValidateOptionsResult Validate(string? name, ProjectionOptions options)
    {
        var builder = new ValidateOptionsResultBuilder();
        if (options.Growth is null)
        {
            builder.AddError($"{ProjectionOptions.Path}:Growth is null; it must be growth assumptions.");
        }
        else
        {
            foreach (var problem in options.Growth.Validate())
            {
                builder.AddError($"{ProjectionOptions.Path}:Growth:{problem.Path.Replace('.', ':')} is {problem.Value}; it must be {problem.Allowed}.");
            }
        }

        if (options.Simulation is null)
        {
            builder.AddError($"{ProjectionOptions.Path}:Simulation is null; it must be simulation settings.");
        }
        else
        {
            foreach (var problem in options.Simulation.Validate())
            {
                builder.AddError($"{ProjectionOptions.Path}:Simulation:{problem.Path.Replace('.', ':')} is {problem.Value}; it must be {problem.Allowed}.");
            }
        }

        return builder.Build();
    }
}
