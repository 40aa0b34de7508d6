using System.Text.Json;

namespace TikTokMonetization.Live;

/// <summary>Maps a state copy to the checkpoint document, and checks a document read back.</summary>
internal static class LedgerCheckpoint
{
    public static LedgerCheckpointDocument ToDocument(LedgerState state) => new()
    {
        Watermark = state.Watermark,
        FirstTicks = state.FirstTicks,
        NextSweepTicks = state.NextSweepTicks,
        OffLast = state.OffLast,
        Replaying = state.Replaying,
        Receivers = state.Receivers.Select(r => new CheckpointReceiver { ReceiverId = r.ReceiverId, Coins = r.Coins, SettledCoins = r.SettledCoins, Gifts = r.Gifts, UnpricedGifts = r.UnpricedGifts }).ToList(),
        Gifters = state.Gifters.Select(g => new CheckpointGifter { SenderId = g.SenderId, Name = g.Name, Coins = g.Coins, SettledCoins = g.SettledCoins, Gifts = g.Gifts, UnpricedGifts = g.UnpricedGifts }).ToList(),
        Gifts = state.Gifts.Select(g => new CheckpointGift
        {
            GiftId = g.GiftId,
            Name = g.Name,
            UnitCoins = g.UnitCoins,
            PriceSource = g.PriceSource,
            GiftType = g.GiftType,
            CatalogCoins = g.CatalogCoins,
            PriceDiffersFromCatalog = g.PriceDiffersFromCatalog,
            PricesConflict = g.PricesConflict,
            Coins = g.Coins,
            Gifts = g.Gifts,
            UnpricedGifts = g.UnpricedGifts,
            CoHostUnpricedGifts = g.CoHostUnpricedGifts,
        }).ToList(),
        Streaks = state.Streaks.Select(s => new CheckpointStreak
        {
            Sender = s.Key.Sender,
            Gift = s.Key.Gift,
            Group = s.Key.Group,
            Receiver = s.Key.Receiver,
            Count = s.Count,
            SettledCount = s.SettledCount,
            UnitCoins = s.UnitCoins,
            FirstTicks = s.FirstTicks,
            LastTicks = s.LastTicks,
            ClosedAtTicks = s.ClosedAtTicks,
            PreviousCount = s.PreviousCount,
            PreviousFirstTicks = s.PreviousFirstTicks,
            PreviousLastTicks = s.PreviousLastTicks,
            Gifter = s.Gifter,
            GiftSlot = s.Gift,
            State = s.State.ToString(),
            Streakable = s.Streakable,
        }).ToList(),
        Minutes = state.Minutes.Select(m => new CheckpointMinute { Minute = m.Minute, Coins = m.Coins, Gifts = m.Gifts }).ToList(),
        Viewers = state.Viewers.Select(v => new CheckpointViewers { Ticks = v.Ticks, Viewers = v.Viewers }).ToList(),
        Followers = state.Followers.OrderBy(f => f).ToList(),
        AnonymousFollows = state.AnonymousFollows,
        Shares = state.Shares,
        Subscriptions = state.Subscriptions,
        Likes = new CheckpointLikes
        {
            Messages = state.Likes.Messages,
            MessageLikes = state.Likes.MessageLikes,
            CappedMessages = state.Likes.CappedMessages,
            LowestRoomTotal = state.Likes.LowestRoomTotal,
            LowestRoomTotalMessage = state.Likes.LowestRoomTotalMessage,
            HighestRoomTotal = state.Likes.HighestRoomTotal,
        },
        Counters = new CheckpointCounters
        {
            Events = state.Counters.Events,
            Streaks = state.Counters.Streaks,
            Duplicates = state.Counters.Duplicates,
            OutOfOrder = state.Counters.OutOfOrder,
            Resumed = state.Counters.Resumed,
            LateAfterEnd = state.Counters.LateAfterEnd,
            ClosedByTimeout = state.Counters.ClosedByTimeout,
            ClosedAtFlush = state.Counters.ClosedAtFlush,
            OffClock = state.Counters.OffClock,
            ClockJumps = state.Counters.ClockJumps,
            Replayed = state.Counters.Replayed,
            ReplayedFrom = state.Counters.ReplayedFrom,
            ReplayedTo = state.Counters.ReplayedTo,
            IgnoredTicks = state.Counters.IgnoredTicks,
            OrderDependent = state.Counters.OrderDependent,
            GifterStreaksFolded = state.Counters.GifterStreaksFolded,
            GiftStreaksFolded = state.Counters.GiftStreaksFolded,
            CoHostFramesDropped = state.Counters.CoHostFramesDropped,
            FollowsUntracked = state.Counters.FollowsUntracked,
            ViewerSamplesDropped = state.Counters.ViewerSamplesDropped,
        },
        Rejections = state.Rejections.ToList(),
        OrderDependent = state.OrderDependent
            .OrderBy(p => p.Key.Receiver).ThenBy(p => p.Key.Sender).ThenBy(p => p.Key.Gift)
            .Select(p => new CheckpointOrderDependence { Sender = p.Key.Sender, Gift = p.Key.Gift, Receiver = p.Key.Receiver, Frames = p.Value })
            .ToList(),
    };

    public static LedgerCheckpointDocument Parse(Func<LedgerCheckpointDocument?> read)
    {
        LedgerCheckpointDocument? doc;
        try
        {
            doc = read();
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The LIVE ledger checkpoint is not valid JSON for this version: {ex.Message}", ex);
        }

        if (doc is null)
        {
            throw Invalid("it is 'null'");
        }

        if (doc.Format != LedgerCheckpointDocument.CurrentFormat || doc.Version != LedgerCheckpointDocument.CurrentVersion)
        {
            throw Invalid($"it is format '{doc.Format}' version {doc.Version}; this SDK reads '{LedgerCheckpointDocument.CurrentFormat}' version {LedgerCheckpointDocument.CurrentVersion}");
        }

        if (doc.Receivers.Count == 0 || doc.Receivers[0].ReceiverId != 0)
        {
            throw Invalid("its first receiver must be the host (receiver id 0)");
        }

        // Checkpoints written before a rejection reason was added hold fewer counters: the missing ones are zero.
        if (doc.Rejections.Count < 7 || doc.Rejections.Count > LiveEventChecks.RejectionKinds)
        {
            throw Invalid($"it has {doc.Rejections.Count} rejection counters; expected 7 to {LiveEventChecks.RejectionKinds}");
        }

        LedgerCheckpointChecks.Check(doc);
        return doc;
    }

    public static FormatException Invalid(string reason) => new($"The LIVE ledger checkpoint is invalid: {reason}.");
}
