using System.Text;

namespace Timeline.Extraction.Tests;

/// <summary>A temporary folder of input files, deleted after the test.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "timeline-tests", Guid.NewGuid().ToString("N"));

    public string Write(string name, string text) => WriteBytes(name, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path.Replace('\\', '/');
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
