using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using PostLint.Text;

namespace PostLint.Tests.Rules.Tone;

public partial class TextFeaturizerTests
{
    [Theory]
    [InlineData("w|klootzak", 178669)]
    [InlineData("c|<ko", 112346)]
    public void Buckets_are_fixed_FNV1a_values_not_per_process_hashes(string feature, int bucket) =>
        TextFeaturizer.Bucket(feature).Should().Be(bucket, "the shipped weights are indexed by these buckets");

    [Fact]
    public void Same_text_gives_same_features() =>
        TextFeaturizer.Featurize("Wat een clowns 🙄").Should().BeEquivalentTo(TextFeaturizer.Featurize("Wat een clowns 🙄"), o => o.WithStrictOrdering());

    [Fact]
    public void Vector_is_sorted_and_unit_length()
    {
        var features = TextFeaturizer.Featurize("Die arrogante chirurgen hier, stelletje kwallen!");
        features.Indices.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        features.Indices.Should().OnlyContain(i => i >= 0 && i < TextFeaturizer.Dimension);
        features.Values.Sum(v => v * v).Should().BeApproximately(1f, 1e-4f);
    }

    [Fact]
    public void Words_are_normalised_like_the_training_data()
    {
        TextFeaturizer.Words("@collega Sooooo DOM!!! https://x.nl/a 😡 Patiënt 2024")
            .Should().Equal("userplaceholder", "soo", "dom", "urlplaceholder", "e|😡", "patient", "00");
    }

    [Fact]
    public void Empty_text_has_no_features() => TextFeaturizer.Featurize(string.Empty).Indices.Should().BeEmpty();

    [Theory]
    [InlineData("Wat een clowns 🙄")]
    [InlineData("@collega Sooooo DOM!!! https://x.nl/a 😡 Patiënt 2024")]
    [InlineData("Café crème, naïve coördinatie, Ærø, ŒUVRE, Straße")]
    [InlineData("Pati\u0065\u0308nt met decomposed accent, and a lone mark: \u0301 x")]
    [InlineData("aaaaaa bbbbbbb zzzz!!! noooooo 111111 22 ١٢٣٤٥")]
    [InlineData("Tom &amp; Jerry &lt;b&gt;vet&lt;/b&gt; &#128545; &quot;quoted&quot; AT&T")]
    [InlineData("Zie www.Example.nl/x?y=1 en HTTPS://EXAMPLE.COM/Pad en ftp://x.nl")]
    [InlineData("Thanks @dr_jansen and @@dubbel, mail a@b.nl, <user> said <USER>")]
    [InlineData("🤬🤬🤬 stelletje 🤡 kwallen👏👏 © ® ° ✔ ☺ 中文字 中文")]
    [InlineData("Een supercalifragilisticexpialidociousverpleeghuisbeddenplanningscoördinatorenoverleg van twee uur")]
    [InlineData("   ")]
    public void Features_equal_the_plain_string_and_dictionary_reading(string text)
    {
        var expected = ReferenceFeaturizer.Featurize(text);
        var features = TextFeaturizer.Featurize(text);

        TextFeaturizer.Words(text).Should().Equal(ReferenceFeaturizer.Words(text));
        features.Indices.Should().Equal(expected.Indices);
        features.Values.Should().Equal(expected.Values, "the shipped weights were trained on exactly these values");
    }

    /// <summary>
    /// The featurizer as first written, one string per feature counted in a dictionary: what the shipped
    /// model was trained on, kept as the specification the optimised featurizer must reproduce bit for bit.
    /// </summary>
    private static partial class ReferenceFeaturizer
    {
        public static (int[] Indices, float[] Values) Featurize(string text)
        {
            var counts = new Dictionary<int, float>();
            var words = Words(text);
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                if (word.StartsWith("e|", StringComparison.Ordinal))
                {
                    Add(counts, word);
                    continue;
                }

                Add(counts, "w|" + word);
                if (i + 1 < words.Count && !words[i + 1].StartsWith("e|", StringComparison.Ordinal))
                {
                    Add(counts, "b|" + word + " " + words[i + 1]);
                }

                var padded = "<" + word + ">";
                for (var n = 3; n <= 5; n++)
                {
                    for (var start = 0; start + n <= padded.Length; start++)
                    {
                        Add(counts, "c|" + padded[start..(start + n)]);
                    }
                }
            }

            var indices = counts.Keys.Order().ToArray();
            var values = indices.Select(k => 1 + MathF.Log(counts[k])).ToArray();
            double norm = 0;
            foreach (var value in values)
            {
                norm += value * value;
            }

            var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
            return (indices, values.Select(v => v * scale).ToArray());
        }

        public static List<string> Words(string text)
        {
            var cleaned = Mention().Replace(Link().Replace(WebUtility.HtmlDecode(text), " urlplaceholder "), " userplaceholder ");
            var words = new List<string>();
            var i = 0;
            while (i < cleaned.Length)
            {
                if (Tokenizer.IsWordChar(cleaned[i]))
                {
                    var start = i;
                    while (i < cleaned.Length && Tokenizer.IsWordChar(cleaned[i]))
                    {
                        i++;
                    }

                    words.Add(Fold(Tokenizer.Normalize(cleaned[start..i])));
                    continue;
                }

                var length = char.IsSurrogatePair(cleaned, i) ? 2 : 1;
                if (CharUnicodeInfo.GetUnicodeCategory(cleaned, i) == UnicodeCategory.OtherSymbol)
                {
                    words.Add("e|" + cleaned[i..(i + length)]);
                    i += length;
                    continue;
                }

                i++;
            }

            return words;
        }

        private static string Fold(string word)
        {
            var builder = new StringBuilder();
            foreach (var c in word)
            {
                var folded = char.IsDigit(c) ? '0' : c;
                if (builder.Length < 2 || builder[^1] != folded || builder[^2] != folded)
                {
                    builder.Append(folded);
                }
            }

            return builder.ToString();
        }

        private static void Add(Dictionary<int, float> counts, string feature)
        {
            var hash = 2166136261;
            foreach (var c in feature)
            {
                hash = (hash ^ (byte)c) * 16777619;
                hash = (hash ^ (byte)(c >> 8)) * 16777619;
            }

            var bucket = (int)(hash & ((1 << 18) - 1));
            counts[bucket] = counts.GetValueOrDefault(bucket) + 1;
        }

        [GeneratedRegex(@"\b(?:https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex Link();

        [GeneratedRegex(@"(?<![\w@])@\w+|<user>", RegexOptions.CultureInvariant)]
        private static partial Regex Mention();
    }
}
