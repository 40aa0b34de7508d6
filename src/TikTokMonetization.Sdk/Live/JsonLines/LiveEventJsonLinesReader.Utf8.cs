using System.Text;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Live;

/// <summary>The reader's UTF-8 side: lines found in the stream's bytes, read without decoding them to text first.</summary>
public sealed partial class LiveEventJsonLinesReader
{
    // A line within the limit has at most three bytes a character (a byte that is not valid UTF-8 decodes to one U+FFFD
    // per one to three bytes), so more bytes than this are over the limit whatever they decode to.
    private const int MaxKeptBytes = 3 * InputLimits.MaxEventLineLength;

    private readonly Stream? _stream;
    private readonly byte[] _bytes = [];
    private byte[] _keptBytes = new byte[256];
    private int _keptByteLength;
    private int _bytePosition;
    private int _byteLength;
    private long _lineByteLength;
    private bool _started;

    // Characters are counted only for a line longer than the limit in bytes, for its message, as a StreamReader decodes them.
    private Decoder? _counter;
    private char[]? _countScratch;
    private bool _counting;
    private long _lineCharCount;

    // The line just read: a slice of _bytes when it lay in one buffer, otherwise of _keptBytes.
    private byte[] _lineBytes = [];
    private int _lineByteStart;
    private int _lineByteCount;

    /// <summary>The UTF-8 twin of <see cref="NextLine"/>.</summary>
    private bool NextUtf8Line()
    {
        if (!_started)
        {
            while (_byteLength < 4 && _stream!.Read(_bytes, _byteLength, _bytes.Length - _byteLength) is > 0 and var read)
            {
                _byteLength += read;
            }

            if (!Started())
            {
                return NextLine();
            }
        }

        StartUtf8Line();
        var any = false;
        while (true)
        {
            if (_bytePosition == _byteLength)
            {
                _byteLength = _stream!.Read(_bytes, 0, _bytes.Length);
                _bytePosition = 0;
                if (_byteLength == 0)
                {
                    return any && EndUtf8Line();
                }
            }

            if (ScanUtf8(ref any))
            {
                return true;
            }
        }
    }

    /// <summary>The asynchronous twin of <see cref="NextUtf8Line"/>.</summary>
    private async ValueTask<bool> NextUtf8LineAsync(CancellationToken cancellationToken)
    {
        if (!_started)
        {
            while (_byteLength < 4 && await ReadAsync(_byteLength, cancellationToken).ConfigureAwait(false) is > 0 and var read)
            {
                _byteLength += read;
            }

            if (!Started())
            {
                return await NextLineAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        StartUtf8Line();
        var any = false;
        while (true)
        {
            if (_bytePosition == _byteLength)
            {
                _byteLength = await ReadAsync(0, cancellationToken).ConfigureAwait(false);
                _bytePosition = 0;
                if (_byteLength == 0)
                {
                    return any && EndUtf8Line();
                }
            }

            if (ScanUtf8(ref any))
            {
                return true;
            }
        }
    }

#if NET7_0_OR_GREATER
    private ValueTask<int> ReadAsync(int offset, CancellationToken cancellationToken) =>
        _stream!.ReadAsync(_bytes.AsMemory(offset), cancellationToken);
#else
    private ValueTask<int> ReadAsync(int offset, CancellationToken cancellationToken) =>
        new(_stream!.ReadAsync(_bytes, offset, _bytes.Length - offset, cancellationToken));
#endif

    /// <summary>
    /// Looks at the first bytes as a <see cref="StreamReader"/> does: skips a UTF-8 byte-order mark; for a UTF-16 or UTF-32
    /// one, hands the whole stream to a <see cref="StreamReader"/> and returns <see langword="false"/> (then the text side reads).
    /// </summary>
    private bool Started()
    {
        _started = true;
        ReadOnlySpan<byte> head = _bytes.AsSpan(0, _byteLength);
        if (head.StartsWith("\uFEFF"u8))
        {
            _bytePosition = 3;
            return true;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            _reader = new StreamReader(new PrefixedStream(head.ToArray(), _stream!));
            _buffer = new char[4096];
            return false;
        }

        return true;
    }

    private void StartUtf8Line()
    {
        _keptByteLength = 0;
        _lineByteLength = 0;
        _counting = false;
    }

    /// <summary>
    /// Makes the kept bytes the line; returns <see langword="true"/>. A line over the limit keeps at most its first
    /// <see cref="MaxKeptBytes"/> bytes, which nothing reads: <see cref="TryRead"/> reports it by its length first.
    /// </summary>
    private bool EndUtf8Line()
    {
        if (_counting)
        {
            Count(_keptBytes, 0, 0, flush: true);
        }

        _lineLength = _counting ? _lineCharCount : _lineByteLength;
        _lineBytes = _keptBytes;
        _lineByteStart = 0;
        _lineByteCount = _keptByteLength;
        return true;
    }

    /// <summary>Consumes buffered bytes up to the end of the line; returns whether the line ended.</summary>
    private bool ScanUtf8(ref bool any)
    {
        if (_afterCarriageReturn)
        {
            _afterCarriageReturn = false;
            if (_bytes[_bytePosition] == (byte)'\n')
            {
                _bytePosition++;
                if (_bytePosition == _byteLength)
                {
                    return false;
                }
            }
        }

        any = true;
        var end = _bytes.AsSpan(_bytePosition, _byteLength - _bytePosition).IndexOfAny((byte)'\n', (byte)'\r');
        if (end < 0)
        {
            KeepBytes(_bytePosition, _byteLength - _bytePosition);
            _bytePosition = _byteLength;
            return false;
        }

        var i = _bytePosition + end;
        if (_lineByteLength == 0)
        {
            // The whole line is in the buffer (so within the limit): read it there, without copying it.
            _lineLength = end;
            _lineBytes = _bytes;
            _lineByteStart = _bytePosition;
            _lineByteCount = end;
        }
        else
        {
            KeepBytes(_bytePosition, end);
            EndUtf8Line();
        }

        _bytePosition = i + 1;
        _afterCarriageReturn = _bytes[i] == (byte)'\r';
        return true;
    }

    private void KeepBytes(int start, int count)
    {
        _lineByteLength += count;
        if (!_counting && _lineByteLength > InputLimits.MaxEventLineLength)
        {
            _counting = true;
            _lineCharCount = 0;
            _counter ??= Encoding.UTF8.GetDecoder();
            _counter.Reset();
            Count(_keptBytes, 0, _keptByteLength, flush: false);
        }

        if (_counting)
        {
            Count(_bytes, start, count, flush: false);
        }

        if (_lineByteLength <= MaxKeptBytes)
        {
            if (_keptByteLength + count > _keptBytes.Length)
            {
                Array.Resize(ref _keptBytes, (int)Math.Min(MaxKeptBytes, Math.Max(_keptByteLength + count, _keptBytes.Length * 2L)));
            }

            Array.Copy(_bytes, start, _keptBytes, _keptByteLength, count);
            _keptByteLength += count;
        }
    }

    /// <summary>Adds the characters that <paramref name="count"/> more bytes of the line decode to.</summary>
    private void Count(byte[] bytes, int start, int count, bool flush)
    {
        _countScratch ??= new char[4096];
        while (true)
        {
            _counter!.Convert(bytes, start, count, _countScratch, 0, _countScratch.Length, flush, out var used, out var chars, out var completed);
            _lineCharCount += chars;
            start += used;
            count -= used;
            if (completed)
            {
                return;
            }
        }
    }

    /// <summary>The first bytes, already read to look for a byte-order mark, and then the rest of the stream.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream rest) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position == prefix.Length)
            {
                return rest.Read(buffer, offset, count);
            }

            var n = Math.Min(count, prefix.Length - _position);
            Array.Copy(prefix, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
