using System.Diagnostics;
using System.Text;

namespace Timeline.Neo4j.Tests;

/// <summary>
/// Every Cypher text the project emits passes Neo4j's own linter (@neo4j-cypher/language-support, lintCypherQuery),
/// run through Node from tools/cypher-lint. Skipped when Node or tools/cypher-lint/node_modules is missing
/// (install with <c>npm ci</c> in tools/cypher-lint).
/// </summary>
public sealed class CypherLintTests
{
    private static string LintDir => RepoPaths.Of("tools", "cypher-lint");

    [Fact]
    public void Schema_file_passes_the_linter() => AssertLints(File.ReadAllText(RepoPaths.Of("graph-schema", "schema.cypher")), "schema.cypher");

    [Fact]
    public void Queries_pass_the_linter_with_browser_param_lines_stripped()
    {
        var text = File.ReadAllText(RepoPaths.Of("graph-schema", "queries.cypher"));
        var cypher = string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith(':')));
        var (code, output) = AssertLints(cypher, "queries.cypher");
        Assert.Contains("15 statements, 0 errors", output, StringComparison.Ordinal);
        _ = code;
    }

    [Fact]
    public void Queries_pass_the_linter_as_a_browser_script_with_param_commands()
    {
        var (code, output) = Run(File.ReadAllText(RepoPaths.Of("graph-schema", "queries.cypher")), "--browser");
        Assert.True(code == 0, output);
    }

    [Fact]
    public void Every_statement_the_loader_sends_passes_the_linter()
    {
        var statements = Neo4jLoader.StatementTexts();
        Assert.True(statements.Count >= 19 + 6 + 8);
        AssertLints(string.Join(";\n", statements) + ";\n", "loader statements");
    }

    [Fact]
    public void The_exported_cypher_script_passes_the_linter()
    {
        var script = CypherScriptExporter.Export(ExportTests.Nasty(), batchSize: 3);
        AssertLints(script, "exported script");
    }

    [Fact]
    public void The_linter_reports_errors_with_a_failing_exit_code()
    {
        var (code, output) = Run("MATCH (n:Person) RETURN m;\nMATCH (n) RETURN n;\n");
        Assert.Equal(1, code);
        Assert.Contains("Variable `m` not defined", output, StringComparison.Ordinal);
    }

    private static (int Code, string Output) AssertLints(string cypher, string what)
    {
        var (code, output) = Run(cypher);
        Assert.True(code == 0, what + " has lint errors:\n" + output);
        return (code, output);
    }

    private static (int Code, string Output) Run(string cypher, string? flag = null)
    {
        if (!Directory.Exists(Path.Combine(LintDir, "node_modules", "@neo4j-cypher", "language-support")))
            Assert.Skip($"Cypher linter not installed: run `npm ci` in {LintDir}");
        var file = Path.Combine(Path.GetTempPath(), "timeline-lint-" + Guid.NewGuid().ToString("N") + ".cypher");
        File.WriteAllText(file, cypher, new UTF8Encoding(false));
        try
        {
            var psi = new ProcessStartInfo("node") { WorkingDirectory = LintDir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            psi.ArgumentList.Add("lint.mjs");
            if (flag is not null) psi.ArgumentList.Add(flag);
            psi.ArgumentList.Add(file);
            Process process;
            try
            {
                process = Process.Start(psi)!;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                Assert.Skip("Cypher linter needs Node.js (`node` on PATH)");
                throw;
            }

            using (process)
            {
                var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
                var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
                process.WaitForExit();
                return (process.ExitCode, stdout.Result + stderr.Result);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
