using System.Text;
using TikTokMonetization.Live;

namespace TikTokMonetization.Tests;

/// <summary>
/// <see cref="LiveEventJsonLinesReader.ReadAllAsync"/> is library code: it never resumes on the caller's
/// <see cref="SynchronizationContext"/>, so an app with one (a UI thread, classic ASP.NET) that blocks on the reading
/// cannot deadlock, and the reading does not queue work on the app's thread. Checked through every side of the reader:
/// text, UTF-8 bytes, and UTF-16 bytes (which the reader hands to a <see cref="StreamReader"/>).
/// </summary>
public sealed class LiveEventJsonLinesReaderAsyncTests
{
    private static readonly string SessionPath = Path.Combine(AppContext.BaseDirectory, "TestData", "live", "sample-session.jsonl");

    [Fact]
    public void ReadAllAsync_OverText_NeverResumesOnTheCallersContext() =>
        AssertNoPost(() => new LiveEventJsonLinesReader(new SlowReader(File.ReadAllText(SessionPath), chunk: 64)));

    [Fact]
    public void ReadAllAsync_OverUtf8Bytes_NeverResumesOnTheCallersContext() =>
        AssertNoPost(() => new LiveEventJsonLinesReader(new SlowStream(File.ReadAllBytes(SessionPath), chunk: 64)));

    [Fact]
    public void ReadAllAsync_OverUtf16Bytes_NeverResumesOnTheCallersContext()
    {
        // A byte-order mark found in the first bytes, read at once from memory, hands the rest to a StreamReader.
        byte[] utf16 = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(File.ReadAllText(SessionPath))];
        AssertNoPost(() => new LiveEventJsonLinesReader(new MemoryStream(utf16)));
    }

    private static void AssertNoPost(Func<LiveEventJsonLinesReader> open)
    {
        using var plain = new LiveEventJsonLinesReader(new StreamReader(SessionPath));
        var expected = plain.ReadAll().Select(e => e.ToString()).ToList();
        var context = new CountingContext();
        var events = new List<string>();
        Exception? failure = null;

        // A thread of its own holds the context, so the test's own thread and the pool's keep theirs; each step is
        // started from it, as an app's thread would start it, and waited on there.
        var thread = new Thread(() =>
        {
            SynchronizationContext.SetSynchronizationContext(context);
            try
            {
                using var reader = open();
                var steps = reader.ReadAllAsync().GetAsyncEnumerator();
                while (steps.MoveNextAsync().AsTask().GetAwaiter().GetResult())
                {
                    events.Add(steps.Current.ToString());
                }
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        });
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromMinutes(1)), "the reading did not finish");

        Assert.Null(failure);
        Assert.Equal(expected, events);
        Assert.True(context.Posts == 0, $"{context.Posts} continuation(s) were posted to the caller's context");
    }

    /// <summary>Counts what is posted to it, and runs it on the pool, so that a post is seen and never deadlocks.</summary>
    private sealed class CountingContext : SynchronizationContext
    {
        private int _posts;

        public int Posts => Volatile.Read(ref _posts);

        public override void Post(SendOrPostCallback d, object? state)
        {
            Interlocked.Increment(ref _posts);
            ThreadPool.QueueUserWorkItem(_ => d(state));
        }

        public override void Send(SendOrPostCallback d, object? state)
        {
            Interlocked.Increment(ref _posts);
            d(state);
        }
    }

    /// <summary>Text that arrives a piece at a time and later, as from a network: every read completes on the pool.</summary>
    private sealed class SlowReader(string text, int chunk) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count) => Take(buffer.AsSpan(index, count));

        public override async Task<int> ReadAsync(char[] buffer, int index, int count)
        {
            await Task.Delay(1).ConfigureAwait(false);
            return Take(buffer.AsSpan(index, count));
        }

        public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(1, cancellationToken).ConfigureAwait(false);
            return Take(buffer.Span);
        }

        private int Take(Span<char> buffer)
        {
            var n = Math.Min(Math.Min(buffer.Length, chunk), text.Length - _position);
            text.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
    }

    /// <summary>Bytes that arrive a piece at a time and later: every asynchronous read completes on the pool.</summary>
    private sealed class SlowStream(byte[] bytes, int chunk) : MemoryStream(bytes, writable: false)
    {
        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            await Task.Delay(1, cancellationToken).ConfigureAwait(false);
            return Read(buffer, offset, Math.Min(count, chunk));
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(1, cancellationToken).ConfigureAwait(false);
            return Read(buffer.Span[..Math.Min(buffer.Length, chunk)]);
        }
    }
}
