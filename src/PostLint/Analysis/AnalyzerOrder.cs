namespace PostLint.Analysis;

/// <summary>
/// The order the engine runs analyzers in: registration order, except that an analyzer runs after every analyzer
/// that can suppress it (<see cref="DiagnosticAnalyzer.Suppressions"/>), and after the analyzers whose findings it
/// declared it reads (<see cref="DiagnosticAnalyzer.ReadsFindingsOf"/>) unless those must run after it themselves
/// (the tone classifier, which any tone finding suppresses, runs after shouting, which reads tone findings).
/// </summary>
internal static class AnalyzerOrder
{
    public static IReadOnlyList<DiagnosticAnalyzer> Sort(IReadOnlyList<DiagnosticAnalyzer> analyzers)
    {
        var count = analyzers.Count;
        var suppressedBy = new bool[count, count];
        for (var a = 0; a < count; a++)
        {
            for (var b = 0; b < count; b++)
            {
                suppressedBy[a, b] = a != b && analyzers[b].SupportedDiagnostics.Any(d => analyzers[a].Suppressions.Any(s => s.IsSuppressor(d)));
            }
        }

        var waitsFor = new HashSet<int>[count];
        for (var a = 0; a < count; a++)
        {
            waitsFor[a] = [];
            for (var b = 0; b < count; b++)
            {
                var reads = a != b && analyzers[b].SupportedDiagnostics.Any(d => analyzers[a].ReadsFindingsOf.Contains(d.Category));
                if (suppressedBy[a, b] || (reads && !Reaches(suppressedBy, b, a, count)))
                {
                    waitsFor[a].Add(b);
                }
            }
        }

        var sorted = new List<DiagnosticAnalyzer>(count);
        var done = new HashSet<int>();
        while (done.Count < count)
        {
            // The first analyzer in registration order whose dependencies ran; in a cycle, the first not yet run.
            var next = Enumerable.Range(0, count).FirstOrDefault(i => !done.Contains(i) && waitsFor[i].IsSubsetOf(done), -1);
            if (next < 0)
            {
                next = Enumerable.Range(0, count).First(i => !done.Contains(i));
            }

            sorted.Add(analyzers[next]);
            done.Add(next);
        }

        return sorted;
    }

    // True when analyzer "from" must wait, through suppressions, for analyzer "to".
    private static bool Reaches(bool[,] suppressedBy, int from, int to, int count)
    {
        var seen = new bool[count];
        var stack = new Stack<int>([from]);
        while (stack.Count > 0)
        {
            var a = stack.Pop();
            if (a == to)
            {
                return true;
            }

            for (var b = 0; b < count; b++)
            {
                if (suppressedBy[a, b] && !seen[b])
                {
                    seen[b] = true;
                    stack.Push(b);
                }
            }
        }

        return false;
    }
}
