using System.Text.Json;

namespace Gongkai.Web.Tests;

public sealed class WorkflowOpenApiTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task The_OpenAPI_document_describes_the_workflow_api_and_not_the_account_pages()
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();

        var paths = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");

        var save = paths.GetProperty("/api/reports/{id}").GetProperty("put");
        Assert.Equal("SaveReport", save.GetProperty("operationId").GetString());
        Assert.Equal("Workflow", save.GetProperty("tags")[0].GetString());
        Assert.True(save.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.Equal(
            ["200", "400", "401", "403", "404", "409", "422"],
            save.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal("ReportTransition", paths.GetProperty("/api/reports/{id}/transitions").GetProperty("post").GetProperty("operationId").GetString());
        Assert.Equal("ReportHistory", paths.GetProperty("/api/reports/{id}/history").GetProperty("get").GetProperty("operationId").GetString());
        foreach (var page in new[] { "/login", "/logout", "/workspace", "/workspace/users", "/reports/{id}/history", "/reports/{id}/transitions" })
        {
            Assert.False(paths.TryGetProperty(page, out _), page);
        }
    }
}
