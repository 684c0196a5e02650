using PostLint.Output;

namespace PostLint.Tests.Output;

public sealed class ResultSpoolTests
{
    [Fact]
    public void Records_come_back_in_order_after_the_spool_moves_to_a_file()
    {
        using var spool = new ResultSpool();
        var record = new byte[100_000];
        var count = (ResultSpool.MemoryLimit / record.Length) + 5;
        for (var i = 0; i < count; i++)
        {
            Array.Fill(record, (byte)(i % 251));
            spool.Append(record.AsSpan(0, record.Length - (i % 7)));
        }

        var read = spool.Records().Select(r => (r.Length, First: r.Span[0], Last: r.Span[^1])).ToList();

        read.Should().Equal(Enumerable.Range(0, count).Select(i => (record.Length - (i % 7), (byte)(i % 251), (byte)(i % 251))));
    }
}
