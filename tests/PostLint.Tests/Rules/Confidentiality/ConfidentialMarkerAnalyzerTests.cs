using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Confidentiality;

public class ConfidentialMarkerAnalyzerTests
{
    [Theory]
    [InlineData("{|PL3004:Onder embargo tot|} donderdag 10:00, maar ik kan het niet laten: onze studie komt in de NEJM!")]
    [InlineData("Can't say much yet, but our data look great. {|PL3004:Embargoed until|} the ESC congress 🤐")]
    [InlineData("Blij met de uitkomst van het {|PL3004:vertrouwelijke|} bestuursoverleg van gisteren: de fusie gaat door.")]
    [InlineData("{|PL3004:STRICTLY CONFIDENTIAL|}: draft rota for December attached.")]
    [InlineData("Het nieuwe beleid (let op: {|PL3004:alleen intern|}) gaat in per 1 maart.")]
    [InlineData("Slides van vandaag, {|PL3004:niet verspreiden|}!")]
    [InlineData("Het wachtwoord is veranderd. {|PL3004:Niet doorvertellen|} hè")]
    [InlineData("Here is the new bed plan ({|PL3004:do not forward|}).")]
    [InlineData("We close the unit in March. {|PL3004:Staff will be told|} next week.")]
    [InlineData("De afdeling sluit in 2026. {|PL3004:Officiële communicatie volgt|} volgende maand.")]
    [InlineData("Onze teamleider is weg. {|PL3004:Niemand mag er iets over zeggen|}, maar iedereen weet het al.")]
    [InlineData("Presentation from the board meeting, {|PL3004:internal use only|}")]
    [InlineData("{|PL3004:EMBARGO|} 10:00 CET: new guideline on sepsis care")]
    [InlineData("{|PL3004:Embargo|}: donderdag 12:00 uur")]
    [InlineData("Volgens een {|PL3004:intern memo|} gaan er volgend jaar 40 fte af bij de verpleging.")]
    [InlineData("The {|PL3004:internal memo|} says two wards will close in spring.")]
    [InlineData("De verloskunde gaat dicht. {|PL3004:Vertel het nog niet door|}, de verloskundigen {|PL3004:weten van niks|}.")]
    [InlineData("We're merging with St Luke's next year! (Shh, {|PL3004:staff find out|} Friday)")]
    [InlineData("Het stond gewoon in de {|PL3004:stukken voor de OR|}: de SEH gaat 's nachts dicht.")]
    public void Fires_on_markers(string markup) => Verify.Rule("PL3004", markup);

    [Theory]
    [InlineData("Vertrouwelijkheid is de basis van zorg. Wat je mij vertelt, blijft tussen ons.")]
    [InlineData("We respect patient confidentiality, always.")]
    [InlineData("Uw gegevens worden vertrouwelijk behandeld.")]
    [InlineData("Call our free, confidential helpline on 0800 123 456.")]
    [InlineData("Een vertrouwelijk gesprek met je huisarts kan veel opleveren.")]
    [InlineData("De KNMG zegt het duidelijk: plaats geen vertrouwelijke informatie online.")]
    [InlineData("Never post confidential documents from work online.")]
    [InlineData("Het embargo is verlopen, dus nu mag ik het zeggen: onze studie is gepubliceerd!")]
    [InlineData("The embargo has been lifted: our paper is out in the BMJ today.")]
    [InlineData("Na het embargo van vanochtend kan ik eindelijk vertellen over onze studie.")]
    [InlineData("Do not share your password with anyone, not even IT.")]
    [InlineData("Antibiotica moet je niet delen met anderen.")]
    [InlineData("Foto's van patiënten in de groepsapp? Niet delen!")]
    [InlineData("Documents marked 'internal only' must never be posted online.")]
    [InlineData("The trade embargo made insulin scarce in the region for years.")]
    [InlineData("De katheter heeft gelekt, dus de verpleegkundige heeft hem vervangen.")]
    [InlineData("Our catheter bag leaked overnight; here is how we fixed the fitting.")]
    [InlineData("US hospitals are preparing for 96 million infections, leaked documents reveal.")]
    [InlineData("Share your feelings, but if it's petty, keep it to yourself.")]
    public void Is_silent_about_confidentiality_advice_and_lifted_embargoes(string text) => Verify.Rule("PL3004", text);

    [Theory]
    [InlineData("{|PL3004:Strictly confidential|} - {|PL3004:do not forward|}. Ward 5 closes on 1 April.")]
    [InlineData("Nieuwe dienstroosters voor kerst ({|PL3004:vertrouwelijk|}) staan in de bijlage.")]
    [InlineData("{|PL3004:Vertrouwelijk|}: de reorganisatie van de kinderafdeling gaat per 1 juni in.")]
    [InlineData("{|PL3004:Vertrouwelijk|}\nDe afdeling neurologie verhuist in maart naar locatie Zuid.")]
    [InlineData("Dit is {|PL3004:vertrouwelijk|}, maar de fusie met het MST gaat gewoon door.")]
    [InlineData("Het is {|PL3004:vertrouwelijk|}, maar de SEH gaat in de zomer 's nachts dicht.")]
    [InlineData("This is {|PL3004:strictly confidential|}: the pay rise for band 6 is off.")]
    [InlineData("Keep this {|PL3004:confidential|} please: the CEO is stepping down next month.")]
    [InlineData("Dit graag {|PL3004:vertrouwelijk|} behandelen: de nieuwe roosters gaan per januari in.")]
    public void Fires_on_confidential_as_a_label_on_the_post(string markup) => Verify.Rule("PL3004", markup);

    [Theory]
    [InlineData("Our new podcast on why strictly confidential patient data must stay that way.")]
    [InlineData("Hoe houden we vertrouwelijke gegevens echt vertrouwelijk? Onze privacy officer legt het uit.")]
    [InlineData("How we keep records confidential on a busy ward: a thread.")]
    [InlineData("Your record is yours and it is confidential: we never share it without your consent.")]
    [InlineData("Free, confidential, and open to all: our sexual health clinic on Saturdays.")]
    [InlineData("Strikt vertrouwelijk blijft het niet als je patiëntgegevens in een groepsapp zet.")]
    [InlineData("Is dit vertrouwelijk? Ja: alles wat u met uw arts bespreekt, valt onder het beroepsgeheim.")]
    [InlineData("Confidential patient data, passwords and rosters: what you may share online and what not.")]
    public void Is_silent_on_confidential_describing_data_in_a_post_about_confidentiality(string text) => Verify.Rule("PL3004", text);

    [Theory]
    [InlineData("Alleen voor collega's, {|PL3004:niet voor de buitenwereld|}: de kinderafdeling sluit in september.")]
    [InlineData("Onze fusie met het Rijnstate is rond. {|PL3004:Mondje dicht|}!")]
    [InlineData("Please {|PL3004:keep this to yourselves|} for now: the board has approved closing the birth centre.")]
    [InlineData("{|PL3004:Houd dit even voor je|}, maar de nieuwe SEH-arts begint in mei.")]
    public void Fires_on_pleas_to_keep_the_post_inside(string markup) => Verify.Rule("PL3004", markup);

    [Theory]
    [InlineData("Mondje dicht en door de neus ademen tijdens het poetsen, zeggen we tegen kinderen.")]
    [InlineData("Your diagnosis is yours: you decide whether to tell your employer or keep it to yourself.")]
    public void Is_silent_on_look_alikes_of_those_pleas(string text) => Verify.Rule("PL3004", text);

    [Theory]
    [InlineData("De polikliniek in Joure gaat per maart dicht. Dat wordt pas {|PL3004:na de zomer bekendgemaakt|}.")]
    [InlineData("Our two dialysis units will merge in spring, which {|PL3004:hasn't been announced|} to staff.")]
    [InlineData("Ze gaan 20 fte schrappen op de SEH, {|PL3004:je hoort het hier eerst|}.")]
    [InlineData("The day surgery unit is closing in May. {|PL3004:You heard it here first|}.")]
    [InlineData("Reorganisatie van de thuiszorg rond: de teams {|PL3004:horen het volgende week|}.")]
    [InlineData("Het bestuur heeft gisteren de fusie met Zorggroep Oost goedgekeurd, de {|PL3004:aankondiging volgt|} volgende maand.")]
    [InlineData("{|PL3004:Between us|}: the trust is closing the birth centre in Alnwick.")]
    [InlineData("Ten of our admin staff are being laid off in the restructure, {|PL3004:official in June|}.")]
    public void Fires_on_organisational_news_told_before_it_is_announced(string markup) => Verify.Rule("PL3004", markup);

    [Theory]
    [InlineData("Vandaag heeft het ziekenhuis bekendgemaakt dat de polikliniek in Joure per maart dichtgaat.")]
    [InlineData("The trust announced this morning that the two dialysis units will merge in spring.")]
    [InlineData("De uitslag van de verkiezing voor beste afdeling wordt pas volgende week bekendgemaakt.")]
    [InlineData("We moved to the new building! Find us at the east entrance from Monday.")]
    [InlineData("Ik kan het niet vaak genoeg zeggen: sluit je wond goed af met een pleister.")]
    [InlineData("Vandaag bekendgemaakt: de huisartsenpost in Emmen sluit per 1 juni. Lees het persbericht.")]
    [InlineData("Onder ons gezegd: wat een mooie dag was het op de afdeling!")]
    [InlineData("Our new clinic opens in June; the official opening will be announced on our website.")]
    public void Is_silent_on_announced_news_and_news_without_a_change(string text) => Verify.Rule("PL3004", text);

    [Theory]
    [InlineData("{|PL3004:Calamiteitenmelding|} 2024-77 over de valpartij ligt nog steeds stil.")]
    [InlineData("The {|PL3004:Datix|} about our ward's staffing was closed without any feedback.")]
    [InlineData("De nieuwe directeur krijgt een ton extra, het {|PL3004:stond in de stukken|} van vorige week.")]
    public void Fires_on_internal_reports_and_board_papers(string markup) => Verify.Rule("PL3004", markup);

    [Theory]
    [InlineData("Een calamiteitenmelding doe je binnen drie werkdagen bij de IGJ.")]
    [InlineData("How to file a Datix: a five-minute guide for new starters.")]
    public void Is_silent_on_how_to_report_incidents(string text) => Verify.Rule("PL3004", text);

    // News passed on from an internal meeting, and pleas to keep it quiet; writing advice about memos is no source.
    [Theory]
    [InlineData("{|PL3004:Uit het directieoverleg|} van vanmorgen: de dagbehandeling gaat dicht.")]
    [InlineData("{|PL3004:Fresh from the board meeting|}: the birth centre closes in June.")]
    [InlineData("The new rota cuts two nurses per night, {|PL3004:keep it quiet|} until Friday.")]
    [InlineData("Er komen twee teamleiders minder op de poli, {|PL3004:zeg nog niks|} tegen de rest.")]
    public void Fires_on_news_from_internal_meetings_and_pleas_to_keep_it_quiet(string markup) => Verify.Rule("PL3004", markup);

    [Theory]
    [InlineData("Template for writing an internal memo about a near miss, free to download.")]
    [InlineData("Het verslag van de bestuursvergadering staat openbaar op onze website.")]
    public void Is_silent_on_writing_advice_and_public_minutes(string text) => Verify.Rule("PL3004", text);
}
