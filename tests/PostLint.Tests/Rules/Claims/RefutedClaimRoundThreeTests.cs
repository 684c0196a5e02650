using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Claims;

/// <summary>
/// PL5006 on the classes of issue 14's third round, one group per class: the pandemic's conspiracy names as a claim of
/// their own, the disease said to be milder than everyday risks or the flu in English comparatives, the jab said to
/// stop no infection or do nothing, advice to refuse the jab, killing in the past tense, depopulation by culling or the
/// split Dutch verb, the jab called a synthetic pathogen or an experiment, and a report set against the claim by "but". Each class has look-alikes that must stay silent: the film
/// and the theory named by a researcher, comparisons that put covid first, a flu shot said not to protect against
/// covid, a jab that works only after two weeks, contraindications, descriptions of people who refuse, and rural
/// depopulation.
/// </summary>
public class RefutedClaimRoundThreeTests
{
    [Theory]
    [InlineData("Two years of this {|PL5006:scamdemic|} and people still wear masks in their cars.")]
    [InlineData("#{|PL5006:plandemie|} wakker worden")]
    [InlineData("Wanneer geven ze toe dat de {|PL5006:coronafraude|} voorbij is?")]
    [InlineData("{|PL5006:Het virus is minder gevaarlijk dan luchtvervuiling|}, maar niemand die daarover begint.")]
    [InlineData("{|PL5006:Covid-19 is far less deadly than the flu|} for anyone under seventy.")]
    [InlineData("This {|PL5006:coronavirus is no worse than a bad cold|}.")]
    [InlineData("{|PL5006:Air pollution is far more dangerous than covid|}, yet nobody locks us down for it.")]
    [InlineData("{|PL5006:More people die of the regular flu each winter than of this coronavirus|}.")]
    [InlineData("The {|PL5006:jabs don't stop infection|}, they never did.")]
    [InlineData("Het {|PL5006:vaccin voorkomt geen besmetting|}, kijk maar om je heen.")]
    [InlineData("{|PL5006:Jabs that don't vaccinate|}, honestly.")]
    [InlineData("Die {|PL5006:coronavaccins werken niet|}, iedereen werd toch ziek.")]
    [InlineData("{|PL5006:Don't take the covid vaccine|}, whatever they tell you.")]
    [InlineData("{|PL5006:Weiger die prik|} en bescherm je kinderen.")]
    [InlineData("{|PL5006:Stay away from that vaccine|}.")]
    [InlineData("The {|PL5006:jab killed|} my neighbour's son, two days later.")]
    [InlineData("These {|PL5006:jabs are meant to cull the population|}.")]
    [InlineData("Die {|PL5006:vaccins zijn bedoeld om de wereldbevolking uit te dunnen|}.")]
    [InlineData("The so-called {|PL5006:vaccine is a synthetic pathogen|}.")]
    [InlineData("The {|PL5006:covid vaccine is the biggest experiment|} in history.")]
    [InlineData("{|PL5006:Covid is lang niet zo ernstig als de griep|}, maar volgens sommige artsen zou dat nog kunnen veranderen.")]
    public void Fires_on_the_phrasings(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("The documentary Plandemic was taken down after fact-checkers found its claims false.")]
    [InlineData("Onderzoekers volgden hoe het 'plandemie'-complot zich op Telegram verspreidde.")]
    [InlineData("Covid is far more dangerous than the flu for people over seventy.")]
    [InlineData("Corona is nu minder gevaarlijk dan in 2020, dankzij vaccinatie en eerdere besmettingen.")]
    [InlineData("The flu shot does not protect against covid, so get both if you are eligible.")]
    [InlineData("Het vaccin werkt niet meteen: na twee weken ben je beschermd.")]
    [InlineData("Vaccines don't work instantly, so keep your distance for two more weeks.")]
    [InlineData("No vaccine prevents every infection, but the jabs sharply cut severe illness.")]
    [InlineData("Het vaccin voorkomt niet elke besmetting, wel de meeste ziekenhuisopnames.")]
    [InlineData("Don't get vaccinated while you have a fever; book again when you feel better.")]
    [InlineData("Haal geen vaccin als je koorts hebt, maar maak een nieuwe afspraak.")]
    [InlineData("Staff who refuse the vaccine are offered a conversation with occupational health.")]
    [InlineData("The depopulation of rural areas makes it hard to staff village practices.")]
    [InlineData("We want to reach the whole population with the autumn vaccination round.")]
    [InlineData("Gene therapy for spinal muscular atrophy changed the outlook for these children.")]
    [InlineData("Every report of a death after vaccination is investigated, and almost none was caused by the vaccine.")]
    [InlineData("The trial of the new RSV vaccine is an experiment we are proud to be part of.")]
    [InlineData("Volgens sommige artsen is corona lang niet zo ernstig als de griep, maar dat klopt niet.")]
    public void Stays_silent_on_look_alikes(string text) => Verify.Rule("PL5006", text);
}
