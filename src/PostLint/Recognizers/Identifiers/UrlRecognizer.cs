using System.Collections.Frozen;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Finds web and network addresses (<see cref="EntityType.Url"/>): <c>http(s)://</c> and <c>ftp://</c> URLs,
/// <c>www.</c> links, bare domains (<c>zorg.nl/blog</c>, <c>thuisarts.nl</c>), IPv4 addresses with an optional
/// port and path, and Windows share paths (<c>\\server\share</c>). Punctuation that ends the sentence is not
/// part of the address.
/// </summary>
/// <remarks>
/// Attributes:
/// <list type="bullet">
/// <item><c>kind</c>: <c>url</c> (with a scheme), <c>www</c>, <c>domain</c> (bare domain), <c>ip</c> or <c>unc</c>.</item>
/// <item><c>host</c>: the host name or IP address, lower case, without port.</item>
/// <item><c>isPrivate</c>: <c>true</c> when the host can only be reached inside an organisation's network:
/// RFC 1918 and loopback ranges, link-local addresses, IPv6 unique-local and loopback addresses, the
/// internal suffixes <c>.local</c>, <c>.lan</c>, <c>.internal</c>, <c>.intra</c>, <c>.corp</c>, <c>.home.arpa</c>,
/// single-label hosts (<c>http://intranet/</c>) and every share path; otherwise <c>false</c>.</item>
/// <item><c>page</c> and <c>owner</c>, for a link to one person's own page: <c>profile</c> with the account of a social network
/// (<c>facebook.com/linda.marsh.1975</c>, <c>instagram.com/brave_bella</c>, <c>linkedin.com/in/name</c>), <c>fundraiser</c> with the
/// campaign of a crowdfunding site (<c>gofundme.com/f/help-tyler</c>, <c>doneeractie.nl/voor-joris</c>), <c>blog</c> with the
/// name of a hosted blog (<c>name.blogspot.com</c>).</item>
/// </list>
/// </remarks>
internal sealed partial class UrlRecognizer : Recognizer
{
    private static readonly string[] InternalSuffixes = [".local", ".lan", ".internal", ".intra", ".corp", ".localdomain", ".home.arpa"];

    // Public top-level domains accepted for bare domains without a scheme or www. A closed list keeps
    // "bijv.de" style abbreviations and file names (verslag.docx, app.js) out.
    private static readonly HashSet<string> BareDomainSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "nl", "be", "com", "org", "net", "eu", "uk", "de", "fr", "info", "io", "gov", "edu", "int", "health", "care",
        "nu", "online", "app", "zorg", "amsterdam", "frl", "us", "ca", "au", "ie", "ch", "at", "dk", "se", "no",
        "local", "lan", "internal", "intra", "corp",
    };

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Url];

    public override void Recognize(RecognitionContext context)
    {
        if (!MayHoldAddress(context.Text))
        {
            return;
        }

        var taken = new DisjointSpans();
        foreach (Match match in AddressPattern().Matches(context.Text))
        {
            var kind = match.Groups["scheme"].Success ? "url"
                : match.Groups["www"].Success ? "www"
                : match.Groups["unc"].Success ? "unc"
                : match.Groups["ip"].Success ? "ip"
                : "domain";
            var end = match.Index + TrimmedLength(match.Value);
            var text = context.Text[match.Index..end];
            var host = HostOf(text, kind);
            if (host is null || !IsPlausible(host, kind, text) || IsTruncated(context.Text, end) || taken.Overlaps(new(match.Index, end)))
            {
                continue;
            }

            taken.Add(new(match.Index, end));
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["kind"] = kind,
                ["host"] = host,
                ["isPrivate"] = kind == "unc" || IsPrivateHost(host) ? "true" : "false",
            };
            if (kind is not ("ip" or "unc") && PersonalPage(host, text) is { } page)
            {
                attributes["page"] = page.Kind;
                attributes["owner"] = page.Owner;
            }

            context.Add(new Entity(EntityType.Url, new(match.Index, end), text) { Attributes = attributes });
        }
    }

    // Social networks whose first path segment is an account ("facebook.com/linda.marsh.1975", "x.com/jdoe/status/1"),
    // and the segments that are the site's own pages instead.
    private static readonly FrozenSet<string> ProfileHosts = new[]
    {
        "facebook.com", "fb.com", "instagram.com", "x.com", "twitter.com", "tiktok.com", "linkedin.com", "youtube.com", "threads.net", "bsky.app",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SitePages = new[]
    {
        "groups", "pages", "events", "watch", "p", "reel", "reels", "hashtag", "explore", "share", "sharer", "sharer.php", "search", "policies",
        "help", "login", "home", "i", "intent", "company", "school", "feed", "posts", "jobs", "channel", "c", "playlist", "results", "shorts",
        "stories", "tv", "about", "privacy", "legal", "settings", "notifications", "messages", "marketplace", "gaming", "live", "discover", "tag",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Crowdfunding sites: each campaign page is raised for, and usually named after, one person or family.
    private static readonly FrozenSet<string> FundraiserHosts = new[]
    {
        "gofundme.com", "justgiving.com", "doneeractie.nl", "whydonate.com", "whydonate.nl", "gogetfunding.com", "leetchi.com", "kentaa.nl",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Hosted blogs, one subdomain each: "amybrooksrecovers.blogspot.com".
    private static readonly string[] BlogSuffixes = [".blogspot.com", ".blogspot.nl", ".wordpress.com", ".weebly.com", ".wixsite.com", ".jouwweb.nl", ".tumblr.com"];

    /// <summary>
    /// What a link to one person's own page points at: a social-network profile, a crowdfunding campaign or a hosted blog,
    /// with the account, campaign or blog name; null for any other address.
    /// </summary>
    private static (string Kind, string Owner)? PersonalPage(string host, string text)
    {
        var site = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host.StartsWith("m.", StringComparison.Ordinal) ? host[2..] : host;
        var pathStart = text.IndexOf(host, StringComparison.OrdinalIgnoreCase) is var at and >= 0 ? at + host.Length : -1;
        var segments = pathStart < 0 ? [] : text[pathStart..].Split(['/', '?', '#'], StringSplitOptions.RemoveEmptyEntries);
        var first = segments.Length > 0 ? segments[0] : null;
        if (ProfileHosts.Contains(site) && first is not null)
        {
            // "linkedin.com/in/name", "bsky.app/profile/name"; elsewhere the first segment is the account ("tiktok.com/@name").
            var owner = first is "in" or "profile" && segments.Length > 1 ? segments[1] : first;
            owner = owner.TrimStart('@');
            return SitePages.Contains(owner.ToLowerInvariant()) || owner.Length < 2 || owner.StartsWith("profile.php", StringComparison.OrdinalIgnoreCase) ? null : ("profile", owner);
        }

        if (FundraiserHosts.Contains(site) && segments.Length > 0)
        {
            return ("fundraiser", segments[^1]);
        }

        return Array.Find(BlogSuffixes, suffix => site.EndsWith(suffix, StringComparison.Ordinal)) is { } blog ? ("blog", site[..^blog.Length]) : null;
    }

    // The address pattern tests every position of the text, which costs more than the rest of this recognizer.
    // Each of its alternatives needs "://", a share path's "\\" or a dot with a word character after it
    // ("www.x", "1.2", "zorg.nl"), so a text without any of those (most posts: their dots end sentences) has no address.
    private static bool MayHoldAddress(string text)
    {
        if (text.Contains("://", StringComparison.Ordinal) || text.Contains(@"\\", StringComparison.Ordinal))
        {
            return true;
        }

        for (var dot = text.IndexOf('.'); dot >= 0 && dot + 1 < text.Length; dot = text.IndexOf('.', dot + 1))
        {
            var next = text[dot + 1];
            if (next is '-' or '_' || char.IsLetterOrDigit(next) || char.GetUnicodeCategory(next) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="host"/> (a name or IP literal, lower case) only resolves inside a private network.</summary>
    public static bool IsPrivateHost(string host)
    {
        var literal = host.Trim('[', ']');
        if (IPAddress.TryParse(literal, out var address) && (literal.Contains(':', StringComparison.Ordinal) || literal.Count(c => c == '.') == 3))
        {
            return IsPrivateAddress(address);
        }

        if (host == "localhost" || !host.Contains('.', StringComparison.Ordinal))
        {
            return true;
        }

        return Array.Exists(InternalSuffixes, s => host.EndsWith(s, StringComparison.Ordinal));
    }

    private static bool IsPrivateAddress(IPAddress address)
    {
        if (IPAddress.IsLoopback(address))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || (bytes[0] & 0xFE) == 0xFC;
        }

        var b = address.GetAddressBytes();
        return b[0] == 10
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254);
    }

    // Sentence punctuation and closing quotes after an address belong to the sentence; a closing bracket
    // stays only when the address opened one itself (Wikipedia-style paths).
    private static int TrimmedLength(string value)
    {
        var length = value.Length;
        while (length > 0)
        {
            var c = value[length - 1];
            if (c is ')' or ']' && Count(value, length, c == ')' ? '(' : '[') >= Count(value, length, c))
            {
                break;
            }

            if (c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '"' or '*' or '\u2019' or '\u201D')
            {
                length--;
                continue;
            }

            break;
        }

        return length;
    }

    private static int Count(string value, int length, char c) => value.AsSpan(0, length).Count(c);

    private static string? HostOf(string text, string kind)
    {
        var rest = kind switch
        {
            "url" => text[(text.IndexOf("//", StringComparison.Ordinal) + 2)..],
            "unc" => text.TrimStart('\\'),
            _ => text,
        };

        if (kind == "url")
        {
            var at = rest.IndexOfAny(['/', '?', '#']) is var slash and >= 0 ? rest.LastIndexOf('@', slash) : rest.LastIndexOf('@');
            rest = at >= 0 ? rest[(at + 1)..] : rest;
        }

        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            return close > 0 ? rest[..(close + 1)].ToLowerInvariant() : null;
        }

        var stop = rest.IndexOfAny(['/', '\\', '?', '#', ':']);
        var host = (stop >= 0 ? rest[..stop] : rest).TrimEnd('.').ToLowerInvariant();
        return host.Length == 0 ? null : host;
    }

    private static bool IsPlausible(string host, string kind, string text)
    {
        switch (kind)
        {
            case "ip":
                return IPAddress.TryParse(host, out _) && host.Split('.').All(o => o.Length <= 3 && (o.Length == 1 || o[0] != '0'));
            case "domain":
                return IsPlausibleBareDomain(text[..host.Length], hasPath: text.Length > host.Length);
            case "url":
                // A host name is made of letters, digits and hyphens; a single label ("intranet") needs three characters.
                return host.StartsWith('[') || (HostName().IsMatch(host) && (host.Contains('.', StringComparison.Ordinal) || host.Length >= 3));
            default:
                return true;
        }
    }

    // Retweets and previews cut links short with an ellipsis ("http://t…"): what is left is no address.
    private static bool IsTruncated(string text, int end) => end < text.Length && text[end] == '\u2026';

    // Bare domains need a public or internal suffix written in lower case ("thuis.Nu" is a missing space, not
    // a domain); without a path they must also be more than an abbreviation with a dot (a.nl, o.a.).
    private static bool IsPlausibleBareDomain(string written, bool hasPath)
    {
        var suffix = written[(written.LastIndexOf('.') + 1)..];
        var casingFits = suffix.All(char.IsLower) || written.All(c => !char.IsLower(c));
        return BareDomainSuffixes.Contains(suffix) && casingFits && written.Length >= 5 && (hasPath || written.IndexOf('.', StringComparison.Ordinal) >= 2);
    }

    [GeneratedRegex(@"^[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?(?:\.[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?)*$", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex HostName();

    // One pass, alternatives in priority order: scheme URLs, www links, share paths, IPv4 addresses, bare domains.
    // Address characters are RFC 3986's plus letters of any script (internationalised paths); emoji and spaces end an address.
    [GeneratedRegex(
        """
        (?<![\w@.\\/-])(?:
            (?<scheme>(?:https?|ftp)://)[\w\-.~:/?#\[\]@!$&'()*+,;=%]+
          | (?<www>www\.)[\w-]+(?:\.[\w-]+)+(?:[/?#:][\w\-.~:/?#\[\]@!$&'()*+,;=%]*)?
          | (?<unc>\\\\)[\w$-]+(?:\.[\w-]+)*(?:\\[\w\-.$]*[\w$-])+
          | (?<ip>(?:\d{1,3}\.){3}\d{1,3})(?![\w.]*\w)(?::\d{1,5})?(?:/[\w\-.~:/?#\[\]@!$&'()*+,;=%]*)?
          | (?<domain>(?:[A-Za-z0-9](?:[\w-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,12})(?![\w@-])(?:/[\w\-.~:/?#\[\]@!$&'()*+,;=%]*)?
        )
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AddressPattern();
}
