// The bibliography: every publication the built-in lessons, the knowledge base and the app's texts
// cite, in full. Texts cite a publication by its short form ("Löken et al. 2009"); the Step card's
// Sources, the Guide and the handout list the full references those texts cite.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace lumbar::app {

struct Reference {
    const char* cite; ///< as texts cite it, e.g. "Löken et al. 2009"
    const char* full; ///< authors, year, title, journal or publisher
};

/// Every reference, by the first author's name.
std::span<const Reference> references();

/// The references whose short form `text` contains, in bibliography order.
std::vector<const Reference*> referencesCitedIn(std::string_view text);

} // namespace lumbar::app
