using Gongkai.Documents.Reading;
using Gongkai.Model;
using Xunit.Abstractions;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>Reading seed 001 as text gives the hand transcription, cell for cell.</summary>
public sealed class TextReaderSeedTests(ITestOutputHelper output)
{
    [Fact]
    public void Seed001TextEqualsTranscriptionExceptRow310()
    {
        var read = TextDocumentReader.Read(SeedDocuments.Text(SeedDocuments.Seed001), "001.txt");
        foreach (var note in read.Notes)
        {
            output.WriteLine(SourcePositions.Describe("001.txt", note));
        }

        var differences = ReportComparer.Compare(SeedDocuments.ExpectedTables(), read.Report);
        foreach (var d in differences)
        {
            output.WriteLine(d.ToString());
        }

        Assert.Equal([SeedDocuments.KnownDifference], differences);
    }
}
