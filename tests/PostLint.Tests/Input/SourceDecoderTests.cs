using System.Text;
using PostLint.Input;

namespace PostLint.Tests.Input;

public class SourceDecoderTests
{
    [Fact]
    public void Decodes_utf8_and_drops_the_byte_order_mark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Zoë")];

        SourceDecoder.Decode(bytes, "a.txt").Should().Be("Zoë");
    }

    [Fact]
    public void Binary_content_is_refused_with_the_offset_of_the_nul_byte()
    {
        var act = () => SourceDecoder.Decode("PNG\0\0"u8, "photo.txt");

        act.Should().Throw<InputException>().WithMessage("photo.txt: binary file (NUL byte at offset 3)*");
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_the_byte_offset()
    {
        byte[] latin1 = [.. "caf"u8, 0xE9, .. " au lait"u8];

        var act = () => SourceDecoder.Decode(latin1, "menu.txt");

        act.Should().Throw<InputException>().WithMessage("menu.txt: invalid UTF-8 at byte offset 3*");
    }

    [Fact]
    public void Offset_of_invalid_utf8_counts_the_byte_order_mark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "ab"u8, 0xFF];

        var act = () => SourceDecoder.Decode(bytes, "x.txt");

        act.Should().Throw<InputException>().WithMessage("x.txt: invalid UTF-8 at byte offset 5*");
    }
}
