// Leitner boxes, due times and the order of asking.
#include "quiz/progress.hpp"

#include <algorithm>
#include <cassert>
#include <tuple>

namespace lumbar::quiz {

std::int64_t boxIntervalS(int box)
{
    assert(box >= 1 && box <= kLeitnerBoxes && "boxIntervalS: box out of range");
    return kBoxIntervalsS[std::size_t(std::clamp(box, 1, kLeitnerBoxes) - 1)];
}

std::int64_t ProgressRecord::dueS() const
{
    return lastAnsweredS + boxIntervalS(box);
}

bool ProgressRecord::isDue(std::int64_t nowS) const
{
    return nowS >= dueS();
}

const ProgressRecord* Progress::find(const std::string& key) const
{
    const auto it = m_records.find(key);
    return it == m_records.end() ? nullptr : &it->second;
}

std::vector<ProgressRecord> Progress::records() const
{
    std::vector<ProgressRecord> all;
    all.reserve(m_records.size());
    for (const auto& [key, record] : m_records)
        all.push_back(record);
    return all;
}

const ProgressRecord& Progress::answer(
    const std::string& key, const ProgressGroup& group, bool right, std::int64_t nowS)
{
    ProgressRecord& record = m_records[key];
    record.key = key;
    record.group = group;
    if (right) {
        ++record.right;
        record.box = std::min(record.box + 1, kLeitnerBoxes);
    } else {
        ++record.wrong;
        record.box = 1;
    }
    record.lastAnsweredS = nowS;
    return record;
}

void Progress::put(ProgressRecord record)
{
    assert(record.box >= 1 && record.box <= kLeitnerBoxes && "Progress::put: box out of range");
    std::string key = record.key;
    m_records[std::move(key)] = std::move(record);
}

Urgency urgencyOf(const Progress& progress, const std::string& key, std::int64_t nowS)
{
    const ProgressRecord* record = progress.find(key);
    if (!record)
        return Urgency::New;
    return record->isDue(nowS) ? Urgency::Due : Urgency::Later;
}

std::vector<std::size_t> scheduleOrder(
    const Progress& progress, const std::vector<std::string>& keys, std::int64_t nowS)
{
    struct Entry {
        Urgency urgency;
        std::int64_t dueS; // 0 for new items: they keep the order given
        std::size_t index;
    };
    std::vector<Entry> entries;
    entries.reserve(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const ProgressRecord* record = progress.find(keys[i]);
        if (!record)
            entries.push_back({Urgency::New, 0, i});
        else
            entries.push_back({record->isDue(nowS) ? Urgency::Due : Urgency::Later, record->dueS(), i});
    }
    // Urgency's order is the order of asking; the index makes every tie explicit.
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return std::tie(a.urgency, a.dueS, a.index) < std::tie(b.urgency, b.dueS, b.index);
    });
    std::vector<std::size_t> order;
    order.reserve(entries.size());
    for (const Entry& entry : entries)
        order.push_back(entry.index);
    return order;
}

std::vector<ProgressSummary> summarizeProgress(
    const Progress& progress, ProgressGroup::Kind kind, std::int64_t nowS)
{
    std::map<std::string, ProgressSummary> groups;
    std::map<std::string, int> boxSums;
    for (const ProgressRecord& record : progress.records()) {
        if (record.group.kind != kind)
            continue;
        ProgressSummary& summary = groups[record.group.id];
        summary.group = record.group;
        ++summary.items;
        summary.right += record.right;
        summary.wrong += record.wrong;
        summary.dueNow += record.isDue(nowS) ? 1 : 0;
        summary.lowestBox = std::min(summary.lowestBox, record.box);
        summary.lastAnsweredS = std::max(summary.lastAnsweredS, record.lastAnsweredS);
        boxSums[record.group.id] += record.box;
    }
    std::vector<ProgressSummary> summaries;
    for (auto& [id, summary] : groups) {
        summary.meanBox = double(boxSums[id]) / double(summary.items);
        summaries.push_back(std::move(summary));
    }
    return summaries;
}

} // namespace lumbar::quiz
