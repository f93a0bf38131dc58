// Which part of the window's 3D view is in sight between the panels.
#include "session/seen_area.hpp"

#include <algorithm>
#include <cmath>

namespace lumbar::app {

ScreenRect seenArea(const std::vector<ScreenRect>& panels, const glm::vec2& viewport)
{
    constexpr float kCell = 8.0f;
    constexpr int kSquare = 6; // cells: a part is seen where a 48-pixel square fits uncovered
    const int columns = std::max(1, int(std::ceil(viewport.x / kCell)));
    const int rows = std::max(1, int(std::ceil(viewport.y / kCell)));
    // A cell is covered when it lies wholly within one panel (the last cells end at the viewport).
    std::vector<int> covered(std::size_t(columns) * std::size_t(rows), 0);
    for (const ScreenRect& panel : panels) {
        const int firstRow = std::max(0, int(std::ceil(panel.min.y / kCell)));
        const int firstColumn = std::max(0, int(std::ceil(panel.min.x / kCell)));
        for (int row = firstRow; row < rows && std::min(float(row + 1) * kCell, viewport.y) <= panel.max.y;
             ++row)
            for (int column = firstColumn;
                 column < columns && std::min(float(column + 1) * kCell, viewport.x) <= panel.max.x; ++column)
                covered[std::size_t(row) * std::size_t(columns) + std::size_t(column)] = 1;
    }
    // Summed covered cells: sums[r][c] counts those above row r and left of column c.
    const std::size_t stride = std::size_t(columns) + 1;
    std::vector<int> sums(stride * (std::size_t(rows) + 1), 0);
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < columns; ++column)
            sums[std::size_t(row + 1) * stride + std::size_t(column + 1)]
                = covered[std::size_t(row) * std::size_t(columns) + std::size_t(column)]
                + sums[std::size_t(row) * stride + std::size_t(column + 1)]
                + sums[std::size_t(row + 1) * stride + std::size_t(column)]
                - sums[std::size_t(row) * stride + std::size_t(column)];
    const auto coveredIn = [&](int row, int column) {
        const std::size_t top = std::size_t(row) * stride, bottom = std::size_t(row + kSquare) * stride;
        const std::size_t left = std::size_t(column), right = std::size_t(column + kSquare);
        return sums[bottom + right] - sums[top + right] - sums[bottom + left] + sums[top + left];
    };
    int minColumn = columns, minRow = rows, maxColumn = 0, maxRow = 0;
    for (int row = 0; row + kSquare <= rows; ++row)
        for (int column = 0; column + kSquare <= columns; ++column)
            if (coveredIn(row, column) == 0) {
                minColumn = std::min(minColumn, column);
                minRow = std::min(minRow, row);
                maxColumn = std::max(maxColumn, column + kSquare);
                maxRow = std::max(maxRow, row + kSquare);
            }
    if (minColumn >= maxColumn)
        return {{0.0f, 0.0f}, viewport};
    return {{float(minColumn) * kCell, float(minRow) * kCell},
        {std::min(float(maxColumn) * kCell, viewport.x), std::min(float(maxRow) * kCell, viewport.y)}};
}

PixelRect targetPart(const ScreenRect& area, const glm::ivec2& view, const glm::ivec2& target)
{
    const double toX = double(target.x) / double(std::max(view.x, 1));
    const double toY = double(target.y) / double(std::max(view.y, 1));
    const auto clampTo = [](double value, int limit) { return std::clamp(int(value), 0, limit); };
    const int left = clampTo(std::floor(area.min.x * toX) - 1.0, target.x);
    const int right = clampTo(std::ceil(area.max.x * toX) + 1.0, target.x);
    // GL's rows count from the bottom.
    const int bottom = clampTo(std::floor((double(view.y) - area.max.y) * toY) - 1.0, target.y);
    const int top = clampTo(std::ceil((double(view.y) - area.min.y) * toY) + 1.0, target.y);
    return {left, bottom, right - left, top - bottom};
}

} // namespace lumbar::app
