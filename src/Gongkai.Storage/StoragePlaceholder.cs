namespace Gongkai.Storage;

internal static class StoragePlaceholder;
