using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Tone;

/// <summary>
/// Laughing at a patient (PL4002): laughter together with a second marker, a mocking hashtag, schadenfreude, or a joke
/// that treats a returning patient as a customer. The look-alikes: laughing with patients (a run of laughter counts
/// once), the hashtag words written as ordinary words, and the same markers without anyone to aim at.
/// </summary>
public class LaughingAtPatientsTests
{
    [Theory]
    [InlineData("The patient who swore he was allergic to needles fainted at the sight of a plaster {|PL4002:😂|} #dramaqueen")]
    [InlineData("Meneer van bed 3 vroeg of de röntgenfoto ook in kleur kon {|PL4002:🤣|}🤣 #watween")]
    [InlineData("That old man who shouted at the night staff fell out of bed again {|PL4002:lol|}. Karma.")]
    [InlineData("Deze oma weigert al drie dagen haar pillen, {|PL4002:eigen schuld|} als ze weer valt.")]
    [InlineData("Patient is back for the ninth time, time to give him a {|PL4002:loyalty card|} 🙃")]
    [InlineData("Mevrouw is deze maand alweer onze {|PL4002:vaste klant|} haha")]
    [InlineData("Bloke rang 999 because his takeaway was late #{|PL4002:timewaster|}")]
    public void Fires_on_laughter_or_labels_aimed_at_a_patient(string markup) => Verify.Rule("PL4002", markup);

    [Theory]
    [InlineData("Meneer (88) vertelde de hele afdeling moppen 😂😂 wat een feest")]
    [InlineData("Our patient choir sang for the night shift 🤣 hilarious and lovely")]
    [InlineData("Het drama van de wachtlijsten in de ggz: patiënten wachten maanden.")]
    [InlineData("Karma is a word from Sanskrit; our chaplain explains it to patients who ask.")]
    [InlineData("Het ging net goed: de patiënt was op tijd op de SEH.")]
    [InlineData("Tip for new nurses: laugh with your patients, never at them 😂")]
    [InlineData("First snow at the hospital this morning #snowflake ❄️")]
    public void Is_silent_on_laughing_with_patients_or_the_words_aimed_at_no_one(string text) => Verify.Rule("PL4002", text);
}
