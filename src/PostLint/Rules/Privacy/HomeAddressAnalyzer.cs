using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Recognizers.Identifiers;
using PostLint.Text;

namespace PostLint.Rules.Privacy;

/// <summary>
/// PL1008: a private street address or postcode. An address next to a person ("M. de Groot, Wilhelminalaan
/// 33", "Mr Whitfield of Elm Grove") or a scene of care ("reanimatie op de Kerkstraat 7") is someone's home.
/// An institution's own address is benign: introduced as <c>ons adres</c>, <c>bezoekadres</c>,
/// <c>located at</c>, after a hospital or practice, or in an institution's post without a person next to it.
/// An address said to be someone's (<c>haar adres</c>, <c>his address</c>, <c>woonadres</c>, <c>lives at</c>) is a home
/// whatever else the sentence names, and so is any address in a post that holds a date of birth or a citizen or record number
/// (a form or a record, not an organisation's contact details).
/// A Dutch postcode is four digits and two letters; with a house number it points at one address.
/// </summary>
internal sealed partial class HomeAddressAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL1008",
        "Street address or postcode of a private person",
        DiagnosticCategory.Privacy,
        DiagnosticSeverity.Warning,
        "KNMG-SM2011-A2 (Garandeer vertrouwelijkheid); VVN-SM-2 (NBC 2.10); GMC-USM24-§18 and §19; AMA-2.3.2(a)",
        "A home address names a household; neighbours and strangers can find the patient with it.");

    private static readonly ContextCues InstitutionWords = new(
        "adres", "bezoekadres", "postadres", "ons adres", "locatie", "onze locatie", "te vinden", "vind ons", "ons", "onze", "praktijk", "huisartsenpraktijk",
        "huisartsenpost", "ziekenhuis", "polikliniek", "apotheek", "kliniek", "gezondheidscentrum", "kantoor", "verhuisd", "open dag", "inloop",
        "address", "our address", "located", "find us", "visit us", "venue", "our", "surgery", "practice", "clinic", "hospital", "pharmacy", "office",
        "centre", "center", "open day", "drop in", "moved to", "headquarters", "hq", "main entrance", "hoofdingang", "ingang", "entrance",
        // where an organisation is seated: "Het RIVM is gevestigd aan ...", "based at ..."
        "gevestigd", "hoofdkantoor", "zetel", "based at", "based in",
        // post boxes and freepost numbers are organisations' postal addresses
        "postbus", "antwoordnummer", "po box", "p o box", "freepost");

    private static readonly ContextCues PersonalAddressWords = new(
        "haar adres", "zijn adres", "mijn adres", "hun adres", "jouw adres", "uw adres", "woonadres", "thuisadres", "huisadres", "privéadres", "prive adres",
        "woont op", "woont aan", "woont in", "wonend", "woonachtig", "her address", "his address", "my address", "their address", "your address",
        "home address", "private address", "lives at", "lives on", "living at", "resides at", "residing at");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        var addresses = context.EntitiesOf(EntityType.Address).ToList();
        var reported = new HashSet<Entity>();

        // Where the people who may live somewhere end, and where the addresses end, asked about for every place.
        var personEnds = context.EntitiesOf(EntityType.Person)
            .Where(p => p.Attribute("role") is not (PersonRoles.Staff or PersonRoles.Public))
            .Select(p => p.Span.End).Order().ToArray();
        var addressesByEnd = addresses.Select((a, index) => (a.Span.End, Index: index)).OrderBy(a => a.End).ToArray();
        var addressEnds = addressesByEnd.Select(a => a.End).ToArray();
        foreach (var address in addresses)
        {
            if (IsPrivate(context, address, personEnds))
            {
                reported.Add(address);
                Report(context, address, postcode: false);
            }
        }

        foreach (var postcode in context.EntitiesOf(EntityType.Postcode))
        {
            // A postcode belongs to the address just before it; alone it is judged like an address.
            var owner = -1;
            for (var i = SortedOffsets.CountBefore(addressEnds, postcode.Span.Start - MaxPostcodeDistance); i < addressEnds.Length && addressEnds[i] <= postcode.Span.Start; i++)
            {
                owner = Math.Max(owner, addressesByEnd[i].Index);
            }

            if (owner >= 0 ? reported.Contains(addresses[owner]) : IsPrivate(context, postcode, personEnds))
            {
                Report(context, postcode, postcode: true);
            }
        }
    }

    // A postcode this close after an address belongs to it; a person this close before a place may live there.
    private const int MaxPostcodeDistance = 30;
    private const int MaxPersonDistance = 14;

    private static bool IsPrivate(AnalysisContext context, Entity place, int[] personEnds)
    {
        var text = context.Text;
        var nextToPerson = SortedOffsets.FirstAtOrAfter(personEnds, place.Span.Start - MaxPersonDistance) is var end and >= 0 && end <= place.Span.Start;
        if (nextToPerson)
        {
            return true;
        }

        if (place.Attribute("kind") == AddressRecognizer.PoBoxKind)
        {
            return IsPrivatePoBox(context, place);
        }

        if (context.Entities.Any(e => RecordDetails.Contains(e.Type))
            || (context.Author.Role != "institution" && context.EntitiesOf(EntityType.Person).Any(p => p.Attribute("role") is PersonRoles.Patient or PersonRoles.Relative)))
        {
            // "Naam: ... Geb.datum: ... Adres: ...", "Mevr. Jansen ... Adres: ...": beside a date of birth, a citizen or record number
            // or a named patient an address is the record's or the patient's, whatever word introduces it.
            return true;
        }

        var sentenceStart = context.Index.ContextSentenceStart(place.Span.Start);
        return PersonalAddressWords.In(text, sentenceStart, place.Span.Start)
            || (context.Author.Role != "institution" && !InstitutionWords.In(text, sentenceStart, place.Span.Start));
    }

    private static readonly EntityType[] RecordDetails = [EntityType.DateOfBirth, EntityType.Bsn, EntityType.NationalId, EntityType.IdNumber];

    // Organisations give PO boxes for post and gifts ("Postbus 300, Den Haag"); a person has one where there is no home to
    // write to: off-grid, homeless, abroad. So a PO box is a private person's only where the post says so: next to their
    // name (above), in a record that names a patient or holds their numbers, or after words that give it to someone: a
    // patient's or relative's address, a mailing address on file, "my PO box". Never by default, as a street may be.
    private static bool IsPrivatePoBox(AnalysisContext context, Entity box)
    {
        if (context.Entities.Any(e => RecordDetails.Contains(e.Type))
            || context.EntitiesOf(EntityType.Person).Any(p => p.Attribute("role") is PersonRoles.Patient or PersonRoles.Relative))
        {
            return true;
        }

        var sentenceStart = context.Index.ContextSentenceStart(box.Span.Start);
        return PersonalAddressWords.In(context.Text, sentenceStart, box.Span.Start)
            || (PoBoxHolders.In(context.Text, sentenceStart, box.Span.Start) && !PoBoxOrganisations.In(context.Text, sentenceStart, box.Span.Start));
    }

    // "Our clinic's mailing address is PO Box 250": a mailing address an organisation gives for itself.
    private static readonly ContextCues PoBoxOrganisations = new(
        "our", "ons", "onze", "clinic", "clinic s", "practice", "praktijk", "huisartsenpraktijk", "hospital", "ziekenhuis", "office", "kantoor",
        "charity", "stichting", "foundation", "fonds", "department", "afdeling", "ministerie", "ministry", "vereniging", "association", "service", "dienst");

    // Whose PO box: a patient's, a relative's, the writer's own, or one a record keeps on file.
    private static readonly ContextCues PoBoxHolders = new(
        "patient", "patiente", "pt", "client", "cliente", "bewoner", "moeder", "vader", "mother", "father", "mum", "mom", "dad", "zoon", "dochter", "son",
        "daughter", "mevrouw", "meneer", "next of kin", "guarantor", "claimant", "contactpersoon", "homeless", "dakloos", "woonwagenbewoner",
        "geen vast woonadres", "no fixed abode", "off grid", "off-grid", "correspondentieadres", "mijn postadres", "my po box", "my mailing address",
        "mailing address", "postal address", "address on file", "adres bekend", "demographics", "adreswijziging", "change of address", "mijn postbus");

    // "Zeeweg 77 A, IJmuiden", "Prinses Irenelaan 4 te Bussum", "1054 GR Amsterdam": the town written right after a home's
    // street or postcode is part of the address, and the finding and its fix take it along.
    private static TextSpan WithTown(AnalysisContext context, TextSpan span, bool isDutchPostcode)
    {
        var text = context.Text;
        foreach (var town in context.EntitiesOf(EntityType.Place))
        {
            if (town.Span.Start > span.End && town.Span.Start - span.End <= MaxTownGap && town.Attribute("kind") is not ("country" or "region" or "province" or "vague")
                && TownGap().IsMatch(text.AsSpan(span.End, town.Span.Start - span.End)))
            {
                return new TextSpan(span.Start, town.Span.End);
            }
        }

        // After a Dutch postcode a capitalised word is its town, listed or not ("9901 AA Appingedam").
        return isDutchPostcode && TownAfterPostcode().Match(text, span.End) is { Success: true } word && word.Index == span.End
            ? new TextSpan(span.Start, word.Index + word.Length)
            : span;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s\p{Lu}[\p{Ll}'’-]+(?![\w-])", System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex TownAfterPostcode();

    // The longest gap TownGap matches (", te ").
    private const int MaxTownGap = 5;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:,?\s|\ste\s|\sin\s)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex TownGap();

    private static void Report(AnalysisContext context, Entity place, bool postcode) =>
        Report(context, place, postcode, WithTown(context, place.Span, postcode && place.Attribute("country") == "NL"));

    private static void Report(AnalysisContext context, Entity place, bool postcode, TextSpan span) =>
        context.Report(
            Rule,
            span,
            postcode
                ? context.Localize(
                    $"Postcode '{place.Text}' wijst samen met een huisnummer of straat één adres aan, en daarmee wie er woont.",
                    $"Postcode '{place.Text}' narrows the place down to a street or a few houses, and so to who lives there.")
                : context.Localize(
                    $"Adres '{place.Text}' is iemands woonadres: buren en vreemden vinden de patiënt hiermee terug.",
                    $"Address '{place.Text}' is someone's home: neighbours and strangers can find the patient with it."),
            CodeFix.Replace(
                context.Localize("Verwijder het adres", "Remove the address"),
                span,
                postcode ? context.Localize("[postcode verwijderd]", "[postcode removed]") : context.Localize("[adres verwijderd]", "[address removed]")));
}
