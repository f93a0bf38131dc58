// Sources users can read: the built-in texts cite publications, each found in the bibliography,
// and none names a file of ours that users cannot open.
#include "session/references.hpp"
#include "session/safety_text.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <string>

namespace lumbar::app {
namespace {

std::string readText(const std::filesystem::path& path)
{
    std::ifstream file(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

/// Every "sources" line of the built-in lessons.
std::vector<std::string> lessonSources()
{
    std::vector<std::string> sources;
    for (const auto& entry :
        std::filesystem::directory_iterator(std::filesystem::path(LUMBARLAB_CONTENT_DIR) / "lessons")) {
        const nlohmann::json lesson = nlohmann::json::parse(readText(entry.path()));
        for (const nlohmann::json& step : lesson.at("steps"))
            for (const nlohmann::json& source : step.value("sources", nlohmann::json::array()))
                sources.push_back(source.get<std::string>());
    }
    return sources;
}

TEST(References, EachIsCitedByAShortFormOfItsOwn)
{
    std::set<std::string> cites;
    for (const Reference& reference : references()) {
        EXPECT_TRUE(cites.insert(reference.cite).second) << reference.cite;
        EXPECT_GT(std::string(reference.full).size(), 40u) << reference.cite;
    }
    const auto cited
        = referencesCitedIn("C-tactile afferents (Löken et al. 2009); red flags: Finucane et al. 2020");
    ASSERT_EQ(cited.size(), 2u);
    EXPECT_STREQ(cited[0]->cite, "Finucane et al. 2020"); // in bibliography order
    EXPECT_STREQ(cited[1]->cite, "Löken et al. 2009");
    EXPECT_TRUE(referencesCitedIn("a LumbarLab convention").empty());
}

TEST(References, EveryCitationInTheBuiltInLessonsIsInTheBibliography)
{
    // "Name et al. 2009", "Name 1987", "Name, Name and Name 1999": an author and a year.
    const std::regex citation(R"(([A-Z][^\s,;()]+)( et al\.|, [A-Z][a-z]+ and [A-Z][a-z]+)? (19|20)\d\d)");
    const std::vector<std::string> sources = lessonSources();
    ASSERT_GT(sources.size(), 50u);
    std::size_t citations = 0;
    for (const std::string& source : sources)
        for (auto it = std::sregex_iterator(source.begin(), source.end(), citation);
             it != std::sregex_iterator(); ++it) {
            ++citations;
            EXPECT_FALSE(referencesCitedIn(it->str()).empty()) << "not in the bibliography: " << it->str();
        }
    EXPECT_GT(citations, 20u);
}

TEST(References, NoTextUsersSeeNamesAFileTheyCannotOpen)
{
    for (const auto& entry :
        std::filesystem::directory_iterator(std::filesystem::path(LUMBARLAB_CONTENT_DIR) / "lessons"))
        EXPECT_EQ(readText(entry.path()).find("DOMAIN"), std::string::npos) << entry.path();
    EXPECT_EQ(readText(std::filesystem::path(LUMBARLAB_MODELS_DIR) / "structures.json").find("DOMAIN"),
        std::string::npos);
    for (const auto sections : {safetySections(), patientSafetySections(), sessionGuideSections()})
        for (const TextSection& section : sections)
            for (const char* item : section.items)
                EXPECT_EQ(std::string(item).find("DOMAIN"), std::string::npos) << item;
    for (const Reference& reference : references())
        EXPECT_EQ(std::string(reference.full).find("DOMAIN"), std::string::npos);
}

TEST(SafetyText, PatientsReadTheScreeningAddressedToThem)
{
    // The same three parts as the therapist's (red flags, contraindications, endangerment sites),
    // each item spoken to the patient ("you", "your") and free of the therapist's words.
    const auto therapist = safetySections();
    const auto patient = patientSafetySections();
    ASSERT_EQ(patient.size(), therapist.size());
    for (std::size_t i = 0; i < patient.size(); ++i) {
        EXPECT_EQ(patient[i].items.size(), therapist[i].items.size()) << patient[i].title;
        for (const char* item : patient[i].items) {
            const std::string text = item;
            for (const char* word :
                {"client", "Refer", "refer", "contraindicat", "Endangerment", "percussion"})
                EXPECT_EQ(text.find(word), std::string::npos) << word << " in: " << text;
        }
    }
    for (const std::size_t section : {0u, 2u})
        for (const char* item : patient[section].items) {
            std::string lower = item;
            std::transform(lower.begin(), lower.end(), lower.begin(),
                [](unsigned char c) { return char(std::tolower(c)); });
            EXPECT_NE(lower.find("you"), std::string::npos) << item;
        }
}

} // namespace
} // namespace lumbar::app
