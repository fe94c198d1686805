using Gongkai.Messages;

namespace Gongkai.Cli;

/// <summary>
/// The command line split into positional arguments and options. Hand-rolled on purpose: the surface is small and a
/// parsing library's API churn (System.CommandLine) is not worth it (docs/DECISIONS.md).
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);

    private CliArguments(List<string> positional) => Positional = positional;

    /// <summary>Arguments that are not options, in order.</summary>
    public IReadOnlyList<string> Positional { get; }

    /// <summary>
    /// Splits arguments. <paramref name="valued"/> are options that take a value (-o FILE, --format json or
    /// --format=json); <paramref name="flags"/> take none. Anything else starting with - is refused.
    /// </summary>
    public static CliArguments Parse(IEnumerable<string> args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> flags)
    {
        var positional = new List<string>();
        var result = new CliArguments(positional);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var a = e.Current;
            if (a == "--")
            {
                while (e.MoveNext())
                {
                    positional.Add(e.Current);
                }

                break;
            }

            if (a.Length > 1 && a[0] == '-')
            {
                var eq = a.IndexOf('=', StringComparison.Ordinal);
                var name = eq > 0 ? a[..eq] : a;
                if (valued.Contains(name))
                {
                    string? value = eq > 0 ? a[(eq + 1)..] : e.MoveNext() ? e.Current : null;
                    result.options[name] = value ?? throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliMissingArgument, name));
                }
                else if (flags.Contains(name) && eq < 0)
                {
                    result.options[name] = null;
                }
                else
                {
                    throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliUnknownOption, a));
                }
            }
            else
            {
                positional.Add(a);
            }
        }

        return result;
    }

    /// <summary>The value of an option (the first of its names present), or null.</summary>
    public string? Value(params string[] names)
    {
        foreach (var n in names)
        {
            if (options.TryGetValue(n, out var v))
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>True when a flag is present.</summary>
    public bool Has(params string[] names) => names.Any(options.ContainsKey);
}
