// Shared by the lesson edits: checked element access, list moves, labels and merge keys.
#pragma once

#include "authoring/lesson_document.hpp"

#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace lumbar::authoring::detail {

/// items[index], or std::out_of_range naming `what` (a caller's bug, never the user's).
template <typename T> T& element(std::vector<T>& items, std::size_t index, const char* what)
{
    if (index >= items.size())
        throw std::out_of_range(std::string("lesson edit: ") + what + " " + std::to_string(index) + " of "
            + std::to_string(items.size()));
    return items[index];
}

/// Checks that `at` is a place to insert into `items` (0..size).
template <typename T> void checkInsert(const std::vector<T>& items, std::size_t at, const char* what)
{
    if (at > items.size())
        throw std::out_of_range(std::string("lesson edit: cannot insert ") + what + " at "
            + std::to_string(at) + " of " + std::to_string(items.size()));
}

/// Moves items[from] to index `to`, shifting the elements between.
template <typename T>
void moveElement(std::vector<T>& items, std::size_t from, std::size_t to, const char* what)
{
    element(items, to, what); // checks both before anything changes
    T item = std::move(element(items, from, what));
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(from));
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(to), std::move(item));
}

/// "steps[2]": the JSON place of a step, as Problem::where spells it; the text of a place inside it
/// is the merge key of an edit of that field.
ProblemPath stepPlace(std::size_t step);
/// "step 3": a step as labels name it, counting from 1.
std::string stepName(std::size_t step);
/// "Move step 3 up", "Move step 3 down", "Move step 3 to 6"; `thing` is "step", "anchor 2 of step 1"...
std::string moveLabel(const std::string& thing, std::size_t from, std::size_t to);

/// Applies `edit` to step `step` as one entry of `document`.
void editStep(LessonDocument& document, std::size_t step, const std::string& label,
    const std::function<void(technique::Step&)>& edit, const std::string& mergeKey = {});

/// The step's stroke, or std::logic_error when it has none.
technique::Stroke& strokeOf(technique::Step& step);

} // namespace lumbar::authoring::detail
