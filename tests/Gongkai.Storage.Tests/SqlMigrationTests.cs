namespace Gongkai.Storage.Tests;

public sealed class SqlMigrationTests
{
    [Theory]
    [InlineData("0001_initial.sql", 1, "initial")]
    [InlineData("Migrations/sqlite/0012_report_files.sql", 12, "report_files")]
    public void FromFile_reads_version_and_name(string fileName, int version, string name)
    {
        var migration = SqlMigration.FromFile(fileName, "SELECT 1;");

        Assert.Equal(version, migration.Version);
        Assert.Equal(name, migration.Name);
        Assert.Equal($"{version:D4}_{name}", migration.ToString());
    }

    [Theory]
    [InlineData("1_initial.sql")]
    [InlineData("0001-initial.sql")]
    [InlineData("0001_Initial.sql")]
    [InlineData("0001_initial.txt")]
    [InlineData("0000_zero.sql")]
    public void FromFile_rejects_a_name_off_the_pattern(string fileName)
    {
        Assert.ThrowsAny<ArgumentException>(() => SqlMigration.FromFile(fileName, "SELECT 1;"));
    }

    [Fact]
    public void Checksum_ignores_line_endings_but_not_content()
    {
        var lf = new SqlMigration(1, "a", "CREATE TABLE t (x);\nCREATE TABLE u (y);\n");
        var crlf = new SqlMigration(1, "a", "CREATE TABLE t (x);\r\nCREATE TABLE u (y);\r\n");
        var edited = new SqlMigration(1, "a", "CREATE TABLE t (x);\nCREATE TABLE u (z);\n");

        Assert.Equal(lf.Checksum, crlf.Checksum);
        Assert.NotEqual(lf.Checksum, edited.Checksum);
        Assert.Matches("^[0-9a-f]{64}$", lf.Checksum);
    }

    [Fact]
    public void Validate_orders_by_version_and_rejects_gaps_and_repeats()
    {
        var one = new SqlMigration(1, "a", "SELECT 1;");
        var two = new SqlMigration(2, "b", "SELECT 2;");
        var three = new SqlMigration(3, "c", "SELECT 3;");

        Assert.Equal([one, two, three], SqlMigrations.Validate([three, one, two]));
        Assert.Throws<ArgumentException>(() => SqlMigrations.Validate([one, three]));
        Assert.Throws<ArgumentException>(() => SqlMigrations.Validate([one, two, new SqlMigration(2, "b2", "SELECT 2;")]));
        Assert.Throws<ArgumentException>(() => SqlMigrations.Validate([two, three]));
    }

    [Fact]
    public void Embedded_migrations_are_the_scripts_in_the_source_folder()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Gongkai.Storage", "Migrations", "sqlite");
        var files = Directory.GetFiles(folder, "*.sql").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(files);
        Assert.Equal(files, SqlMigrations.Sqlite.Select(m => m + ".sql"));
        Assert.Equal("initial", SqlMigrations.Sqlite[0].Name);
        foreach (var migration in SqlMigrations.Sqlite)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(folder, migration + ".sql")), migration.Sql);
        }
    }

    [Fact]
    public void Embedded_postgresql_migrations_are_the_scripts_in_their_folder()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Gongkai.Storage", "Migrations", "postgresql");
        var files = Directory.GetFiles(folder, "*.sql").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(files, SqlMigrations.PostgreSql.Select(m => m + ".sql"));
        foreach (var migration in SqlMigrations.PostgreSql)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(folder, migration + ".sql")), migration.Sql);
        }
    }

    [Fact]
    public void Both_providers_have_the_same_migrations_by_version_and_name_each_written_for_its_engine()
    {
        Assert.Equal(SqlMigrations.Sqlite.Select(m => (m.Version, m.Name)), SqlMigrations.PostgreSql.Select(m => (m.Version, m.Name)));
        Assert.All(
            SqlMigrations.Sqlite.Zip(SqlMigrations.PostgreSql),
            pair => Assert.NotEqual(pair.First.Checksum, pair.Second.Checksum));
        Assert.Same(SqlMigrations.PostgreSql, SqlMigrations.For(DatabaseProvider.PostgreSql));
        Assert.Same(SqlMigrations.Sqlite, SqlMigrations.For(DatabaseProvider.Sqlite));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }
}
