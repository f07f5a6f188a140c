using System.Text;

namespace Timeline.Extraction;

/// <summary>Decodes file bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 with a warning.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding Windows1252 = CreateWindows1252();

    /// <summary>The decoded text, or an error reason for binary content.</summary>
    public static (string? Text, string? Warning, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Utf8(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode.GetString(bytes[2..]), null, null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode.GetString(bytes[2..]), null, null);
        if (LooksBinary(bytes)) return (null, null, "binary content (NUL or control bytes), not text");
        return Utf8(bytes);
    }

    private static (string? Text, string? Warning, string? Error) Utf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return (StrictUtf8.GetString(bytes), null, null);
        }
        catch (DecoderFallbackException)
        {
            return (Windows1252.GetString(bytes), "not valid UTF-8; read as Windows-1252", null);
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C) control++;
        }

        // Reuters SGML carries a few control characters (&#2; as bytes in some copies); binary files carry many.
        return sample.Length > 0 && control > sample.Length / 20;
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
