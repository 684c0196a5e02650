using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Professionalism;

public class PrivateContentAnalyzerTests
{
    private static Func<Post, Post> On(AccountKind account, string role = "nurse") =>
        p => p with { Author = new AuthorProfile(role, null, account) };

    [Theory]
    [InlineData("Zondagochtend dienst met een flinke {|PL6002:kater|} 🙈")]
    [InlineData("Team {|PL6002:night out|} tonight, the cocktails are on me 🍸")]
    [InlineData("Wat een {|PL6002:kerstborrel|} gisteren, de wijn vloeide rijkelijk!")]
    [InlineData("{|PL6002:Stem op GroenLinks|} op 29 oktober, voor de zorg!")]
    [InlineData("Colleagues, please {|PL6002:vote Labour|} next week.")]
    [InlineData("{|PL6002:Stem 29 oktober op de PVV|}, dan komt er geld voor de zorg!")]
    [InlineData("Wat een {|PL6002:feest|} gisteren op de afdeling 🍹🍹 nog steeds moe haha")]
    public void Fires_on_private_life_on_a_professional_account(string markup) => Verify.Rule("PL6002", markup, On(AccountKind.Professional));

    [Theory]
    [InlineData("Mooie foto van het ESC-congres in Londen met mijn collega's.")]
    [InlineData("De bezuinigingen op de wijkverpleging zijn onverstandig; ik roep de Tweede Kamer op ze te heroverwegen.")]
    [InlineData("Proud to have been elected to the RCN Council. Thank you to everyone who voted!")]
    [InlineData("Alcohol en medicijnen gaan slecht samen: vraag je apotheker.")]
    [InlineData("Derde dronken patiënt vannacht op de SEH, drink met mate tijdens de feestdagen.")]
    [InlineData("Midwives: a woman in labour needs one-to-one care.")]
    [InlineData("Feest! Onze praktijk bestaat vandaag 25 jaar 🥂🍾 Dank aan alle patiënten voor het vertrouwen.")]
    public void Is_silent_on_professional_content(string text) => Verify.Rule("PL6002", text, On(AccountKind.Professional));

    [Theory]
    [InlineData("{|PL6002:Swipe right|} if you want a nurse who can take your blood pressure 😉 #tinder")]
    [InlineData("Wie gaat er vanavond mee naar de {|PL6002:Tinder-date|}? Grapje, ik heb dienst 😂")]
    [InlineData("Match met me op {|PL6002:Bumble|}, dokter zoekt leuke vrouw")]
    [InlineData("Iedereen op 29 oktober naar de stembus en {|PL6002:stem PVV|}!")]
    [InlineData("{|PL6002:Vote Reform|} on Thursday, they'll fix the NHS!")]
    public void Fires_on_dating_jokes_and_campaigning_on_a_professional_account(string markup) => Verify.Rule("PL6002", markup, On(AccountKind.Professional));

    [Theory]
    [InlineData("Soa-test na een Tinder-date? Laat je gratis testen bij de GGD.")]
    [InlineData("Many STIs we see start with a dating app match: use a condom and get tested.")]
    [InlineData("Stem op 29 oktober! Maakt niet uit op wie, als je maar gaat.")]
    [InlineData("Persoonlijke mening: ik vind de nieuwe bezoektijden te streng.")]
    public void Is_silent_on_sexual_health_advice_and_non_partisan_calls(string text) => Verify.Rule("PL6002", text, On(AccountKind.Professional));

    [Fact]
    public void The_same_party_is_fine_on_a_private_account() =>
        Verify.Rule("PL6002", "Zondagochtend met een flinke kater 🙈 Stem op GroenLinks!", On(AccountKind.Private));

    [Fact]
    public void An_institution_announcing_its_new_year_drinks_is_fine() =>
        Verify.Rule("PL6002", "Nieuwjaarsborrel voor alle medewerkers, vrijdag om 16:00 in het restaurant 🥂", On(AccountKind.Professional, "institution"));

    [Fact]
    public void Silent_when_the_account_kind_is_unknown() =>
        Verify.Rule("PL6002", "Zondagochtend dienst met een flinke kater 🙈", On(AccountKind.Unknown));

    [Fact]
    public void Fires_on_a_case_on_a_private_account() =>
        Verify.Rule("PL6002", "{|PL6002:Interessante casus|} vandaag: jonge vrouw met een zeldzame longziekte.", On(AccountKind.Private, "longarts"));

    [Theory]
    [InlineData("Interessante casus vandaag (casus is gefingeerd) voor het onderwijs.", "longarts")]
    [InlineData("Mijn casus: ik heb zelf sinds vijf jaar diabetes.", "patient")]
    public void Is_silent_on_invented_cases_and_patients_own_story(string text, string role) =>
        Verify.Rule("PL6002", text, On(AccountKind.Private, role));

    [Fact]
    public void Account_kind_from_configuration_reaches_the_rule() =>
        Verify.Rule("PL6002", "Zondagochtend dienst met een flinke {|PL6002:kater|} 🙈", options: new PostLinterOptions { Author = new AuthorProfile("nurse", null, AccountKind.Professional) });

    [Theory]
    [InlineData("Cocktails till 3am 🍸 and I'm {|PL6002:on call|} from 8, pray for me")]
    [InlineData("Biertje erbij in de {|PL6002:dienstkamer|}, het is toch rustig vannacht 🍺")]
    [InlineData("Still tipsy from the wedding, first patient {|PL6002:on the ward|} at 7.")]
    public void Fires_on_drinking_at_work_on_any_account(string markup) => Verify.Rule("PL6002", markup, On(AccountKind.Private));

    [Theory]
    [InlineData("Na de dienst een biertje met het team 🍺, verdiend na zo'n nacht.")]
    [InlineData("On call this weekend, so no wine for me at the family dinner.")]
    [InlineData("Alcohol on the ward? Hand gel, yes. Anything else, no.")]
    public void Is_silent_on_drinks_after_work_and_sober_duty(string text) => Verify.Rule("PL6002", text, On(AccountKind.Private));

    // Drinking or drugs with a word that places the author at work, on any account; someone else drunk is no finding.
    [Theory]
    [InlineData("Twee wijntjes op en dan de {|PL6002:nachtdienst|} in, dat scheelt.")]
    [InlineData("Lekker geblowd voor de {|PL6002:ochtendvisite|} 😎")]
    [InlineData("Had a spliff on my break, now {|PL6002:on the ward|} till 8.")]
    [InlineData("Still tipsy from last night and now leading the {|PL6002:ward round|}.")]
    [InlineData("Still hungover and {|PL6002:back on the ward|} today, send coffee.")]
    public void Fires_on_drinking_or_drugs_at_work_on_any_account(string markup) => Verify.Rule("PL6002", markup);

    [Theory]
    [InlineData("Drunk patient punched a nurse on our ward round tonight.")]
    [InlineData("Meneer was flink dronken toen hij op de SEH binnenkwam.")]
    [InlineData("Biertje na de nachtdienst, verdiend!")]
    [InlineData("Drunk driver brought in by ambulance, on call all night with the fallout.")]
    [InlineData("Vanavond een wijntje, morgen vroeg weer op de afdeling.")]
    [InlineData("Glass of wine after a long week, back on nights on Monday.")]
    [InlineData("Alcohol at work is never OK; if you're worried about a colleague on the ward, talk to occupational health.")]
    [InlineData("Borrel met de buren na een drukke week; maandag weer aan het werk.")]
    [InlineData("Beers in the garden after a busy week, clinic again next week.")]
    public void Is_silent_on_others_drinking_and_drinks_after_work(string text) => Verify.Rule("PL6002", text);

    [Fact]
    public void Fires_on_a_hangover_in_clinic_on_any_account() =>
        Verify.Rule("PL6002", "Properly hungover and the {|PL6002:morning clinic|} is fully booked.");
}
