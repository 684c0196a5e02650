namespace PostLint.Benchmarks;

/// <summary>Short drafts of typical length (one or two sentences) for per-post timings.</summary>
public static class SamplePosts
{
    /// <summary>A Dutch post with a finding (an e-mail address of a relative).</summary>
    public static readonly Post Dutch = new("Vragen over de uitslag van je vader? Mail me op j.devries@gmail.com, dan bel ik terug.")
    {
        Language = PostLanguage.Dutch,
    };

    /// <summary>A clean English post whose language is detected.</summary>
    public static readonly Post English = new("Great to see so many colleagues at the wound care symposium today. Slides follow next week.");
}
