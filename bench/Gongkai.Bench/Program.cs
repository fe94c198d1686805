using System.Globalization;
using Gongkai.Bench;

// Prints one line per figure, "name value unit". --quick keeps the whole run under a minute.
var quick = args.Contains("--quick");
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
var chosen = only is null ? BenchmarkCatalogue.All : BenchmarkCatalogue.All.Concat(BenchmarkCatalogue.Diagnostics).Where(b => b.Name == only);
foreach (var benchmark in chosen)
{
    foreach (var figure in benchmark.Run(quick))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{figure.Name} {figure.Value:0.###} {figure.Unit}"));
    }
}

return 0;
