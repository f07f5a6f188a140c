using System.Runtime.CompilerServices;
using System.Text;

namespace Timeline.TestSupport;

/// <summary>
/// Golden-file assertions in the style of Verify: the expected text lives beside the test as
/// <c>Name.verified.ext</c>; a mismatch (or a missing file) writes <c>Name.received.ext</c> and fails.
/// Accept a change by copying received over verified.
/// </summary>
public static class Golden
{
    /// <summary>Compares <paramref name="actual"/> with the verified file next to the calling source file.</summary>
    public static void Verify(string actual, string name, string extension = "json", [CallerFilePath] string sourceFile = "")
    {
        var dir = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Verified");
        Directory.CreateDirectory(dir);
        var verified = Path.Combine(dir, $"{name}.verified.{extension}");
        var received = Path.Combine(dir, $"{name}.received.{extension}");
        var normalised = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) == normalised)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalised, new UTF8Encoding(false));
        Xunit.Assert.Fail(File.Exists(verified)
            ? $"Output differs from {verified}. Inspect {received} and copy it over the verified file if the change is right."
            : $"No verified file yet. Inspect {received} and rename it to {Path.GetFileName(verified)} if it is right.");
    }
}
