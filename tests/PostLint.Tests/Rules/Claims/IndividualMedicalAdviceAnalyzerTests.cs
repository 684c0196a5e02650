using PostLint.Diagnostics;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Claims;

public class IndividualMedicalAdviceAnalyzerTests
{
    [Theory]
    [InlineData("@Karin_73 bij zulke hoofdpijn {|PL5003:verhoog je metoprolol|} maar naar twee tabletten.")]
    [InlineData("Marieke, {|PL5003:stop maar met je antidepressiva|}, die maken je alleen maar moe.")]
    [InlineData("Klinkt als gordelroos, {|PL5003:neem aciclovir|} en het is zo over.")]
    [InlineData("@tom_h with those symptoms you should {|PL5003:stop taking your statins|} for a while.")]
    [InlineData("Hi Dave, just {|PL5003:double your insulin|} on party days.")]
    [InlineData("Sounds like a chest infection, {|PL5003:take your leftover antibiotics|}.")]
    [InlineData("@MarkB73 that sounds like gout, just {|PL5003:take 3 ibuprofen|} a day for a week.")]
    [InlineData("Heb je hoofdpijn? {|PL5003:Neem gewoon 2x 1000 mg paracetamol|} en een biertje.")]
    [InlineData("Got a migraine? Just {|PL5003:take two ibuprofen|} tablets with a coffee.")]
    [InlineData("Ria, met die klachten zou ik de {|PL5003:prednison gewoon afbouwen|}.")]
    [InlineData("@henk_v dan moet je je {|PL5003:metformine verdubbelen|} tot het beter gaat.")]
    [InlineData("Beste Joke, over je vraag over je vader: {|PL5003:geef hem gerust drie keer per dag paracetamol|}.")]
    [InlineData("Reply to @ali_k: {|PL5003:double your prednisolone|} until the wedding.")]
    [InlineData("Dear Sam, {|PL5003:give her ibuprofen|} every four hours and she'll be right.")]
    public void Fires_on_public_advice_to_one_person(string markup) => Verify.Rule("PL5003", markup);

    [Theory]
    [InlineData("@lena_b88 from what you describe it's {|PL5003:definitely just anxiety|}.")]
    [InlineData("@lena_b88 that is a migraine, {|PL5003:no need to see|} anyone about it.")]
    [InlineData("Beste Ruud, die rugpijn is niets, je {|PL5003:hoeft echt niet naar|} de huisarts.")]
    [InlineData("@ruud_k je {|PL5003:hoeft niet naar|} de dokter, dat trekt vanzelf weg.")]
    public void Fires_on_a_verdict_or_dismissal_at_a_distance(string markup) => Verify.Rule("PL5003", markup);

    [Theory]
    [InlineData("@lena_b88 it's definitely just the weather, enjoy your weekend!")]
    [InlineData("@lena_b88 no need to see the film, the book is better.")]
    [InlineData("@lena_b88 that sounds rough, please see your GP about the anxiety.")]
    [InlineData("Beste Ruud, met rugpijn kun je het best even naar de huisarts.")]
    [InlineData("No need to see a doctor for a common cold: rest, fluids and paracetamol as the leaflet says.")]
    public void Is_silent_on_referrals_and_reassurance_without_a_verdict(string text) => Verify.Rule("PL5003", text);

    [Theory]
    [InlineData("Yes, you can {|PL5003:stop your blood pressure tablets|} once your readings are normal.")]
    [InlineData("Je mag gerust {|PL5003:stoppen met je statines|} zodra je cholesterol normaal is.")]
    public void Fires_on_allowing_anyone_to_stop_a_medicine_once_better(string markup) => Verify.Rule("PL5003", markup);

    [Theory]
    [InlineData("Don't stop your tablets without talking to your doctor, even once your readings are normal.")]
    [InlineData("You can stop your tablets once your readings are normal only if your GP agrees.")]
    [InlineData("Volgens de bijsluiter mag je stoppen met de zalf zodra de huid normaal is.")]
    [InlineData("You can stop your blood pressure tablets? No: they keep your readings normal.")]
    [InlineData("Bij koorts mag je paracetamol geven volgens de bijsluiter.")]
    public void Is_silent_on_warnings_referrals_and_the_leaflet(string text) => Verify.Rule("PL5003", text);

    [Theory]
    [InlineData("Drink voldoende water bij warm weer en bewaar je medicijnen koel.")]
    [InlineData("@Karin_73 bespreek het met je huisarts voordat je iets aan je metoprolol verandert.")]
    [InlineData("@Karin_73 stop niet zomaar met je bloedverdunners.")]
    [InlineData("Ask your GP if you are unsure whether to take your statins.")]
    [InlineData("Houd je aan de bijsluiter: maximaal 4000 mg paracetamol per dag voor volwassenen.")]
    [InlineData("@tom_h that sounds awful, I hope you feel better soon!")]
    [InlineData("Dave, sounds like a heart attack: call 999 now.")]
    [InlineData("Heb je griep? Neem paracetamol tegen de koorts en blijf thuis.")]
    [InlineData("Heb je hoofdpijn? Neem 2x 500 mg paracetamol alleen na overleg met je huisarts.")]
    [InlineData("Vragen over de griepprik? Neem contact op met de praktijk op 3 oktober.")]
    [InlineData("Neem bij koorts maximaal 4x daags 1000 mg paracetamol, zegt de bijsluiter.")]
    [InlineData("Ria, ik zou de prednison niet zomaar afbouwen.")]
    [InlineData("@henk_v je huisarts kan je metformine verhogen als dat nodig is.")]
    [InlineData("@henk_v ik vraag me af of de prijs van metformine gaat verhogen, zou je dat weten?")]
    public void Is_silent_on_education_referrals_and_kindness(string text) => Verify.Rule("PL5003", text);

    [Fact]
    public void Fix_refers_to_the_gp() =>
        Verify.FixesResolve("PL5003", "@Karin_73 bij zulke hoofdpijn verhoog je metoprolol maar naar twee tabletten.");

    [Fact]
    public void Health_education_draws_no_claim() =>
        Verify.NoFinding(DiagnosticCategory.Claims, "Warm weather tip: drink plenty of water, stay in the shade and keep your medicines cool.");
}
