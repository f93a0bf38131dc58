// The heat map's legend: what its colours stand for.
#pragma once

#include "session/free_area.hpp"
#include "session/heat_scope.hpp"

namespace lumbar::app {

/// A small window in the bottom-left corner of `free` (the 3D view the panels leave free): the
/// colour bar from no dose to `maxDoseKPaS` as the 3D view shows it over the tissue (the low end in
/// the tissue's own colour), marked in kPa*s, with what it sums and over which span; in plain words
/// for patients. Nothing when the scope is Off or no dose is shown.
void drawHeatLegend(HeatScope scope, float maxDoseKPaS, bool patient, const ScreenRect& free);

} // namespace lumbar::app
