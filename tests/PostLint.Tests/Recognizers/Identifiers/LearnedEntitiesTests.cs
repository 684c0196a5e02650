using PostLint.Analysis;
using PostLint.Recognizers.Identifiers;
using PostLint.Tests.Verification;
using PostLint.Text;

namespace PostLint.Tests.Recognizers.Identifiers;

/// <summary>What the learned entity model adds to the rules: first names the lexicons lack in care posts, names given by their owner in lower case, and organisations' handles.</summary>
public class LearnedEntitiesTests
{
    [Theory]
    [InlineData("{|PL1001:Saskia|} werd vannacht opgenomen met een longontsteking.")]
    [InlineData("Vanochtend is {|PL1001:Saskia|} (84) bij ons op de afdeling overleden.")]
    public void A_first_name_the_lexicons_lack_is_a_patient_in_a_care_post(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("Hoi, ik ben {|PERSON:fatima|} en ik werk als verpleegkundige op de IC.")]
    public void A_name_given_by_its_owner_is_a_person_even_in_lower_case(string markup)
    {
        var people = Verify.Entities(EntityType.Person, markup);

        people.Should().OnlyContain(p => p.Attribute("role") == "self");
    }

    [Theory]
    [InlineData("Hoi, ik ben fatima en ik werk als verpleegkundige op de IC.")]
    [InlineData("Leuke patiënt vandaag op de poli, hij bleef maar lachen.")]
    [InlineData("I qualified on a surgical ward with a ward sister who told me to ask.")]
    [InlineData("Saskia Noort schreef een nieuwe thriller, ik las hem in één nacht.")]
    [InlineData("Onze collega Saskia werd vandaag op de afdeling in het zonnetje gezet.")]
    [InlineData("Saskia zit al drie maanden thuis.")]
    [InlineData("De ziekte van Alzheimer en de ziekte van Parkinson zijn ouderdomsziekten.")]
    [InlineData("Our patient turned 98 on the ward today, a true Valentine. Cake and sherry at 3!")]
    public void Is_silent_on_self_introductions_staff_public_figures_and_posts_without_care(string text) => Verify.Rule("PL1001", text);

    [Theory]
    [InlineData("Sharing the latest @nytimes piece on flu admissions on our ward.")]
    [InlineData("Blij dat @RIVM vandaag de cijfers over opnames deelt.")]
    public void Is_silent_on_handles_the_model_is_sure_are_organisations(string text) => Verify.Rule("PL1011", text);

    [Theory]
    [InlineData("nytimes", true)]
    [InlineData("BBCNews", true)]
    [InlineData("lotte_vd_berg", false)]
    [InlineData("jess_fights_lupus", false)]
    [InlineData("daan.runs.again", false)]
    public void Tells_organisations_handles_from_peoples(string name, bool organisation)
    {
        var index = PostIndex.Of($"Vandaag @{name} op de afdeling.");
        var handle = new Entity(EntityType.Handle, new Diagnostics.TextSpan(8, 9 + name.Length), "@" + name)
        {
            Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = name, ["atStart"] = "false" },
        };

        var probability = LearnedEntities.Of(index).OrganisationProbability(handle);

        (probability >= LearnedEntities.SureOrganisation).Should().Be(organisation, "p(organisation) is {0}", probability);
    }
}
