using System.Globalization;

namespace TikTokMonetization.Live;

/// <summary>
/// The built-in gift list. Data derived from TikTokLiveJava (https://github.com/jwdeveloper/TikTokLiveJava,
/// Copyright (c) 2023 jwdeveloper, MIT License), Tools/src/main/resources/gifts/official/: the five dated snapshots
/// kept in this repository's shared reference material as gift_catalog_TikTokLiveJava_official_DD_MM_YYYY.csv.
/// </summary>
/// <remarks>
/// Each row is <c>id|name|coins|type|seen</c>. <c>seen</c> has one character per snapshot, oldest first
/// (<see cref="SnapshotDates"/>): <c>x</c> when the gift is in that snapshot. No id changed price or type between
/// snapshots. Rows are sorted by price, then id.
/// </remarks>
internal static class BuiltInGiftCatalog
{
    public const string Source =
        "TikTokLiveJava gift snapshots (jwdeveloper/TikTokLiveJava, MIT licence), recorded 2 Sep 2023 to 5 Jan 2024; price = diamond_count in coins";

    private static readonly string[] Rows =
    [
        "5269|TikTok|1|1|xxxxx",
        "5479|Coffee|1|1|xxxxx",
        "5655|Rose|1|1|xxxxx",
        "5760|Weights|1|1|x----",
        "5827|Ice Cream Cone|1|1|xxxxx",
        "6042|Mini Speaker|1|1|x----",
        "6064|GG|1|1|xxxxx",
        "6093|Football|1|1|x----",
        "6169|Tennis|1|1|x----",
        "6246|Thumbs Up|1|1|xxxxx",
        "6247|Heart|1|1|xxxxx",
        "6784|Cake Slice|1|1|xxxxx",
        "6788|Glow Stick|1|1|xxxxx",
        "6890|Love you|1|2|xxxxx",
        "7934|Heart Me|1|4|xxxxx",
        "9639|2024|1|1|----x",
        "9139|Team Bracelet|2|1|--xxx",
        "37|Panda|5|1|x----",
        "5487|Finger Heart|5|1|xxxxx",
        "5650|Mic|5|1|x----",
        "8352|Cotton's Shell|5|1|x----",
        "6059|Hand Wave|9|1|x----",
        "8243|Cheer You Up|9|1|xxxxx",
        "5480|Heart|10|1|xxxxx",
        "5657|Lollipop|10|1|x----",
        "6052|Gamepad|10|1|x----",
        "8581|Stars Snap|10|1|x----",
        "8913|Rosa|10|1|-xxxx",
        "5658|Perfume|20|1|xxxxx",
        "5879|Doughnut|30|1|xxxxx",
        "6070|Mirror|30|1|x----",
        "5659|Paper Crane|99|2|xxxxx",
        "6097|Little Crown|99|4|xxxxx",
        "6104|Cap|99|4|xxxxx",
        "6427|Hat and Mustache|99|4|xxxxx",
        "6432|Star|99|4|xxxxx",
        "8130|Like-Pop|99|1|xxxxx",
        "5585|Confetti|100|2|xxxxx",
        "5660|Hand Hearts|100|2|xxxxx",
        "7121|Marvelous Confetti|100|2|xxxxx",
        "5729|Butterfly|169|2|x----",
        "5915|Music Note|169|2|x----",
        "5509|Sunglasses|199|4|xxxxx",
        "5586|Hearts|199|4|xxxxx",
        "5880|Lock and Key|199|2|xxxxx",
        "6436|Love Focus|199|4|x----",
        "6437|Garland Headpiece|199|4|xxxxx",
        "6671|Love You|199|2|xxxxx",
        "6713|Cheer For You|199|2|xxxxx",
        "6776|Birthday Glasses|199|4|x----",
        "8066|Goggles|199|4|x----",
        "5482|Shiba Inu|222|2|xxxxx",
        "9640|2024 Glasses|224|4|----x",
        "9643|2024 JoyLens|224|4|----x",
        "5882|Rock 'n' Roll|299|2|x----",
        "6007|Boxing Gloves|299|2|xxxxx",
        "6265|Duck|299|2|xxxxx",
        "6267|Corgi|299|2|xxxxx",
        "6532|Dancing Cactus|299|2|x----",
        "9465|Fruit Friends|299|2|--xxx",
        "5661|Air Dancer|300|2|x----",
        "6071|Birthday Cake|300|2|x----",
        "5899|Swing|399|2|x----",
        "8349|Cotton the Seal|399|2|x----",
        "8914|Forever Rosa|399|2|-xxxx",
        "5662|Necklace|400|2|x----",
        "6205|Love Chat|400|2|x----",
        "5731|Coral|499|2|xxxxx",
        "8244|Hands Up|499|2|xxxxx",
        "7122|Gem Gun|500|2|xxxxx",
        "7168|Money Gun|500|2|xxxxx",
        "6865|Cooper Skates Home|599|2|x----",
        "5488|LOVE Balloon|699|2|x----",
        "5897|Swan|699|2|xxxxx",
        "6554|Dance Together|699|2|x----",
        "5664|Pearl|800|2|x----",
        "5978|Train|899|2|xxxxx",
        "6233|Travel with You|999|2|xxxxx",
        "9138|Trending Figure|999|2|--xxx",
        "9717|Lucky Airdrop Box|999|2|----x",
        "5587|Gold Mine|1000|2|xxxxx",
        "6199|Email Message|1000|2|xxxxx",
        "6200|Mirror Bloom|1000|2|xxxxx",
        "6781|Watermelon Love|1000|2|xxxxx",
        "7123|Shiny air balloon|1000|2|xxxxx",
        "9498|Blooming Ribbons|1000|2|---xx",
        "9522|Exclusive Spark|1000|2|---x-",
        "6090|Fireworks|1088|2|xxxxx",
        "6031|Gaming Chair|1200|2|x----",
        "5996|Bumper Cars|1288|2|x----",
        "5651|Garland |1500|2|xxxxx",
        "5955|Champion|1500|2|xxxxx",
        "7467|Chasing the Dream|1500|2|xxxxx",
        "8245|Here We Go|1799|2|xxxxx",
        "8277|Love Drop|1800|2|xxxxx",
        "5763|Speedboat|1888|2|x----",
        "6033|Make-up Box|1999|2|xxxxx",
        "6348|Rabbit|1999|2|xxxxx",
        "6789|Red Carpet|1999|2|xxxxx",
        "6797|Super Cake|1999|2|x----",
        "6834|Gift Box|1999|2|xxxxx",
        "6862|Cooper Flies Home|1999|2|xxxxx",
        "7529|Mystery Firework|1999|2|xxxxx",
        "9641|2024 Countdown|2024|2|----x",
        "9644|Sparkling Countdown|2024|2|----x",
        "6820|Whale diving|2150|2|xxxxx",
        "5765|Motorcycle|2988|2|xxxxx",
        "9468|Rhythmic Bear|2999|2|--xxx",
        "5652|Ferris Wheel|3000|2|xxxxx",
        "6563|Meteor Shower|3000|2|xxxxx",
        "9499|Golden Party|3000|2|---xx",
        "6835|Gift Box|3999|2|xxxxx",
        "6863|Cooper Swims Home|3999|2|x----",
        "6148|Flower Overflow|4000|2|xxxxx",
        "6204|Restaurants|4000|2|x----",
        "5767|Private Jet|4888|2|xxxxx",
        "6646|Leon the Kitten|4888|2|xxxxx",
        "7124|Signature Jet|4888|2|xxxxx",
        "5938|Pool Party|4999|2|xxxxx",
        "5483|Unicorn Fantasy|5000|2|xxxxx",
        "7468|Dancing Adam|5000|2|x----",
        "9500|Flying Jets|5000|2|---xx",
        "9523|Exclusive Jet|5000|2|---x-",
        "6556|Valley Festival|5999|2|x----",
        "6864|Cooper's Home|5999|2|x----",
        "9467|Lili the Leopard|6599|2|--xxx",
        "6787|Birthday Party|6999|2|x----",
        "6790|Celebration Time|6999|2|xxxxx",
        "8247|Happy Party|6999|2|xxxxx",
        "6089|Sports Car|7000|2|xxxxx",
        "7764|Star Throne|7999|2|xxxxx",
        "8420|Star Throne|7999|2|xxxxx",
        "8916|Leon and Lili|9699|2|-xxxx",
        "6103|Yacht|9888|2|x----",
        "6149|Interstellar|10000|2|xxxxx",
        "6203|Sunset Speedway|10000|2|xxxxx",
        "8419|Red Lightning|12000|2|xxxxx",
        "9642|Train to 2024|12024|2|----x",
        "9645|New Year Journey|12024|2|----x",
        "5954|Planet|15000|2|x----",
        "8912|Rosa Nebula|15000|2|-xxxx",
        "9466|Amusement Park|17000|2|--xxx",
        "8248|Fly Love|19999|2|xxxxx",
        "6751|TikTok Shuttle|20000|2|xxxxx",
        "7125|Premium Shuttle|20000|2|xxxxx",
        "9501|Yacht|20000|2|---xx",
        "9524|Exclusive Yacht|20000|2|---x-",
        "7319|Phoenix|25999|2|xxxxx",
        "7400|Adam’s Dream|25999|2|xxxxx",
        "7610|Dragon Flame|26999|2|xxxxx",
        "6369|Lion|29999|2|xxxxx",
        "8391|Sam the Whale|30000|2|xxxxx",
        "7823|Leon and Lion|34000|2|xxxxx",
        "8381|Seal and Whale|34500|2|xxxxx",
        "6038|TikTok Universe|34999|2|x----",
        "7312|TikTok Universe+|34999|2|xxxxx",
        "8582|TikTok Stars|39999|2|xxxxx",
        "8651|Thunder Falcon|39999|2|xxxxx",
        "9092|Fire Phoenix|41999|2|-xxxx",
        "9427|Pegasus|42999|2|----x",
        "9072|TikTok Universe|44999|2|-xxxx",
    ];

    public static IReadOnlyList<DateTime> SnapshotDates { get; } =
    [
        new DateTime(2023, 9, 2, 0, 0, 0, DateTimeKind.Utc),
        new DateTime(2023, 10, 12, 0, 0, 0, DateTimeKind.Utc),
        new DateTime(2023, 11, 10, 0, 0, 0, DateTimeKind.Utc),
        new DateTime(2023, 12, 5, 0, 0, 0, DateTimeKind.Utc),
        new DateTime(2024, 1, 5, 0, 0, 0, DateTimeKind.Utc),
    ];

    private static readonly Lazy<GiftCatalog> AllLazy = new(() => Build(Rows.Length, _ => true, SnapshotDates[SnapshotDates.Count - 1], Source));

    public static GiftCatalog All => AllLazy.Value;

    public static GiftCatalog Snapshot(DateTime date)
    {
        var index = -1;
        for (var i = 0; i < SnapshotDates.Count; i++)
        {
            if (SnapshotDates[i] <= date)
            {
                index = i;
            }
        }

        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The first built-in gift snapshot is from {SnapshotDates[0]:yyyy-MM-dd}; use GiftCatalog.BuiltIn or your own catalog for earlier dates.");
        }

        var snapshotDate = SnapshotDates[index];
        return Build(Rows.Length, seen => seen[index] == 'x', snapshotDate, $"TikTokLiveJava gift snapshot of {snapshotDate.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} (jwdeveloper/TikTokLiveJava, MIT licence); price = diamond_count in coins");
    }

    private static GiftCatalog Build(int count, Func<string, bool> include, DateTime asOf, string source)
    {
        var entries = new List<GiftCatalogEntry>(count);
        foreach (var row in Rows)
        {
            var parts = row.Split('|');
            if (include(parts[4]))
            {
                entries.Add(new GiftCatalogEntry(
                    long.Parse(parts[0], CultureInfo.InvariantCulture),
                    parts[1],
                    int.Parse(parts[2], CultureInfo.InvariantCulture),
                    int.Parse(parts[3], CultureInfo.InvariantCulture)));
            }
        }

        return new GiftCatalog(entries, asOf, source);
    }
}
