using PostLint.Diagnostics;

namespace PostLint.Text;

/// <summary>A stretch of a post (one or more neighbouring sentences) and the language it is written in.</summary>
/// <param name="Span">The stretch, end exclusive; the stretches of a post cover its whole text.</param>
/// <param name="Language">Dutch or English.</param>
public readonly record struct SentenceLanguage(TextSpan Span, PostLanguage Language);
