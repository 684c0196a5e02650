using System.Security.Cryptography;
using System.Text;

namespace PostLint.Tests.Functional;

/// <summary>How the functional suites written for PostLint are split into a tuning and a held-out half, fixed before any result was seen.</summary>
internal static class HashSplit
{
    /// <summary>True for the tuning half: the first byte of the SHA-256 of the case's text is even.</summary>
    public static bool IsTuning(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text))[0] % 2 == 0;
}
