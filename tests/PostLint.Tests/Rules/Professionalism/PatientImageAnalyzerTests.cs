using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Professionalism;

public class PatientImageAnalyzerTests
{
    private static Func<Post, Post> With(params Attachment[] attachments) => p => p with { Attachments = attachments };

    [Theory]
    [InlineData("Hier een {|PL6004:foto van de röntgenfoto|} van meneer, wat een breuk!")]
    [InlineData("{|PL6004:Screenshot uit het EPD|}, zie je die waarden?")]
    [InlineData("Nachtdienst op de IC. {|PL6004:Kijk wat ik op de monitor|} zag 😱")]
    [InlineData("{|PL6004:Selfie op de OK met de patiënt|} op de achtergrond 😎")]
    [InlineData("{|PL6004:Check out this x-ray|}, you won't believe it.")]
    [InlineData("Sharing a {|PL6004:photo of my patient|}'s wound, she said it was fine.")]
    public void Fires_on_pictures_of_patients_records_and_screens(string markup) => Verify.Rule("PL6004", markup);

    [Theory]
    [InlineData("Op de foto: ons team in de kantine, klaar voor de kerstdienst.")]
    [InlineData("Onze nieuwe infographic over de griepprik voor patiënten.")]
    [InlineData("Desk workers: look away from the screen every 30 minutes.")]
    [InlineData("Video of my kids playing a game on the big screen 😂")]
    [InlineData("Foto van het congres in Maastricht.")]
    [InlineData("Photo of the new CT scanner arriving by crane this morning.")]
    [InlineData("Foto: onze nieuwe MRI-scanner wordt vandaag geplaatst.")]
    public void Is_silent_on_team_photos_infographics_and_screens_outside_care(string text) => Verify.Rule("PL6004", text);

    [Theory]
    [InlineData("{|PL6004:Selfie on the ward with Mrs|} Jones in the bed behind me 😂")]
    [InlineData("Op de IC een {|PL6004:fotootje met mevr|}. de Vries gemaakt, ze vond het prima")]
    public void Fires_on_a_picture_with_a_patient_named_by_title_in_a_clinical_setting(string markup) => Verify.Rule("PL6004", markup);

    [Theory]
    [InlineData("Photo of Mr Khan receiving his award at the surgical society dinner.")]
    [InlineData("Foto van ons team op de afdeling, iedereen gaf toestemming 😊")]
    public void Is_silent_on_a_titled_colleague_and_a_consented_team_photo(string text) => Verify.Rule("PL6004", text);

    [Fact]
    public void Fires_on_a_ward_selfie_with_a_patient_in_the_alt_text() =>
        Verify.Rule("PL6004", "{|PL6004:|}Fijne nachtdienst gehad!", With(new Attachment("IMG_3321.jpg", "selfie op de afdeling, patiënt zichtbaar op de achtergrond")));

    [Fact]
    public void Is_silent_on_a_team_photo_with_consent() =>
        Verify.Rule("PL6004", "Team photo from our ward Christmas lunch, everyone gave consent to share.", With(new Attachment("ward-team.jpg", "the nursing team smiling in the staff room")));

    [Fact]
    public void Fires_on_an_attachment_named_after_a_record() =>
        Verify.Rule("PL6004", "{|PL6004:|}Drukke dag vandaag!", With(new Attachment("IMG_epd_screen.png")));

    [Fact]
    public void Fires_on_alt_text_showing_a_patient() =>
        Verify.Rule("PL6004", "{|PL6004:|}Goedemorgen!", With(new Attachment("IMG_2041.jpg", "patiënt in bed op zaal 4")));

    [Theory]
    [InlineData("stock-photo-hospital-corridor.jpg")]
    [InlineData("infographic-griepprik-patienten.png")]
    [InlineData("team-kerstdiner.jpg")]
    public void Is_silent_on_harmless_attachments(string fileName) =>
        Verify.Rule("PL6004", "Drukke dag vandaag!", With(new Attachment(fileName)));

    [Theory]
    [InlineData("Nieuwe uitlegvideo op mijn kanaal: zo ziet een echo van de schildklier eruit.")]
    [InlineData("My latest video explains how a CT scan works, from the scanner's side.")]
    public void Is_silent_on_the_authors_own_teaching_video(string text) => Verify.Rule("PL6004", text);

    [Fact]
    public void Fires_on_a_patient_in_a_teaching_video() =>
        Verify.Rule("PL6004", "In deze {|PL6004:video leg ik uit hoe de wond|} van mevrouw geneest.");
}
