using Microsoft.Data.Sqlite;

namespace Gongkai.Storage.Tests;

/// <summary>A fresh directory under the system temp folder, deleted with everything in it at the end of a test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gongkai-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        // Pooled connections keep the file open; release them before deleting.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
