using System.Collections.Frozen;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Names in capitals, as records, labels and shouted hand-overs print them: "PATIENT JANSSEN OVERGEPLAATST", "MEVR DE BRUIN
/// GEB ...", "NAAM: DE GRAAF, P.", "NAME: HUGHES, ALAN DOB ...". Every word of a line in capitals looks like a name, so a
/// word counts only after a form of address, a patient word or a name field in capitals, and only while the words are
/// listed given names or surnames, particles or initials; a record's "SURNAME, GIVEN NAME" order may hold one comma.
/// </summary>
internal sealed partial class PersonNameRecognizer
{
    // The name fields of a form in capitals: "NAAM:", "NAME:", "ACHTERNAAM:" (only with the colon).
    private static readonly FrozenSet<string> NameFieldWords = new[] { "naam", "achternaam", "voornaam", "name", "surname" }.ToFrozenSet(StringComparer.Ordinal);

    private static IEnumerable<Entity> AllCapsNames(RecognitionContext context, List<Entity> found, SpanLookup occupied, Rooms rooms)
    {
        var index = context.Index;
        var text = context.Text;
        var tokens = index.Tokens;
        var known = new SpanLookup(found.Select(p => p.Span));
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var opener = tokens[i];
            if (!opener.IsAllCaps || !OpensCapitalName(text, opener))
            {
                continue;
            }

            var last = -1;
            var listed = false;
            var usedComma = false;
            var particles = string.Empty;
            for (var j = i + 1; j < tokens.Count; j++)
            {
                var word = tokens[j];
                var gap = text.AsSpan(tokens[j - 1].Span.End, word.Span.Start - tokens[j - 1].Span.End);
                var comma = gap.TrimStart('.').TrimStart() is [',', ..];
                if (!IsCapitalNameGap(gap) || (comma && (usedComma || j == i + 1)) || !(word.IsAllCaps || IsCapitalInitial(word)))
                {
                    break;
                }

                usedComma |= comma;
                if (IsCapitalInitial(word) || Particles.Contains(word.Normalized))
                {
                    particles = IsCapitalInitial(word) ? string.Empty : $"{particles}{word.Value} ";
                    last = j;
                    continue;
                }

                if (!NameLexicons.IsFirstName(word.Value, out _) && !NameLexicons.IsSurname(word.Value) && !NameLexicons.IsSurname(particles + word.Value))
                {
                    break;
                }

                listed = true;
                particles = string.Empty;
                last = j;
            }

            // Trailing particles and initials without a listed word after them are no name ("MEVR DE" ... ).
            while (last > i && (Particles.Contains(tokens[last].Normalized)))
            {
                last--;
            }

            if (!listed || last <= i)
            {
                continue;
            }

            var span = new TextSpan(tokens[i + 1].Span.Start, tokens[last].Span.End);
            if (known.Overlaps(span) || occupied.Overlaps(span) || rooms.Overlap(span))
            {
                continue;
            }

            var title = opener.Normalized;
            var titleRole = PersonRoles.CivilTitles.Contains(title) ? null : PersonRoles.Patient;
            var role = RoleOf(text, span, title, titleRole, TokensBefore(index, span.Start), inRoom: false, rooms.Count > 0);
            if (role is PersonRoles.Patient or PersonRoles.Relative or PersonRoles.Unknown)
            {
                yield return NewPerson(text, span, PersonRoles.Patient, "title", title);
            }

            i = last;
        }
    }

    // "MEVR", "DHR.", "MR", "PATIENT", "PT" and a name field with its colon ("NAAM:") open a name in capitals.
    private static bool OpensCapitalName(string text, Token opener) =>
        PersonRoles.CivilTitles.Contains(opener.Normalized) || PersonRoles.RoleOfWord(opener.Normalized) == PersonRoles.Patient
        || (NameFieldWords.Contains(opener.Normalized) && opener.Span.End < text.Length && text[opener.Span.End] == ':');

    private static bool IsCapitalInitial(Token word) => word.Value.Length == 1 && char.IsUpper(word.Value[0]);

    // One or two spaces, after an abbreviation's full stop, a field's colon or one comma of "SURNAME, GIVEN NAME".
    private static bool IsCapitalNameGap(ReadOnlySpan<char> gap)
    {
        var rest = gap.TrimStart('.');
        rest = rest.Length > 0 && rest[0] is ':' or ',' ? rest[1..] : rest;
        return rest.Length is >= 1 and <= 2 && rest.IsWhiteSpace();
    }
}
