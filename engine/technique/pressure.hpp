// Pressure, indentation, fibre angle and expected discomfort: the numbers shown beside the tool.
#pragma once

#include <glm/glm.hpp>

#include <string>
#include <vector>

namespace lumbar::technique {

/// Pressure in kPa of `forceN` spread over `areaCm2`: N/cm2 * 10 (40 N on 20 cm2 = 20 kPa).
double pressureKPa(double forceN, double areaCm2);

/// One layer of the tissue under the tool. Indentation of the layer is
/// thicknessM * maxStrain * (1 - exp(-pressure / stiffnessKPa)): linear (Winkler-like) at low
/// pressure, saturating as the layer is squeezed, so depth rises monotonically with force.
struct TissueLayer {
    std::string name;
    double thicknessM = 0.0;
    double maxStrain = 0.0; ///< the fraction of the thickness that can be squeezed out
    double stiffnessKPa = 1.0; ///< pressure at which 63% of that is reached
};

/// The layers the tool presses through, superficial to deep, and the falloff convention. Every
/// constant is an *estimate*: skin and subcutaneous fat 20 mm (a few mm to over
/// 4 cm between adults on MRI: Berikol et al. 2022, Poot-Franco et al. 2024), squeezed up to
/// half, 20 kPa; thoracolumbar fascia 1 mm, 5%, 500 kPa; muscle 30 mm, 30%, 80 kPa.
struct TissueModel {
    std::vector<TissueLayer> layers{
        {"skin and subcutaneous fat", 0.020, 0.5, 20.0},
        {"thoracolumbar fascia", 0.001, 0.05, 500.0},
        {"muscle", 0.030, 0.3, 80.0},
    };
    double falloffFactor = 2.5; ///< falloff radius = factor * contact radius (convention)
};

/// Total indentation depth in metres at `pressureKPa`; 0 at 0, monotonic, bounded by the layers.
double indentationDepthM(const TissueModel& tissue, double pressureKPa);
/// Radius of a disc of `areaCm2`, in metres.
double contactRadiusM(double areaCm2);
/// Radius in metres beyond which the indentation (and the dose) is zero.
double indentationRadiusM(const TissueModel& tissue, double areaCm2);
/// Weight of the indentation at `distanceM` from the contact centre: 1 inside the contact radius,
/// a smoothstep down to 0 at the falloff radius.
double falloffWeight(double distanceM, double contactRadiusM, double falloffRadiusM);

/// Angle in degrees (0..90) between a stroke direction and the fibre direction; lines have no sign.
double fibreAngleDeg(const glm::vec3& strokeDirection, const glm::vec3& fibreDirection);

enum class FibreClass { None, Along, Oblique, Across };
/// Along below 30 degrees, across above 60, oblique between (30 and 60 themselves are oblique).
FibreClass classifyFibreAngle(double angleDeg);
/// "with the fibres", "oblique", "across the fibres", "no fibres".
const char* fibreClassName(FibreClass fibreClass);

/// The 0-10 discomfort convention: D = 10 * P / (P + halfPressureKPa). halfPressureKPa = 280 puts
/// the median deep friction of physiotherapists (227 kPa, middle half 100-408 kPa; Chaves et al.,
/// Applied Sciences 2020;10(8):2705) at 4.5 (2.6 to 5.9), inside the therapeutic band. Bands are a
/// *convention* of massage teaching on the 0-10 numeric rating scale (Hawker et al. 2011; configurable): 3-6
/// therapeutic, above 6 modify, 7 and above the client braces.
struct DiscomfortScale {
    double halfPressureKPa = 280.0;
    double bandLow = 3.0;
    double bandHigh = 6.0;
    double braceAt = 7.0;
};

enum class DiscomfortClass { Light, Therapeutic, TooMuch, Bracing };

/// Expected discomfort (0-10) at `pressureKPa` under `scale`.
double expectedDiscomfort(const DiscomfortScale& scale, double pressureKPa);
/// Light below the band, therapeutic inside it (inclusive), too much above it, bracing from braceAt.
DiscomfortClass classifyDiscomfort(const DiscomfortScale& scale, double discomfort);
/// "light", "therapeutic", "too much: ease off", "bracing: stop".
const char* discomfortClassName(DiscomfortClass discomfortClass);

} // namespace lumbar::technique
