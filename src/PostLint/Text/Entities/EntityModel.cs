using PostLint.Diagnostics;

namespace PostLint.Text.Entities;

/// <summary>
/// The learned entity recogniser shipped as <c>rules/models/entity-model.bin</c>: the name-list flags it reads, the
/// tagger (PER, ORG, LOC, MISC in BIO tags) and the handle classifier (person or organisation). Written by
/// <c>src/PostLint.Training</c> (<c>entities</c> command); read here without ML.NET. File layout: the magic
/// <c>PLEM</c>, int32 format version, then <see cref="EntityGazetteer"/>, the tagger and the handle classifier as
/// <see cref="HashedLinearModel"/>s.
/// </summary>
internal sealed class EntityModel
{
    /// <summary>The four letters that open the file.</summary>
    public const string Magic = "PLEM";

    /// <summary>Where the model ships, under <c>rules/</c>.</summary>
    public const string ResourcePath = "models/entity-model.bin";

    private const int FormatVersion = 1;

    private static readonly Lazy<EntityModel> LazyShared = new(() => ReadEmbedded(ResourcePath));

    /// <summary>Creates a model from its parts.</summary>
    public EntityModel(EntityGazetteer gazetteer, HashedLinearModel tagger, HashedLinearModel handles)
    {
        if (tagger.Labels.Count != EntityTags.Count || tagger.Bits != EntityFeaturizer.Bits || handles.Bits != HandleFeaturizer.Bits || handles.Labels.Count != 2)
        {
            throw new InvalidDataException("The entity model does not match this version's tags and features.");
        }

        Gazetteer = gazetteer;
        Tagger = tagger;
        Handles = handles;
    }

    /// <summary>The shipped model, read on first use.</summary>
    public static EntityModel Shared => LazyShared.Value;

    /// <summary>The name-list flags.</summary>
    public EntityGazetteer Gazetteer { get; }

    /// <summary>The tagger's weights.</summary>
    public HashedLinearModel Tagger { get; }

    /// <summary>The handle classifier's weights (classes PER, ORG).</summary>
    public HashedLinearModel Handles { get; }

    /// <summary>Tags every word of <paramref name="text"/>, whose tokens are <paramref name="tokens"/> and sentences <paramref name="sentences"/>.</summary>
    public TaggedWord[] Tag(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences) =>
        Tag(new EntitySentence(EntityWord.Of(text, tokens, sentences), Gazetteer));

    /// <summary>Tags the words of <paramref name="sentence"/>.</summary>
    public TaggedWord[] Tag(EntitySentence sentence) => GreedyTagger.Tag(sentence, Tagger.Score);

    /// <summary>The probability that handle <paramref name="name"/> (without "@") belongs to an organisation rather than a person.</summary>
    public float OrganisationProbability(string name, string before, string after, bool atStart)
    {
        Span<float> scores = stackalloc float[2];
        Handles.Score(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(HandleFeaturizer.Features(name, before, after, atStart, Gazetteer)), scores);
        HashedLinearModel.Softmax(scores);
        return scores[1];
    }

    /// <summary>Reads the model shipped in the PostLint assembly at <c>rules/</c><paramref name="path"/>, using its weights where the assembly holds them.</summary>
    public static EntityModel ReadEmbedded(string path) => Read(ModelBytes.OfResource(typeof(EntityModel).Assembly, "rules/" + path)
        ?? throw new FileNotFoundException($"Embedded model 'rules/{path}' is missing from the PostLint assembly."));

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not an entity model of this format.</exception>
    public static EntityModel Read(Stream stream) => Read(ModelBytes.Copy(stream));

    private static EntityModel Read(ModelBytes bytes)
    {
        var reader = new ModelReader(bytes);
        if (!reader.Take(Magic.Length).SequenceEqual("PLEM"u8) || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException($"Not a PostLint entity model (format {FormatVersion}).");
        }

        var gazetteer = EntityGazetteer.Read(reader);
        var tagger = HashedLinearModel.Read(reader);
        var handles = HashedLinearModel.Read(reader);
        return new EntityModel(gazetteer, tagger, handles);
    }

    /// <summary>Writes the model.</summary>
    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write("PLEM"u8);
        writer.Write(FormatVersion);
        Gazetteer.Write(writer);
        Tagger.Write(writer);
        Handles.Write(writer);
    }
}
