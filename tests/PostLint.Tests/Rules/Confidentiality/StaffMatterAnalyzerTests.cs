using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Confidentiality;

public class StaffMatterAnalyzerTests
{
    [Theory]
    [InlineData("Dus {|PL3006:onze teamleider is geschorst|} na dat incident met de morfine.")]
    [InlineData("{|PL3006:Marieke zit al drie maanden thuis met een burn-out|} en niemand van het MT heeft haar gebeld.")]
    [InlineData("Heftig: mijn {|PL3006:collega Anouk is overspannen|}, ze komt voorlopig niet terug.")]
    [InlineData("{|PL3006:Onze OK-assistent is geschorst|}, en niemand vertelt ons waarom.")]
    [InlineData("{|PL3006:Our ward manager has been suspended|} pending an investigation, and nobody told us.")]
    [InlineData("Word on the ward is that {|PL3006:Dr Reeves is being investigated|} by the GMC.")]
    [InlineData("They {|PL3006:sacked our practice manager|} without a word to the team.")]
    [InlineData("{|PL3006:The new registrar is off sick|} again, third time this month.")]
    [InlineData("Helaas, de {|PL3006:tuchtklacht tegen onze anesthesioloog|} is gegrond verklaard.")]
    [InlineData("{|PL3006:Our practice nurse has been signed off with stress|} for the third time this year.")]
    [InlineData("{|PL3006:Die arts-assistent van vorig jaar is op staande voet ontslagen|} na dat gedoe met de opiaten.")]
    public void Fires_on_a_colleagues_sickness_or_disciplinary_case(string markup) => Verify.Rule("PL3006", markup);

    [Theory]
    [InlineData("Dus {|PL3006:de nieuwe afdelingsmanager verdient €9.400|} bruto per maand en wij krijgen er geen collega bij.")]
    [InlineData("{|PL3006:New band 7 on our ward is on £52k|} and has never done a single night shift.")]
    [InlineData("I saw the payslip: {|PL3006:my colleague earns €5,200|} a month.")]
    [InlineData("En {|PL3006:onze nieuwe manager krijgt € 7.500|} per maand, terwijl wij bezuinigen.")]
    public void Fires_on_a_colleagues_pay(string markup) => Verify.Rule("PL3006", markup);

    [Theory]
    [InlineData("De nieuwe cao geeft 5% loonsverhoging en een eenmalige uitkering van € 1.000.")]
    [InlineData("Vacature verpleegkundige IC, salaris max. € 5.000 bruto per maand (FWG 55).")]
    [InlineData("We're hiring a band 6 nurse: £37,000 to £44,000 a year. Apply by Friday.")]
    [InlineData("A band 7 midwife earns around £47,000, according to the NHS pay scales.")]
    [InlineData("Een ervaren verpleegkundige verdient € 4.800 bruto volgens de cao ziekenhuizen.")]
    [InlineData("Ik zit zelf sinds maart thuis met een burn-out. Praat erover, het helpt.")]
    [InlineData("I was signed off with stress last year; here is what helped me.")]
    [InlineData("Veel verpleegkundigen zitten thuis met een burn-out. Tijd voor actie.")]
    [InlineData("Als een collega een burn-out heeft, bel dan gewoon eens op.")]
    [InlineData("Met verdriet melden wij het overlijden van onze collega Jan, verpleegkundige op de IC sinds 1998.")]
    [InlineData("Meneer is gisteren ontslagen uit het ziekenhuis en mag naar huis.")]
    [InlineData("Mooi moment op de afdeling: mevrouw is na zes weken ontslagen naar huis.")]
    [InlineData("Het team van 4 Oost zwaaide vandaag Henk uit: hij is ontslagen uit het ziekenhuis, na 3 weken opname.")]
    [InlineData("The consultant dismissed my concerns about the new rota.")]
    [InlineData("Meet Sarah, one of our ward sisters, who raised £4,310 for our hospital charity!")]
    [InlineData("Mijn collega's zijn geweldig, dank voor alle steun!")]
    [InlineData("My work suffered and I was more or less sacked because my boss knew I didn't want to be there.")]
    [InlineData("Our manager is awful and I hope she gets fired.")]
    [InlineData("Families work hard to earn $4,250 a month. The minister is spending $18,972 a month on this scheme.")]
    public void Is_silent_on_general_news_and_own_matters(string text) => Verify.Rule("PL3006", text);

    [Theory]
    [InlineData("{|PL3006:Our charge nurse is on a performance improvement plan|} and everyone knows it.")]
    [InlineData("{|PL3006:Onze teamleider zit in een verbetertraject|}, vandaar al die audits.")]
    [InlineData("{|PL3006:My colleague has been off with anxiety|} since the inquest.")]
    public void Fires_on_performance_procedures_and_named_illnesses(string markup) => Verify.Rule("PL3006", markup);
}
