using System.Text.Json.Nodes;

namespace Gongkai.Cli.Tests;

/// <summary><c>gongkai export</c> on samples/seed-001.json.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("gongkai-export-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string Seed
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
                {
                    return Path.Combine(dir.FullName, "samples", "seed-001.json");
                }
            }

            throw new InvalidOperationException("Gongkai.slnx not found");
        }
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("xlsx", "PK")]
    [InlineData("docx", "PK")]
    [InlineData("html", "<!DOCTYPE html>")]
    public void WritesEachFormat(string format, string start)
    {
        var output = Path.Combine(directory, "seed." + format);
        var (code, stdout, _) = Run("export", Seed, "--to", format, "-o", output);
        Assert.Equal(0, code);
        Assert.Contains("已导出", stdout, StringComparison.Ordinal);
        Assert.StartsWith(start, File.ReadAllText(output)[..start.Length], StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(directory, "*.tmp-*"));
    }

    [Fact]
    public void TwoDecimalsReachTheDocument()
    {
        var output = Path.Combine(directory, "seed.html");
        Assert.Equal(0, Run("export", Seed, "--to", "html", "-o", output, "--decimals", "2").Code);
        var html = File.ReadAllText(output);
        Assert.Contains("增长4.59%", html, StringComparison.Ordinal);
        Assert.Contains("占95.52%", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ListsTheReasonsStillToBeWritten()
    {
        var json = JsonNode.Parse(File.ReadAllText(Seed))!;
        json["reasons"]!.AsObject().Remove("Item.2010106.Deviation");
        var input = Path.Combine(directory, "no-reason.json");
        File.WriteAllText(input, json.ToJsonString());
        var (code, stdout, _) = Run("export", input, "--to", "html", "-o", Path.Combine(directory, "x.html"));
        Assert.Equal(0, code);
        Assert.Contains("情况说明中有 1 处原因待填写", stdout, StringComparison.Ordinal);
        Assert.Contains("Item.2010106.Deviation", stdout, StringComparison.Ordinal);
        Assert.Contains("【请填写原因】", File.ReadAllText(Path.Combine(directory, "x.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--to", "odt", "-o", "x.odt")]
    [InlineData("--to", "html", "-o", "x.html", "--decimals", "3")]
    [InlineData("--to", "html")]
    public void RefusesBadOptionsInChinese(params string[] options)
    {
        var (code, _, stderr) = Run(["export", Seed, .. options]);
        Assert.Equal(2, code);
        Assert.Matches("[选缺]", stderr);
    }

    [Fact]
    public void RefusesAnUnreadableInputKind()
    {
        var input = Path.Combine(directory, "report.pdf");
        File.WriteAllText(input, "x");
        var (code, _, stderr) = Run("export", input, "--to", "html", "-o", Path.Combine(directory, "y.html"));
        Assert.Equal(2, code);
        Assert.Contains("暂不能读取", stderr, StringComparison.Ordinal);
    }
}
