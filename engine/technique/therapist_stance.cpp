// The therapist's stance: a small least-squares fit of where the hips stand, which way the figure
// faces and how far it leans, to the elbows and shoulders of the hand pose.
#include "technique/therapist_stance.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace lumbar::technique {
namespace {

constexpr double kPiD = 3.14159265358979323846;

/// The unknowns: the hips' position on the floor plan, the heading the upper body faces (radians
/// from +X towards +Y), its lean forward and its bend to the side (radians).
constexpr int kUnknowns = 5;
struct Unknowns {
    std::array<double, kUnknowns> v{};
    double& hipX() { return v[0]; }
    double& hipY() { return v[1]; }
    double& yaw() { return v[2]; }
    double& lean() { return v[3]; }
    double& sideBend() { return v[4]; }
    double hipX() const { return v[0]; }
    double hipY() const { return v[1]; }
    double yaw() const { return v[2]; }
    double lean() const { return v[3]; }
    double sideBend() const { return v[4]; }
};

struct Frames {
    glm::dmat4 legs, upper;
};

/// What one fit is for: the pose's arms, the table, and what is settled before it starts.
struct StanceProblem {
    std::span<const PoseArm> arms;
    TableSpace table;
    float side = 1.0f; ///< which side of the table
    double legsYaw = 0.0; ///< the legs stand side-on to the table, facing along it this way
    glm::dvec3 towards{0.0}; ///< the contact: the upper body turns to face it
};

/// The figure's frame at heading `yaw` (radians from +X towards +Y), its hips at `hips`.
glm::dmat4 standing(double yaw, const glm::dvec3& hips)
{
    const glm::dvec3 facing(std::cos(yaw), std::sin(yaw), 0.0);
    const glm::dvec3 up(0.0, 0.0, 1.0);
    const glm::dvec3 right = glm::cross(facing, up);
    // Figure +X to its right, +Y up, +Z behind it.
    return glm::dmat4(
        glm::dvec4(right, 0.0), glm::dvec4(up, 0.0), glm::dvec4(-facing, 0.0), glm::dvec4(hips, 1.0));
}

Frames framesOf(const Unknowns& u, const StanceProblem& problem)
{
    const glm::dvec3 hips(u.hipX(), u.hipY(), double(problem.table.floorZ) + kFigurePivotHeightM);
    // The upper body turns above the hips to face the hands, then bends forward at them (+Y
    // towards -Z about the figure's +X).
    const double c = std::cos(u.lean()), s = std::sin(u.lean());
    const glm::dmat4 bend(
        glm::dvec4(1, 0, 0, 0), glm::dvec4(0, c, -s, 0), glm::dvec4(0, s, c, 0), glm::dvec4(0, 0, 0, 1));
    // ...and to the side, about its forward axis (+Y towards +X).
    const double cs = std::cos(u.sideBend()), ss = std::sin(u.sideBend());
    const glm::dmat4 tilt(
        glm::dvec4(cs, -ss, 0, 0), glm::dvec4(ss, cs, 0, 0), glm::dvec4(0, 0, 1, 0), glm::dvec4(0, 0, 0, 1));
    return {standing(problem.legsYaw, hips), standing(u.yaw(), hips) * bend * tilt};
}

/// How far above the contact the figure keeps its chest and face (*estimate*: clear of the
/// client's back around the hands).
constexpr double kChestAboveContactM = 0.12;

/// What the fit makes small: each upper arm's length off its own (metres) and, less, the figure's
/// shoulder off the pose's and the working shoulder off the vertical over the contact; then soft
/// limits: the hips outside the table's edge, the lean within its range, the upper body turned at
/// most kMaxTwistDeg from the legs, the chest and face above the hands; and weak preferences that
/// settle what is left free: standing close to the table, facing the hands.
std::vector<double> residuals(const Unknowns& u, const StanceProblem& problem)
{
    const Frames f = framesOf(u, problem);
    std::vector<double> r;
    for (std::size_t i = 0; i < problem.arms.size(); ++i) {
        const PoseArm& arm = problem.arms[i];
        const glm::dvec3 at(f.upper * glm::dvec4(glm::dvec3(figureShoulder(i == 0)), 1.0));
        // The upper arm's length, held firmly; the pose's own shoulder, a preference.
        r.push_back(20.0 * (glm::length(at - glm::dvec3(arm.elbow)) - kUpperArmLengthM));
        const glm::dvec3 fromPose = at - glm::dvec3(arm.shoulder);
        r.insert(r.end(), {0.2 * fromPose.x, 0.2 * fromPose.y, 0.2 * fromPose.z});
        if (i == 0) {
            // The working arm's shoulder over the contact, the body's weight behind the hand (body
            // mechanics as taught, a *convention*): a preference a little stronger than the pose's.
            const glm::dvec3 overContact = at - problem.towards;
            r.insert(r.end(), {0.3 * overContact.x, 0.3 * overContact.y});
        }
    }
    const double side = problem.side;
    const double edge = double(problem.table.halfWidthM) + kHipClearanceM;
    r.push_back(100.0 * std::max(0.0, edge - side * u.hipX()));
    r.push_back(std::max(0.0, u.lean() - kMaxLeanDeg * kPiD / 180.0) + std::max(0.0, -u.lean()));
    const double twist = std::abs(std::remainder(u.yaw() - problem.legsYaw, 2.0 * kPiD));
    r.push_back(std::max(0.0, twist - kMaxTwistDeg * kPiD / 180.0));
    r.push_back(std::max(0.0, std::abs(u.sideBend()) - kMaxSideBendDeg * kPiD / 180.0));
    r.push_back(0.02 * u.sideBend()); // upright unless the arms ask otherwise
    // The chest and the face stay well above the client's back, over the hands.
    for (const glm::dvec3& point : {glm::dvec3(0.0, 0.49, -0.18), glm::dvec3(-0.09, 0.49, -0.16),
             glm::dvec3(0.09, 0.49, -0.16), glm::dvec3(0.0, 0.70, -0.12)}) {
        const double height = (f.upper * glm::dvec4(point, 1.0)).z;
        r.push_back(10.0 * std::max(0.0, problem.towards.z + kChestAboveContactM - height));
    }
    r.push_back(0.002 * (side * u.hipX() - edge));
    const double wanted = std::atan2(problem.towards.y - u.hipY(), problem.towards.x - u.hipX());
    r.push_back(0.002 * std::remainder(u.yaw() - wanted, 2.0 * kPiD));
    return r;
}

using Params = std::array<double, kUnknowns>;
using ParamMatrix = std::array<Params, kUnknowns>;

/// Solves a x = b by Gaussian elimination with partial pivoting; zeros when a is singular.
Params solveLinear(ParamMatrix a, Params b)
{
    constexpr int n = kUnknowns;
    for (int col = 0; col < n; ++col) {
        int pivot = col;
        for (int row = col + 1; row < n; ++row)
            if (std::abs(a[row][col]) > std::abs(a[pivot][col]))
                pivot = row;
        std::swap(a[col], a[pivot]);
        std::swap(b[col], b[pivot]);
        if (std::abs(a[col][col]) < 1e-15)
            return {};
        for (int row = col + 1; row < n; ++row) {
            const double k = a[row][col] / a[col][col];
            for (int c = col; c < n; ++c)
                a[row][c] -= k * a[col][c];
            b[row] -= k * b[col];
        }
    }
    Params x{};
    for (int row = n - 1; row >= 0; --row) {
        double sum = b[row];
        for (int c = row + 1; c < n; ++c)
            sum -= a[row][c] * x[c];
        x[row] = sum / a[row][row];
    }
    return x;
}

double squaredNorm(const std::vector<double>& r)
{
    double sum = 0.0;
    for (const double v : r)
        sum += v * v;
    return sum;
}

} // namespace

glm::vec3 figureShoulder(bool right)
{
    // therapist.cpp: the heads of the humeri 2.5 cm below the acromia, 1 cm in from them; the
    // acromia 41.24 cm apart (Heinz et al. 2003) and 53.98 cm above the greater trochanter
    // (ANSUR II: acromial height 144.07 cm, trochanterion height 90.09 cm).
    return {right ? 0.1962f : -0.1962f, 0.5098f, -0.0350f};
}

std::vector<PoseArm> poseArms(ToolKind tool)
{
    // hands.cpp's poses, measured from the generated file's contact origin.
    switch (tool) {
    case ToolKind::Fingertip:
        return {{{-0.2741f, 0.3486f, 0.0808f}, {-0.3241f, 0.6647f, 0.1806f}},
            {{-0.2530f, 0.3562f, -0.1028f}, {-0.3029f, 0.6723f, -0.2026f}}};
    case ToolKind::Thumb:
        return {{{-0.2810f, 0.2503f, 0.1153f}, {-0.3479f, 0.5679f, 0.1989f}}};
    case ToolKind::Knuckles:
        return {{{-0.1240f, 0.3571f, 0.0542f}, {-0.2600f, 0.6460f, 0.1561f}}};
    case ToolKind::Elbow:
        return {{{0.0156f, 0.0444f, 0.0055f}, {-0.0833f, 0.3578f, 0.0714f}}};
    case ToolKind::Forearm:
        return {{{0.0544f, 0.0404f, 0.0005f}, {-0.0954f, 0.3232f, 0.1003f}}};
    case ToolKind::Palm:
        return {{{-0.2980f, 0.1771f, 0.0635f}, {-0.4140f, 0.4754f, 0.1630f}}};
    }
    return {};
}

float tableSideOf(float x)
{
    return x > 0.005f ? 1.0f : -1.0f;
}

float workingSide(const FrameState& state)
{
    if (!state.pressurePoints.empty())
        return tableSideOf(state.pressurePoints.front().position.x);
    if (!state.path.empty()) {
        // A stroke across the body is pushed away from the therapist: the arm trails it.
        const glm::vec3 chord = state.path.back() - state.path.front();
        if (std::abs(chord.x) > std::abs(chord.y))
            return chord.x < 0.0f ? 1.0f : -1.0f;
        float sum = 0.0f;
        for (const glm::vec3& point : state.path)
            sum += point.x;
        return tableSideOf(sum / float(state.path.size()));
    }
    return -1.0f;
}

Stance standFor(std::span<const PoseArm> arms, const glm::vec3& contact, const TableSpace& table, float side)
{
    Stance stance;
    if (arms.empty())
        return stance;
    const glm::vec3 working = arms.front().shoulder;
    stance.side = side > 0.0f ? 1.0f : -1.0f;
    StanceProblem problem{arms, table, stance.side, 0.0, glm::dvec3(contact)};
    // The legs face along the table towards the hands (from the pose's shoulder, which trails
    // them).
    problem.legsYaw = (contact.y >= working.y ? 0.5 : -0.5) * kPiD;

    // Start beside the table level with the shoulder, turned to face across it, leaning 30
    // degrees; then damped Gauss-Newton (Levenberg-Marquardt) steps with a numerical Jacobian.
    Unknowns u;
    u.hipX() = stance.side * (double(table.halfWidthM) + kHipClearanceM);
    u.hipY() = working.y;
    u.yaw() = stance.side > 0.0f ? kPiD : 0.0;
    u.lean() = 30.0 * kPiD / 180.0;
    std::vector<double> r = residuals(u, problem);
    double cost = squaredNorm(r);
    double damping = 1e-3;
    for (int iteration = 0; iteration < 60 && cost > 1e-12; ++iteration) {
        std::vector<Params> jacobian(r.size());
        for (int k = 0; k < kUnknowns; ++k) {
            Unknowns moved = u;
            constexpr double h = 1e-6;
            moved.v[std::size_t(k)] += h;
            const std::vector<double> rk = residuals(moved, problem);
            for (std::size_t i = 0; i < r.size(); ++i)
                jacobian[i][std::size_t(k)] = (rk[i] - r[i]) / h;
        }
        ParamMatrix normal{};
        Params gradient{};
        for (std::size_t i = 0; i < r.size(); ++i)
            for (int a = 0; a < kUnknowns; ++a) {
                gradient[std::size_t(a)] -= jacobian[i][std::size_t(a)] * r[i];
                for (int b = 0; b < kUnknowns; ++b)
                    normal[std::size_t(a)][std::size_t(b)]
                        += jacobian[i][std::size_t(a)] * jacobian[i][std::size_t(b)];
            }
        bool accepted = false;
        double gain = 0.0;
        while (!accepted && damping < 1e6) {
            ParamMatrix damped = normal;
            for (int a = 0; a < kUnknowns; ++a)
                damped[std::size_t(a)][std::size_t(a)] *= 1.0 + damping;
            const Params step = solveLinear(damped, gradient);
            Unknowns next = u;
            for (int a = 0; a < kUnknowns; ++a)
                next.v[std::size_t(a)] += step[std::size_t(a)];
            const std::vector<double> rn = residuals(next, problem);
            const double nextCost = squaredNorm(rn);
            if (nextCost < cost) {
                accepted = true;
                gain = cost - nextCost;
                u = next;
                r = rn;
                cost = nextCost;
                damping = std::max(damping * 0.3, 1e-9);
            } else {
                damping *= 10.0;
            }
        }
        if (!accepted || gain < 1e-14)
            break;
    }

    const Frames f = framesOf(u, problem);
    stance.legs = glm::mat4(f.legs);
    stance.upper = glm::mat4(f.upper);
    stance.leanDeg = float(u.lean() * 180.0 / kPiD);
    for (std::size_t i = 0; i < arms.size(); ++i) {
        const glm::vec3 at(stance.upper * glm::vec4(figureShoulder(i == 0), 1.0f));
        stance.shoulders.push_back(at);
        stance.armErrorM
            = std::max(stance.armErrorM, std::abs(glm::length(at - arms[i].elbow) - kUpperArmLengthM));
    }
    return stance;
}

} // namespace lumbar::technique
