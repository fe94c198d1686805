using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Gongkai.Documents.Reading.Lattice;

/// <summary>
/// Runs one poppler-utils program on a PDF and returns what it writes to standard output, with the time limit and the
/// output limit of <see cref="ReadLimits"/>; null when the program is missing, fails, runs too long or says too much.
/// Used for the optional second look at a PDF's tables: the main reading already succeeded, so a failure here only
/// means the tables stay as the layout text gave them.
/// </summary>
internal static class PopplerOutput
{
    /// <summary>The program's standard output, or null.</summary>
    public static string? Run(string program, IEnumerable<string> arguments, long maxChars)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception)
        {
            return null;
        }

        if (process is null)
        {
            return null;
        }

        using (process)
        {
            var tooLong = false;
            var output = new StringBuilder();
            var reader = Task.Run(() =>
            {
                var buffer = new char[65536];
                int n;
                while ((n = process.StandardOutput.Read(buffer, 0, buffer.Length)) > 0)
                {
                    if (output.Length + n > maxChars)
                    {
                        tooLong = true;
                        Stop(process);
                        return;
                    }

                    output.Append(buffer, 0, n);
                }
            });
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(ReadLimits.PdfSeconds * 1000))
            {
                Stop(process);
                return null;
            }

            reader.Wait(TimeSpan.FromSeconds(30));
            return tooLong || process.ExitCode != 0 ? null : output.ToString();
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
