// Pressure arithmetic, the layered indentation law and the discomfort convention.
#include "technique/pressure.hpp"

#include <algorithm>
#include <cmath>

namespace lumbar::technique {

double pressureKPa(double forceN, double areaCm2)
{
    return areaCm2 > 0.0 ? forceN / areaCm2 * 10.0 : 0.0;
}

double indentationDepthM(const TissueModel& tissue, double pressure)
{
    double depth = 0.0;
    const double p = std::max(0.0, pressure);
    for (const TissueLayer& layer : tissue.layers)
        depth
            += layer.thicknessM * layer.maxStrain * (1.0 - std::exp(-p / std::max(layer.stiffnessKPa, 1e-9)));
    return depth;
}

double contactRadiusM(double areaCm2)
{
    return std::sqrt(std::max(0.0, areaCm2) / M_PI) * 0.01;
}

double indentationRadiusM(const TissueModel& tissue, double areaCm2)
{
    return contactRadiusM(areaCm2) * std::max(1.0, tissue.falloffFactor);
}

double falloffWeight(double distanceM, double contactRadius, double falloffRadius)
{
    if (distanceM <= contactRadius)
        return 1.0;
    if (distanceM >= falloffRadius || falloffRadius <= contactRadius)
        return 0.0;
    const double t = (falloffRadius - distanceM) / (falloffRadius - contactRadius);
    return t * t * (3.0 - 2.0 * t);
}

double fibreAngleDeg(const glm::vec3& strokeDirection, const glm::vec3& fibreDirection)
{
    const float lengths = glm::length(strokeDirection) * glm::length(fibreDirection);
    if (lengths < 1e-12f)
        return 0.0;
    const double cosine
        = std::clamp(std::abs(glm::dot(strokeDirection, fibreDirection)) / lengths, 0.0f, 1.0f);
    return std::acos(cosine) * 180.0 / M_PI;
}

FibreClass classifyFibreAngle(double angleDeg)
{
    if (angleDeg < 30.0)
        return FibreClass::Along;
    return angleDeg > 60.0 ? FibreClass::Across : FibreClass::Oblique;
}

const char* fibreClassName(FibreClass fibreClass)
{
    switch (fibreClass) {
    case FibreClass::None:
        return "no fibres";
    case FibreClass::Along:
        return "with the fibres";
    case FibreClass::Oblique:
        return "oblique";
    case FibreClass::Across:
        return "across the fibres";
    }
    return "?";
}

double expectedDiscomfort(const DiscomfortScale& scale, double pressure)
{
    const double p = std::max(0.0, pressure);
    return 10.0 * p / (p + std::max(scale.halfPressureKPa, 1e-9));
}

DiscomfortClass classifyDiscomfort(const DiscomfortScale& scale, double discomfort)
{
    if (discomfort >= scale.braceAt)
        return DiscomfortClass::Bracing;
    if (discomfort > scale.bandHigh)
        return DiscomfortClass::TooMuch;
    return discomfort >= scale.bandLow ? DiscomfortClass::Therapeutic : DiscomfortClass::Light;
}

const char* discomfortClassName(DiscomfortClass discomfortClass)
{
    switch (discomfortClass) {
    case DiscomfortClass::Light:
        return "light";
    case DiscomfortClass::Therapeutic:
        return "therapeutic";
    case DiscomfortClass::TooMuch:
        return "too much: ease off";
    case DiscomfortClass::Bracing:
        return "bracing: stop";
    }
    return "?";
}

} // namespace lumbar::technique
