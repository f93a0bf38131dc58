// lumbarlab: parses the command line and hands over to the application.
#include "window/application.hpp"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    using namespace lumbar::app;
    Options options;
    try {
        options = parseCommandLine(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const CommandLineError& error) {
        std::cerr << "lumbarlab: " << error.what() << "\n";
        return kExitUsage;
    }
    if (options.showHelp) {
        std::cout << helpText();
        return kExitOk;
    }
    if (options.showVersion) {
        std::cout << versionText();
        return kExitOk;
    }
    return runApplication(options);
}
