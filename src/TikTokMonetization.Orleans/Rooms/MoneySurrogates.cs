namespace TikTokMonetization.Orleans.Rooms;

// How the core SDK's value types (which know nothing of Orleans) cross the wire: their decimal amounts and the
// currency's code and minor units, rebuilt through their public constructors.

[GenerateSerializer]
[Alias("tiktok.coins.v1")]
internal struct CoinsSurrogate
{
    [Id(0)] public decimal Value;
}

[RegisterConverter]
internal sealed class CoinsSurrogateConverter : IConverter<Coins, CoinsSurrogate>
{
    public Coins ConvertFromSurrogate(in CoinsSurrogate surrogate) => new(surrogate.Value);

    public CoinsSurrogate ConvertToSurrogate(in Coins value) => new() { Value = value.Value };
}

[GenerateSerializer]
[Alias("tiktok.diamonds.v1")]
internal struct DiamondsSurrogate
{
    [Id(0)] public decimal Value;
}

[RegisterConverter]
internal sealed class DiamondsSurrogateConverter : IConverter<Diamonds, DiamondsSurrogate>
{
    public Diamonds ConvertFromSurrogate(in DiamondsSurrogate surrogate) => new(surrogate.Value);

    public DiamondsSurrogate ConvertToSurrogate(in Diamonds value) => new() { Value = value.Value };
}

[GenerateSerializer]
[Alias("tiktok.money.v1")]
internal struct MoneySurrogate
{
    [Id(0)] public decimal Amount;
    [Id(1)] public string? Currency;
    [Id(2)] public int MinorUnits;
}

[RegisterConverter]
internal sealed class MoneySurrogateConverter : IConverter<Money, MoneySurrogate>
{
    public Money ConvertFromSurrogate(in MoneySurrogate surrogate) =>
        new(surrogate.Amount, surrogate.Currency is null ? default : Currency.Create(surrogate.Currency, surrogate.MinorUnits));

    public MoneySurrogate ConvertToSurrogate(in Money value) => new()
    {
        Amount = value.Amount,
        Currency = value.Currency == default ? null : value.Currency.Code,
        MinorUnits = value.Currency.MinorUnits,
    };
}
