using Gongkai.Classification;
using Gongkai.Documents.Catalogues;
using Gongkai.Messages;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>--catalogue [SCHEME=]FILE[,…]</c>: a fuller official catalogue of the user's own (CSV or XLSX), merged over the
/// shipped one without rebuilding. SCHEME is functional, department-economic or government-economic; without it the
/// file's name must be one of those.
/// </summary>
public static class CatalogueOption
{
    /// <summary>The option's names.</summary>
    public static readonly string[] Names = ["--catalogue", "-c"];

    /// <summary>The built-in catalogue, with the user's files merged over it when the option is given.</summary>
    public static ClassificationCatalogue Resolve(CliArguments arguments)
    {
        var value = arguments.Value(Names);
        if (string.IsNullOrWhiteSpace(value))
        {
            return ClassificationCatalogue.BuiltIn;
        }

        var catalogues = new List<ClassificationCatalogue> { ClassificationCatalogue.BuiltIn };
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var path = eq > 0 ? part[(eq + 1)..] : part;
            ClassificationScheme scheme;
            if (eq > 0)
            {
                if (!Enum.GetValues<ClassificationScheme>().Any(s => s.FileStem() == part[..eq]))
                {
                    throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliBadOptionValue, "--catalogue", part[..eq],
                        "functional, department-economic, government-economic"));
                }

                scheme = Enum.GetValues<ClassificationScheme>().First(s => s.FileStem() == part[..eq]);
            }
            else if (!ClassificationSchemes.TryFromFileName(path, out scheme))
            {
                throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliCatalogueSchemeNeeded, path));
            }

            catalogues.Add(CatalogueFileLoader.Load(path, scheme));
        }

        return ClassificationCatalogue.Merge([.. catalogues]);
    }
}
