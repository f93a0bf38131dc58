// XDG base directories from fake environments: XDG values, HOME fallbacks, ignored relative values.
#include "core/error.hpp"
#include "core/user_dirs.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <map>

namespace lumbar {
namespace {

EnvironmentLookup fakeEnvironment(std::map<std::string, std::string> variables)
{
    return [variables](const std::string& name) -> std::optional<std::string> {
        const auto found = variables.find(name);
        return found == variables.end() ? std::nullopt : std::optional<std::string>(found->second);
    };
}

TEST(UserDirs, XdgValuesComeFirst)
{
    const auto environment = fakeEnvironment(
        {{"HOME", "/home/ana"}, {"XDG_DATA_HOME", "/data/ana"}, {"XDG_CONFIG_HOME", "/settings/ana"}});
    EXPECT_EQ(dataDir(environment), std::filesystem::path("/data/ana/lumbarlab"));
    EXPECT_EQ(configDir(environment), std::filesystem::path("/settings/ana/lumbarlab"));
    EXPECT_EQ(userLessonsDir(environment), std::filesystem::path("/data/ana/lumbarlab/lessons"));
    EXPECT_EQ(autosaveDir(environment), std::filesystem::path("/data/ana/lumbarlab/autosave"));
}

TEST(UserDirs, HomeGivesTheSpecDefaults)
{
    const auto environment = fakeEnvironment({{"HOME", "/home/ana"}});
    EXPECT_EQ(dataDir(environment), std::filesystem::path("/home/ana/.local/share/lumbarlab"));
    EXPECT_EQ(configDir(environment), std::filesystem::path("/home/ana/.config/lumbarlab"));
    EXPECT_EQ(userLessonsDir(environment), std::filesystem::path("/home/ana/.local/share/lumbarlab/lessons"));
    EXPECT_EQ(autosaveDir(environment), std::filesystem::path("/home/ana/.local/share/lumbarlab/autosave"));
}

TEST(UserDirs, EmptyAndRelativeXdgValuesAreIgnored)
{
    const auto environment = fakeEnvironment(
        {{"HOME", "/home/ana"}, {"XDG_DATA_HOME", "relative/data"}, {"XDG_CONFIG_HOME", ""}});
    EXPECT_EQ(dataDir(environment), std::filesystem::path("/home/ana/.local/share/lumbarlab"));
    EXPECT_EQ(configDir(environment), std::filesystem::path("/home/ana/.config/lumbarlab"));
}

TEST(UserDirs, XdgAloneIsEnoughForItsOwnFolder)
{
    const auto environment = fakeEnvironment({{"XDG_DATA_HOME", "/data"}});
    EXPECT_EQ(dataDir(environment), std::filesystem::path("/data/lumbarlab"));
    EXPECT_THROW(configDir(environment), FileError);
}

TEST(UserDirs, NeitherHomeNorXdgIsAClearError)
{
    const auto environment = fakeEnvironment({{"HOME", "relative"}, {"XDG_DATA_HOME", "also/relative"}});
    try {
        dataDir(environment);
        FAIL() << "no error";
    } catch (const FileError& error) {
        EXPECT_EQ(std::string(error.what()),
            "cannot find a folder for LumbarLab's data: neither $XDG_DATA_HOME nor $HOME is set to an "
            "absolute "
            "path; set HOME to your home folder (or XDG_DATA_HOME to an absolute folder)");
    }
    try {
        configDir(fakeEnvironment({}));
        FAIL() << "no error";
    } catch (const FileError& error) {
        EXPECT_EQ(std::string(error.what()),
            "cannot find a folder for LumbarLab's settings: neither $XDG_CONFIG_HOME nor $HOME is set to an "
            "absolute path; set HOME to your home folder (or XDG_CONFIG_HOME to an absolute folder)");
    }
}

TEST(UserDirs, TheProcessEnvironmentReadsRealVariables)
{
    ASSERT_EQ(::setenv("LUMBARLAB_TEST_VARIABLE", "value", 1), 0);
    EXPECT_EQ(processEnvironment()("LUMBARLAB_TEST_VARIABLE"), std::optional<std::string>("value"));
    ::unsetenv("LUMBARLAB_TEST_VARIABLE");
    EXPECT_EQ(processEnvironment()("LUMBARLAB_TEST_VARIABLE"), std::nullopt);
}

} // namespace
} // namespace lumbar
