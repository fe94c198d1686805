using System.Text;
using Gongkai.Documents.Canonical;

namespace Gongkai.Documents.Tests.Canonical;

/// <summary>Damaged copies of the sample either read or fail with a DocumentReadException, never anything else.</summary>
public sealed class CanonicalJsonFuzzTests
{
    [Fact]
    public void Truncated_and_byte_flipped_copies_fail_only_with_read_errors()
    {
        var original = Encoding.UTF8.GetBytes(SeedSample.Text);
        var random = new Random(20200101);
        var failures = 0;
        for (var i = 0; i < 400; i++)
        {
            var copy = Damage(original, random, i % 4);
            try
            {
                CanonicalJsonReader.Read(copy, "fuzz.json");
            }
            catch (DocumentReadException e)
            {
                failures++;
                Assert.Contains("fuzz.json", e.Message, StringComparison.Ordinal);
            }
            catch (Exception e)
            {
                Assert.Fail($"copy {i} threw {e.GetType().Name}: {e.Message}");
            }
        }

        // Most damage must be caught; a flip inside a label legitimately reads.
        Assert.InRange(failures, 200, 400);
    }

    private static byte[] Damage(byte[] original, Random random, int mode)
    {
        switch (mode)
        {
            case 0:
                return original[..random.Next(original.Length)];
            case 1:
            {
                var copy = (byte[])original.Clone();
                for (var n = random.Next(1, 4); n > 0; n--)
                {
                    copy[random.Next(copy.Length)] = (byte)random.Next(256);
                }

                return copy;
            }

            case 2:
            {
                // Flip a byte among the JSON punctuation and digits, where damage changes structure or amounts.
                var copy = (byte[])original.Clone();
                var structural = "{}[]:,\"0123456789.-"u8.ToArray();
                for (var tries = 0; tries < 1000; tries++)
                {
                    var at = random.Next(copy.Length);
                    if (structural.Contains(copy[at]))
                    {
                        copy[at] = structural[random.Next(structural.Length)];
                        break;
                    }
                }

                return copy;
            }

            default:
            {
                var start = random.Next(original.Length);
                var length = random.Next(1, 64);
                return [.. original[..start], .. original[Math.Min(original.Length, start + length)..]];
            }
        }
    }
}
