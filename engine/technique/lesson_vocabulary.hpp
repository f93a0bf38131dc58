// The lesson's closed vocabularies: each enumeration with its file spellings, in one table each.
// Everything that lists, counts, names or parses these values (the parser's "expected one of"
// lists, the writer, the editor's choices, the tests) takes them from here.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lumbar::technique {

/// Who a step's texts are written for.
enum class Audience { Student, Instructor, Patient };
/// One of the four texts an audience is given for a step.
enum class ExplanationField { What, Why, How, Avoid };
/// Where a step sits in the session arc.
enum class Phase { Assessment, WarmUp, DeepWork, Flush, Stretch, Aftercare };
/// What part of the therapist's body touches the client.
enum class ToolKind { Fingertip, Thumb, Knuckles, Elbow, Forearm, Palm };
/// The kind of stroke a step performs.
enum class StrokeKind { Effleurage, Glide, Stripping, CrossFibreFriction, SustainedCompression, Kneading };
/// The intended direction of travel, in the patient's frame or relative to the fibres.
enum class StrokeDirection { Superior, Inferior, Medial, Lateral, AlongFibres, AcrossFibres, Circular };
/// How repetitions follow each other: back and forth along the path, or each pass from the start.
enum class RepeatMode { BackAndForth, Return };
/// The side the therapist's hand comes from: from behind the prone client (the back surface), or
/// from the client's side, pressing medially under the lateral border of the erector spinae.
enum class Approach { Posterior, Lateral };

/// The spelling table of one vocabulary: every value once, in declaration order, with the word
/// the lesson file uses for it. Specialised below for each enumeration above, and nowhere else.
template <typename Enum> struct Vocabulary;

template <> struct Vocabulary<Audience> {
    static constexpr auto entries = std::to_array<std::pair<Audience, std::string_view>>({
        {Audience::Student, "student"},
        {Audience::Instructor, "instructor"},
        {Audience::Patient, "patient"},
    });
};

template <> struct Vocabulary<ExplanationField> {
    static constexpr auto entries = std::to_array<std::pair<ExplanationField, std::string_view>>({
        {ExplanationField::What, "what"},
        {ExplanationField::Why, "why"},
        {ExplanationField::How, "how"},
        {ExplanationField::Avoid, "avoid"},
    });
};

template <> struct Vocabulary<Phase> {
    static constexpr auto entries = std::to_array<std::pair<Phase, std::string_view>>({
        {Phase::Assessment, "assessment"},
        {Phase::WarmUp, "warm-up"},
        {Phase::DeepWork, "deep work"},
        {Phase::Flush, "flush"},
        {Phase::Stretch, "stretch"},
        {Phase::Aftercare, "aftercare"},
    });
};

template <> struct Vocabulary<ToolKind> {
    static constexpr auto entries = std::to_array<std::pair<ToolKind, std::string_view>>({
        {ToolKind::Fingertip, "fingertip"},
        {ToolKind::Thumb, "thumb"},
        {ToolKind::Knuckles, "knuckles"},
        {ToolKind::Elbow, "elbow"},
        {ToolKind::Forearm, "forearm"},
        {ToolKind::Palm, "palm"},
    });
};

template <> struct Vocabulary<StrokeKind> {
    static constexpr auto entries = std::to_array<std::pair<StrokeKind, std::string_view>>({
        {StrokeKind::Effleurage, "effleurage"},
        {StrokeKind::Glide, "glide"},
        {StrokeKind::Stripping, "stripping"},
        {StrokeKind::CrossFibreFriction, "cross-fibre friction"},
        {StrokeKind::SustainedCompression, "sustained compression"},
        {StrokeKind::Kneading, "kneading"},
    });
};

template <> struct Vocabulary<StrokeDirection> {
    static constexpr auto entries = std::to_array<std::pair<StrokeDirection, std::string_view>>({
        {StrokeDirection::Superior, "superior"},
        {StrokeDirection::Inferior, "inferior"},
        {StrokeDirection::Medial, "medial"},
        {StrokeDirection::Lateral, "lateral"},
        {StrokeDirection::AlongFibres, "along fibres"},
        {StrokeDirection::AcrossFibres, "across fibres"},
        {StrokeDirection::Circular, "circular"},
    });
};

template <> struct Vocabulary<RepeatMode> {
    static constexpr auto entries = std::to_array<std::pair<RepeatMode, std::string_view>>({
        {RepeatMode::BackAndForth, "back and forth"},
        {RepeatMode::Return, "return"},
    });
};

template <> struct Vocabulary<Approach> {
    static constexpr auto entries = std::to_array<std::pair<Approach, std::string_view>>({
        {Approach::Posterior, "posterior"},
        {Approach::Lateral, "lateral"},
    });
};

/// How many values `Enum` has: the size of an array indexed by it.
template <typename Enum> constexpr std::size_t valueCount()
{
    return Vocabulary<Enum>::entries.size();
}

namespace detail {
template <typename Enum> constexpr std::array<Enum, valueCount<Enum>()> valuesOf()
{
    std::array<Enum, valueCount<Enum>()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = Vocabulary<Enum>::entries[i].first;
    return values;
}
template <typename Enum> inline constexpr auto kValues = valuesOf<Enum>();
} // namespace detail

/// Every value of `Enum` once, in declaration order (the order the editor offers them).
template <typename Enum> constexpr std::span<const Enum> allValues()
{
    return detail::kValues<Enum>;
}

/// The file spelling of `value` ("warm-up", "cross-fibre friction"); NUL-terminated.
template <typename Enum> constexpr const char* spellingOf(Enum value)
{
    for (const auto& [candidate, name] : Vocabulary<Enum>::entries)
        if (candidate == value)
            return name.data();
    return "?";
}

/// The value spelled `text`; nullopt when `text` names none.
template <typename Enum> constexpr std::optional<Enum> valueSpelled(std::string_view text)
{
    for (const auto& [candidate, name] : Vocabulary<Enum>::entries)
        if (text == name)
            return candidate;
    return std::nullopt;
}

/// The spellings of every value of `Enum`, in order: the "expected one of" lists of messages.
template <typename Enum> std::vector<std::string> spellings()
{
    std::vector<std::string> result;
    for (const Enum value : allValues<Enum>())
        result.emplace_back(spellingOf(value));
    return result;
}

/// "student, instructor, patient": the spellings of `Enum` for an "expected one of" message.
template <typename Enum> std::string spellingList()
{
    std::string list;
    for (const Enum value : allValues<Enum>())
        list += (list.empty() ? "" : ", ") + std::string(spellingOf(value));
    return list;
}

} // namespace lumbar::technique
