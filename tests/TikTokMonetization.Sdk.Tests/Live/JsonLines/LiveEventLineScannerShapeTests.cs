using System.Text;
using TikTokMonetization.Live;

namespace TikTokMonetization.Tests;

/// <summary>
/// The fast path's side of its contract, shape by shape: every form the plain shape allows (each event type and field,
/// ids as numbers or strings of digits at the ends of their range, each form of <c>repeatEnd</c>, every part of the
/// time, names with escapes and non-ASCII text, spaces and tabs between tokens) is read from the bytes, to the event the
/// serializer reads; the forms it leaves to the serializer are left, and the serializer reads them.
/// <see cref="LiveEventLineScannerTests"/> holds the law that whatever the fast path accepts, it reads as the serializer.
/// </summary>
public sealed class LiveEventLineScannerShapeTests
{
    [Theory]
    [InlineData("""{"type":"gift","time":1740859200000,"giftId":5655,"giftName":"Rose","giftType":1,"coins":1,"senderId":1001,"senderName":"ana","groupId":7,"repeatCount":3,"repeatEnd":true,"receiverId":0}""")]
    [InlineData("""{"type":"gift","time":"2025-03-01T20:00:01Z","giftId":"5655","senderId":"-9223372036854775808","groupId":"9223372036854775807","repeatCount":100000,"repeatEnd":false,"receiverId":"42"}""")]
    [InlineData("""{"type":"gift","time":"2025-03-01T20:00:01Z","giftId":1,"senderId":-1,"repeatCount":1,"repeatEnd":0}""")]
    [InlineData("""{"type":"gift","time":"2025-03-01T20:00:01Z","giftId":5655,"senderId":1,"repeatCount":1,"repeatEnd":1}""")]
    [InlineData("""{"type":"gift","time":"2025-03-01T20:00:01Z","giftId":5655,"coins":"44999","giftType":"2","senderId":1,"repeatCount":"5"}""")]
    [InlineData("""{"type":"gift","time":"2025-03-01T20:00:01Z","giftId":5655,"giftType":"2147483647","senderId":1}""")]
    [InlineData("""{"type":"like","time":"2025-03-01T20:00:01Z","senderId":3,"senderName":"bo","count":15,"total":"123456789012"}""")]
    [InlineData("""{"type":"viewers","time":1451606400000,"count":5}""")]
    [InlineData("""{"type":"viewers","time":4102444799999,"count":"123456"}""")]
    [InlineData("""{"type":"follow","time":"2016-01-01T00:00","senderId":4,"senderName":"cy"}""")]
    [InlineData("""{"type":"share","time":"2099-12-31T23:59:59.9999999Z","senderId":5}""")]
    [InlineData("""{"type":"subscription","time":"2024-02-29T12:30:05","senderId":6,"months":12}""")]
    [InlineData("""{"type":"subscription","time":"2025-03-01T20:00:00.5Z","senderId":6,"months":"1"}""")]
    [InlineData("""{"type":"viewers","time":"2025-03-01T20:00:00.125","count":0}""")]
    [InlineData(" \t{ \"type\" : \"viewers\" ,\t\"time\"\t:\t1740859200000 , \"count\" : 5 \t} \t")]
    [InlineData("""{"count":5,"time":1740859200000,"type":"viewers"}""")]
    [InlineData("""{"type":"gift","time":"2025-03-01T20:00:01Z","giftId":5655,"giftName":"\u0052ose \"red\"","senderId":1,"senderName":"\\ana\/\t","repeatCount":1}""")]
    [InlineData("""{"type":"gift","time":"2025-03-01T20:00:01Z","giftId":5655,"giftName":"Rosé 😀","senderId":1,"senderName":"\uD83D\uDE00","repeatCount":1}""")]
    public void PlainShape_IsReadFromTheBytes_ToTheSerializersEvent(string line)
    {
        var scanner = new LiveEventLineScanner();
        Assert.True(LiveEventJson.TryParse(line, out var parsed, out var error), error);

        Assert.True(scanner.TryRead(Encoding.UTF8.GetBytes(line), out var quick), line);
        Assert.True(LiveEventLineScannerTests.Same(quick, parsed), line);
        Assert.True(scanner.TryRead(line.ToCharArray(), 0, line.Length, out var again), line);
        Assert.True(LiveEventLineScannerTests.Same(again, quick), line);
    }

    [Theory]
    [InlineData("""{"type":"viewers","time":"2025-03-01T20:00:00+01:00","count":5}""")]
    [InlineData("""{"type":"viewers","time":"2025-03-01T20:00:00.12345678Z","count":5}""")]
    [InlineData("""{"type":"follow","time":1740859200000,"senderId":1,"senderName":null}""")]
    [InlineData("""{"type":"\u0076iewers","time":1740859200000,"count":5}""")]
    [InlineData("""{"type":"viewers","time":"\u0032025-03-01T20:00:00Z","count":5}""")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":null}""")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":05}""")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":"05"}""")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":5.0}""")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":5e0}""")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":"+5"}""")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":5,"count":6}""")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":5,"extra":1}""")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":9223372036854775808}""")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":-9223372036854775809}""")]
    [InlineData("""{"type":"gift","time":1740859200000,"giftId":5655,"senderId":1,"repeatCount":2147483648}""")]
    [InlineData("""{"type":"gift","time":1740859200000,"giftId":5655,"senderId":1,"repeatCount":1,"repeatEnd":"true"}""")]
    [InlineData("""{"type":"gift","time":1740859200000,"giftId":5655,"senderId":1,"repeatCount":1,"repeatEnd":2}""")]
    [InlineData("""{"type":"gift","time":1740859200000,"giftId":5655,"senderId":1,"repeatCount":1,"repeatEnd":truex}""")]
    [InlineData("""{"type":"viewers","time":"2025-02-29T20:00:00Z","count":5}""")]
    [InlineData("""{"type":"viewers","time":"2025-03-01T24:00:00Z","count":5}""")]
    [InlineData("""{"type":"viewers","time":"2025-03-01T23:60:00Z","count":5}""")]
    [InlineData("""{"type":"viewers","time":"2025-03-01T23:59:60Z","count":5}""")]
    [InlineData("""{"type":"viewers","time":"2025-13-01T20:00:00Z","count":5}""")]
    [InlineData("""{"type":"viewers","time":"2025-03-00T20:00:00Z","count":5}""")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":5}x""")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":5,}""")]
    [InlineData("""["viewers"]""")]
    [InlineData("""{"type":"viewers","time":"2025-03-01T20:00:","count":5}""")]
    [InlineData("""{"type":"viewers","time":"2025-03-01T20:00:5","count":5}""")]
    [InlineData("""{"type":"viewers","time":"2025-03-01T2x:00:00Z","count":5}""")]
    [InlineData("""{"type":"viewers","time":"2025-03-01T20:00:0xZ","count":5}""")]
    public void OtherForms_AreLeftToTheSerializer(string line) =>
        Assert.False(new LiveEventLineScanner().TryRead(Encoding.UTF8.GetBytes(line), out _), line);

    // A field with no value, and a field name off by its case or a letter: each would be a valid event if the fast path
    // took it for the field it resembles (or took no value for a value), but the serializer refuses the line.
    [Theory]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":}""")]
    [InlineData("""{"type":"viewers","time":1740859200000,"count":-}""")]
    [InlineData("""{"type":"follow","time":1740859200000,"senderId":}""")]
    [InlineData("""{"type":"follow","time":1740859200000,"senderId":,"senderName":"a"}""")]
    [InlineData("""{"type":"follow","time":1740859200000,"senderName":}""")]
    [InlineData("""{"type":"follow","time":1740859200000,"senderName":,"senderId":1}""")]
    [InlineData("""{"type":"viewers","tiMe":1740859200000,"count":5}""")]
    [InlineData("""{"type":"like","time":1740859200000,"count":1,"Total":5}""")]
    [InlineData("""{"type":"subscription","time":1740859200000,"Months":3}""")]
    [InlineData("""{"type":"gift","time":1740859200000,"giftId":5655,"senderId":1,"groupID":7}""")]
    [InlineData("""{"type":"follow","time":1740859200000,"senderID":1}""")]
    [InlineData("""{"type":"gift","time":1740859200000,"giftId":5655,"senderId":1,"repeatend":true}""")]
    [InlineData("""{"type":"gift","time":1740859200000,"giftId":5655,"senderId":1,"RepeatCount":3}""")]
    public void AMissingValue_OrAMisspeltField_IsLeftToTheSerializer_WhichRefusesIt(string line)
    {
        Assert.False(new LiveEventLineScanner().TryRead(Encoding.UTF8.GetBytes(line), out _), line);
        Assert.False(LiveEventJson.TryParse(line, out _, out _), line);
    }

    [Fact]
    public void ALineThatIsNotUtf16_IsLeftToTheSerializer_WhichReportsIt()
    {
        var line = "{\"type\":\"follow\",\"time\":1740859200000,\"senderName\":\"a\uD800\"}";

        Assert.False(new LiveEventLineScanner().TryRead(line.ToCharArray(), 0, line.Length, out _));
        Assert.False(LiveEventJson.TryParse(line, out _, out var error));
        Assert.Contains("lone UTF-16 surrogate", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongLine_GrowsTheScannersBuffer_AndIsRead()
    {
        var scanner = new LiveEventLineScanner();
        var name = new string('é', 200);
        var line = $$"""{"type":"follow","time":1740859200000,"senderId":1,"senderName":"{{name}}"}""";

        Assert.True(scanner.TryRead(line.ToCharArray(), 0, line.Length, out var quick));
        Assert.Equal(name, quick.AsFollow().SenderName);
        var viewers = "{\"type\":\"viewers\",\"time\":1740859200000,\"count\":5}";
        Assert.True(scanner.TryRead(("[{" + viewers + "}]").ToCharArray(), 2, viewers.Length, out var next));
        Assert.Equal(5, next.AsViewerCount().Viewers);
    }
}
