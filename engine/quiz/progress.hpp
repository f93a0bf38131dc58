// What a student knows, item by item: Leitner boxes for the quiz's questions and the palpation
// trainer's landmarks, when each is due again, and the order to ask them in. Pure data and rules:
// the time is always passed in (seconds since the Unix epoch), never read from a clock here.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace lumbar::quiz {

/// The number of Leitner boxes: a new or wrongly answered item is in box 1, each right answer moves
/// it up one, to box 5 at most.
inline constexpr int kLeitnerBoxes = 5;

/// How long after its last answer an item in each box waits before it is due again: box 1 at once
/// (it is asked again in the next quiz), box 2 one day, box 3 three days, box 4 a week, box 5
/// three weeks.
inline constexpr std::array<std::int64_t, kLeitnerBoxes> kBoxIntervalsS{
    0, 86'400, 3 * 86'400, 7 * 86'400, 21 * 86'400};

/// The interval of `box` (1..kLeitnerBoxes) in seconds. Asserts on a box out of range.
std::int64_t boxIntervalS(int box);

/// What an item is counted under in the Progress panel.
struct ProgressGroup {
    enum class Kind { Structure, Lesson };
    Kind kind = Kind::Structure;
    std::string id; ///< a knowledge-base structure id, or a lesson id

    bool operator==(const ProgressGroup&) const = default;
};

/// One item's record: its box, its tally and when it was last answered.
struct ProgressRecord {
    std::string key; ///< "question:click:quadratus_lumborum.left", "palpation:psis.left" (progress_keys.hpp)
    ProgressGroup group;
    int box = 1; ///< 1..kLeitnerBoxes
    int right = 0; ///< answers graded right
    int wrong = 0; ///< answers graded wrong (a skip or a pass is wrong)
    std::int64_t lastAnsweredS = 0; ///< seconds since the Unix epoch

    /// When the item is due again: lastAnsweredS + boxIntervalS(box).
    std::int64_t dueS() const;
    /// True when `nowS` >= dueS().
    bool isDue(std::int64_t nowS) const;

    bool operator==(const ProgressRecord&) const = default;
};

/// Every record of one student, by key.
class Progress {
public:
    /// The record of `key`; null when the item was never answered.
    const ProgressRecord* find(const std::string& key) const;
    /// Every record, ordered by key.
    std::vector<ProgressRecord> records() const;
    std::size_t size() const { return m_records.size(); }
    bool empty() const { return m_records.empty(); }

    /// Counts an answer to `key` at `nowS`: right moves the item up one box (box 5 stays), wrong
    /// puts it back in box 1. A new key starts in box 1 before the move; `group` replaces the one
    /// recorded (an item keeps the group it was last answered in). Returns the updated record.
    const ProgressRecord& answer(
        const std::string& key, const ProgressGroup& group, bool right, std::int64_t nowS);
    /// Puts a record as it is (reading a file). Asserts on a box out of range.
    void put(ProgressRecord record);
    /// Forgets every record.
    void clear() { m_records.clear(); }

    bool operator==(const Progress&) const = default;

private:
    std::map<std::string, ProgressRecord> m_records;
};

/// How soon an item should be asked.
enum class Urgency {
    Due, ///< answered before and due now
    New, ///< never answered
    Later, ///< answered before and not due yet
};

/// The urgency of `key` at `nowS`.
Urgency urgencyOf(const Progress& progress, const std::string& key, std::int64_t nowS);

/// The order to ask `keys` in at `nowS`, as indices into `keys`: first the due items, the longest
/// overdue first (the earliest due time); then the items never answered, in the order given; then
/// the items not due yet, the soonest due first. Equal due times keep the order given, so the
/// result depends on nothing but the arguments.
std::vector<std::size_t> scheduleOrder(
    const Progress& progress, const std::vector<std::string>& keys, std::int64_t nowS);

/// Sorts `items` in the order scheduleOrder gives for their keys (`keyOf(item)`); a stable
/// reordering, so items of equal urgency and due time keep their order.
template <typename T, typename KeyOf>
void sortBySchedule(std::vector<T>& items, const Progress& progress, std::int64_t nowS, KeyOf keyOf)
{
    std::vector<std::string> keys;
    keys.reserve(items.size());
    for (const T& item : items)
        keys.push_back(keyOf(item));
    std::vector<T> sorted;
    sorted.reserve(items.size());
    for (std::size_t index : scheduleOrder(progress, keys, nowS))
        sorted.push_back(std::move(items[index]));
    items = std::move(sorted);
}

/// One line of the Progress panel: the items of one structure or lesson.
struct ProgressSummary {
    ProgressGroup group;
    int items = 0; ///< items answered at least once
    int right = 0;
    int wrong = 0;
    int dueNow = 0; ///< items due at the time asked
    int lowestBox = kLeitnerBoxes; ///< the weakest item's box
    double meanBox = 0.0;
    std::int64_t lastAnsweredS = 0; ///< the latest answer of any of its items
};

/// The records of `kind`, summed per group and ordered by group id.
std::vector<ProgressSummary> summarizeProgress(
    const Progress& progress, ProgressGroup::Kind kind, std::int64_t nowS);

} // namespace lumbar::quiz
