using System.Collections.Frozen;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Names typed without capitals in a care story, as quick posts from a phone are: "saw john in bed 4", "mrs jansen's
/// daughter", "mevrouw de vries van kamer 12", "mijn patiënt kees", "tom on the stroke unit". In lower case a word is read
/// as a name only where the sentence itself puts a patient there: a form of address before it, a patient or kinship word
/// before it, a bed, room or ward right next to it, or, in a post about care, family of theirs ("emily's parents"). A given name must then be a listed one that is no ordinary word
/// ("will", "mark my words", "rose", "bill", "hope" and "summer" never are); after a form of address a listed surname or
/// given name counts, and so does any other word when a bed or room follows ("mr whitaker in bay 3"). After a note's "pt"
/// or "pte" only a listed Dutch surname counts ("pt jansen"): English surnames are too often words ("pt white cell count").
/// </summary>
internal sealed partial class PersonNameRecognizer
{
    // Words that can stand between a form of address and a room without being a name ("de mevrouw die in bed 4 ligt").
    private static readonly FrozenSet<string> NotASurname = new[]
    {
        "die", "dat", "wie", "met", "zonder", "naast", "bij", "uit", "in", "op", "is", "was", "ligt", "lag", "zei", "wil", "wilde", "heeft", "had",
        "en", "of", "who", "that", "with", "next", "from", "on", "at", "has", "said", "and", "or", "lying", "still",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Articles = new[] { "de", "het", "een", "the", "a", "an" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Locatives = new[] { "in", "op", "on", "at" }.ToFrozenSet(StringComparer.Ordinal);

    // Wards and units a patient lies on: "tom on the stroke unit", "henk op de ic", "sarah on ward 7", "jan op zaal 3".
    private static readonly ContextCues WardWords = new(
        "ward", "unit", "stroke unit", "acute medical unit", "maternity ward", "dementia ward", "children s ward", "afdeling", "kinderafdeling",
        "kraamafdeling", "ic", "icu", "intensive care", "seh", "spoed", "hdu", "ccu", "zaal", "hartbewaking");

    private static IEnumerable<Entity> LowerCaseNames(RecognitionContext context, List<Entity> found, SpanLookup occupied, Rooms rooms)
    {
        var tokens = context.Index.Tokens;
        var known = new SpanLookup(found.Select(p => p.Span));
        var taken = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Span.Start <= taken || !char.IsLower(token.Value[0]) || !token.Value.All(char.IsLetter) || token.Value.Length < 2)
            {
                continue;
            }

            var candidate = (i > 0 ? AfterCivilTitle(context.Index, i, rooms) : null) ?? GivenName(context.Index, i, rooms);
            if (candidate is not { } name || known.Overlaps(name.Span) || occupied.Overlaps(name.Span) || rooms.Overlap(name.Span))
            {
                continue;
            }

            taken = name.Span.End;
            yield return name;
        }
    }

    // "mrs jansen", "mevrouw de vries", "mevr. smit", "mr whitaker in bay 3", "our patient mrs o'neill".
    private static Entity? AfterCivilTitle(PostIndex index, int first, Rooms rooms)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        var title = tokens[first - 1];
        var noteAbbreviation = title.Normalized is "pt" or "pte";
        if (!(PersonRoles.CivilTitles.Contains(title.Normalized) || noteAbbreviation) || !IsTitleGap(text, title.Span.End, title.IsAllCaps, tokens[first].Span.Start))
        {
            return null;
        }

        var last = first;
        while (last + 1 < tokens.Count && Particles.Contains(tokens[last].Normalized) && text[tokens[last].Span.End] == ' ' && tokens[last + 1].Span.Start == tokens[last].Span.End + 1)
        {
            last++;
        }

        // "o'neill", "d'souza": a one-letter prefix joined by an apostrophe.
        if (tokens[last].Value.Length == 1 && last + 1 < tokens.Count && tokens[last + 1].Span.Start == tokens[last].Span.End + 1 && text[tokens[last].Span.End] is '\'' or '’')
        {
            last++;
        }

        var core = tokens[last];
        if (!char.IsLower(core.Value[0]) || core.Value.Length < 2 || Particles.Contains(core.Normalized) || NotASurname.Contains(core.Normalized))
        {
            return null;
        }

        var span = new TextSpan(tokens[first].Span.Start, core.Span.End);
        var name = text[span.Start..span.End];
        var listed = noteAbbreviation
            ? NameLexicons.IsDutchSurname(name) || NameLexicons.IsDutchSurname(core.Value)
            : NameLexicons.IsSurname(name) || NameLexicons.IsSurname(core.Value) || NameLexicons.IsLowerCaseFirstName(core.Normalized);
        var inRoom = RoomRightAfter(text, span.End, rooms) || rooms.EndsRightBefore(text, title.Span.Start);
        if (!listed && !inRoom)
        {
            return null;
        }

        return LowerCasePerson(index, span, title.Normalized, titleRole: noteAbbreviation ? PersonRoles.Patient : null, inRoom, rooms);
    }

    // "saw john in bed 4", "ingrid op bed 3", "my patient sarah", "de kleine sem", "tom on the stroke unit".
    private static Entity? GivenName(PostIndex postIndex, int index, Rooms rooms)
    {
        var text = postIndex.Text;
        var tokens = postIndex.Tokens;
        var token = tokens[index];
        Token? previous = index > 0 ? tokens[index - 1] : null;
        if (!NameLexicons.IsLowerCaseFirstName(token.Normalized) || (previous is { } before && Articles.Contains(before.Normalized))
            || (token.Span.Start > 0 && text[token.Span.Start - 1] is '@' or '#' or '/' or '_' or '-' or '.')
            || (token.Span.End < text.Length && text[token.Span.End] is '@' or '-' or '_'))
        {
            return null;
        }

        var span = token.Span;
        var tokensBefore = TokensBefore(postIndex, span.Start);
        var titleRole = previous is { } word && IsTitleGap(text, word.Span.End, word.IsAllCaps, span.Start) ? PersonRoles.RoleOfWordBefore(tokensBefore) : null;
        var inRoom = RoomRightAfter(text, span.End, rooms) || rooms.EndsRightBefore(text, span.Start);
        if (titleRole is PersonRoles.Patient or PersonRoles.Relative || inRoom)
        {
            return LowerCasePerson(postIndex, span, titleRole is null ? null : tokensBefore[^1].Normalized, titleRole, inRoom, rooms);
        }

        // "emily's parents rang the ward", "de dochter van kees belde over zijn opname": the one whose family a care post speaks of.
        if (KinAround(postIndex, index) && PersonRoles.IsCarePost(text))
        {
            return NewPerson(text, span, PersonRoles.Patient, "firstName", title: null);
        }

        // On a ward: a patient unless the sentence is about work, an event or the news ("sarah on ward 7 passed her exam").
        if (!WardRightAfter(postIndex, index))
        {
            return null;
        }

        var sentence = postIndex.SentenceContaining(span.Start);
        var sentenceRole = PersonRoles.RoleOfSentence(text, sentence.Start, Math.Max(sentence.End, span.End), hasCivilTitle: false);
        return sentenceRole is PersonRoles.Staff or PersonRoles.Public ? null : NewPerson(text, span, PersonRoles.Patient, "firstName", title: null);
    }

    private static Entity? LowerCasePerson(PostIndex index, TextSpan span, string? title, string? titleRole, bool inRoom, Rooms rooms)
    {
        var role = RoleOf(index.Text, span, title, titleRole, TokensBefore(index, span.Start), inRoom, rooms.Count > 0);
        return role is PersonRoles.Patient or PersonRoles.Relative ? NewPerson(index.Text, span, role, title is null ? "firstName" : "title", title) : null;
    }

    // The post's words in the 40 characters before a name, as the capitalised names read them.
    private static List<Token> TokensBefore(PostIndex index, int nameStart)
    {
        var from = index.FirstTokenAtOrAfter(Math.Max(0, nameStart - 40));
        var to = index.FirstTokenAtOrAfter(nameStart);
        var words = new List<Token>(to - from);
        for (var i = from; i < to; i++)
        {
            words.Add(index.Tokens[i]);
        }

        return words;
    }

    private static readonly FrozenSet<string> Families = new[] { "parents", "family", "kids", "children", "ouders", "familie", "kinderen" }.ToFrozenSet(StringComparer.Ordinal);

    // A kinship word after the name's possessive ("emily's parents") or before "van" and the name ("de dochter van kees").
    private static bool KinAround(PostIndex index, int nameToken)
    {
        var tokens = index.Tokens;
        var text = index.Text;
        var possessive = nameToken + 2 < tokens.Count && tokens[nameToken + 1].Normalized == "s" && tokens[nameToken + 1].Span.Start == tokens[nameToken].Span.End + 1
            && text[tokens[nameToken].Span.End] is '\'' or '’';
        if (possessive && (PersonRoles.RoleOfWord(tokens[nameToken + 2].Normalized) == PersonRoles.Relative || Families.Contains(tokens[nameToken + 2].Normalized)))
        {
            return true;
        }

        return nameToken >= 2 && tokens[nameToken - 1].Normalized == "van" && PersonRoles.RoleOfWord(tokens[nameToken - 2].Normalized) == PersonRoles.Relative;
    }

    // "in"/"op"/"on"/"at", an optional article, then a ward, with only spaces (or a comma first) between the words.
    private static bool WardRightAfter(PostIndex index, int nameToken)
    {
        var tokens = index.Tokens;
        var next = nameToken + 1;
        if (next >= tokens.Count || !Locatives.Contains(tokens[next].Normalized) || !index.Text.AsSpan(tokens[nameToken].Span.End, tokens[next].Span.Start - tokens[nameToken].Span.End).Trim(',').IsWhiteSpace())
        {
            return false;
        }

        var ward = next + 1 < tokens.Count && Articles.Contains(tokens[next + 1].Normalized) ? next + 2 : next + 1;
        return ward < tokens.Count && WardWords.FirstIn(index.Text, tokens[ward].Span.Start, Math.Min(index.Text.Length, tokens[ward].Span.Start + MaxWardLink)) is { } match
            && match.Span.Start == tokens[ward].Span.Start;
    }

    private static Entity NewPerson(string text, TextSpan span, string role, string form, string? title)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["role"] = role, ["form"] = form };
        if (title is not null)
        {
            attributes["title"] = title;
        }

        return new Entity(EntityType.Person, span, text[span.Start..span.End]) { Attributes = attributes };
    }

    private static bool RoomRightAfter(string text, int end, Rooms rooms) =>
        rooms.StartsWithin(end, MaxRoomLink).Any(roomStart => RoomLink().IsMatch(text.AsSpan(end, roomStart - end)));

    // The longest ward name looked for ("acute medical unit"), with room to spare.
    private const int MaxWardLink = 24;
}
