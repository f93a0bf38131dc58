#version 330 core
// Image-free lighting that makes organic shapes read: a hemisphere ambient term (sky above,
// warm ground below) plus a key, fill and rim light rig fixed to the camera. All maths in linear
// RGB; the result is encoded to sRGB here because the targets are plain RGBA8.
// Compile-time features (see mesh.vert): STRIATION gives muscles fine stripes along their fibre
// direction, three to a fascicle of its own shade, so fibre orientation reads on screen and the
// muscle's grain looks like muscle: with FIBRE_COORDINATE from the mesh's baked
// across-fibre coordinate (evenly spaced, fixed to the tissue), otherwise estimated per pixel
// from the view-space position and the tangent (models without it); XRAY fades faces that look
// at the viewer and keeps silhouettes, so deep structures show through; HEAT blends a viridis
// heat map over the tissue; OUTLINE outputs the flat outline colour; CUT discards what lies
// within the uCut cylinders; CAP shades the back faces of a closed mesh cut open by a plane as
// the plane's cross-section: a flat face of normal uCapNormal in the colour uCapColor, without
// the baked occlusion; REFERRAL shades the round spots of uReferralSpots (a muscle's referral
// zones on the skin) in uReferralColor, opaque enough to read on translucent skin; FADE draws only
// what lies within the uFade cylinder, fading out along it; LOBULES draws fat as it looks in a
// dissection: rounded lobules, each a little domed, parted by shadowed grooves.

in vec3 vViewPosition;
in vec3 vViewNormal;
#if defined(VERTEX_COLOR) || defined(INDENT)
in vec3 vColor; // multiplies uBaseColor, as glTF's COLOR_0 (the anatomy's baked ambient occlusion)
#else
const vec3 vColor = vec3(1.0); // a mesh without vertex colours (see mesh.vert)
#endif
#if defined(STRIATION) && defined(FIBRE_COORDINATE)
in float vFibreCoordM;
#elif defined(STRIATION)
in vec3 vViewTangent;
#endif
#ifdef HEAT
in float vScalar;
#endif

uniform vec4 uBaseColor;      // linear RGB, alpha = opacity
uniform vec3 uWorldUpInView;  // world +Y expressed in view space
uniform float uHighlight;     // 0 normal, 1 fully highlighted (hover / selection tint)
uniform float uStriation;     // STRIATION: stripe strength, 0 to 1
uniform float uXray;          // XRAY: 0 solid, 1 full x-ray
uniform vec4 uFlatColor;      // OUTLINE: the colour, sRGB
uniform float uHeatAmount;    // HEAT: how strongly the heat map shows where the dose is > 0
uniform vec3 uSurface;        // tight highlight, broad sheen, light wrap (render/surface_look.hpp)
#ifdef CAP
uniform vec3 uCapNormal;      // view space, out of the cut face
uniform vec3 uCapColor;       // linear RGB
#endif
#if defined(CUT) || defined(REFERRAL) || defined(FADE)
in vec3 vModelPosition;
#endif
#ifdef REFERRAL
// Spots in model space: .xyz the centre on the skin, .w the radius (0: none). Full colour within
// 60% of the radius, a smoothstep to nothing at it (technique::referralWeight).
uniform vec4 uReferralSpots[12];
uniform vec3 uReferralColor; // linear RGB

float referralWeight()
{
    float weight = 0.0;
    for (int i = 0; i < 12; ++i) {
        float radius = uReferralSpots[i].w;
        if (radius > 0.0)
            weight = max(weight, 1.0 - smoothstep(0.6 * radius, radius, distance(vModelPosition, uReferralSpots[i].xyz)));
    }
    return weight;
}
#endif
#if defined(CUT) || defined(FADE)
// How far a point lies along the cylinder from `from` to `to` (flat ends) of `radius`: 0 to 1
// within it, negative outside it (a radius of 0 holds nothing).
float alongCylinder(vec3 from, vec3 to, float radius)
{
    vec3 axis = to - from;
    vec3 offset = vModelPosition - from;
    float t = dot(offset, axis) / max(dot(axis, axis), 1e-12);
    return radius > 0.0 && t > 0.0 && t < 1.0 && length(offset - axis * t) < radius ? t : -1.0;
}
#endif
#ifdef CUT
// Cylinders in model space, each from .xyz of uCutFrom to uCutTo (flat ends) with radius
// uCutFrom.w; a radius of 0 cuts nothing.
uniform vec4 uCutFrom[2];
uniform vec3 uCutTo[2];

bool insideCut(int i)
{
    return alongCylinder(uCutFrom[i].xyz, uCutTo[i], uCutFrom[i].w) >= 0.0;
}
#endif
#ifdef FADE
// A cylinder as the cuts' (radius uFadeFrom.w): only what lies within it is drawn, its opacity
// falling from the item's own at uFadeFrom to none at uFadeTo; the rest is drawn by an opaque
// copy that the same cylinder cuts.
uniform vec4 uFadeFrom;
uniform vec3 uFadeTo;
#endif
#ifdef LOBULES
in vec3 vTissuePosition; // the mesh's own position (mesh.vert): the lobules stay with the tissue
uniform mat3 uNormalMatrix; // as mesh.vert's: tissue directions into view space

const float kLobuleM = 0.011; // *choice*: lobules about a centimetre across, as in dissection photographs

// A pseudo-random point in the unit cube for each cell of the lobules' grid (integer hashing:
// the same on every GPU and on llvmpipe). The cells are counted from 4096 lobules below the origin,
// so that none is negative when turned into an unsigned number.
vec3 cellPoint(ivec3 cell)
{
    uvec3 v = uvec3(cell + 4096) * 1664525u + 1013904223u;
    v.x += v.y * v.z;
    v.y += v.z * v.x;
    v.z += v.x * v.y;
    v ^= v >> 16u;
    v.x += v.y * v.z;
    v.y += v.z * v.x;
    v.z += v.x * v.y;
    return vec3(v >> 8u) * (1.0 / 16777216.0);
}

// The lobule a point lies in (cells of a jittered grid, in lobule widths): .xyz the offset from
// its centre to the point, .w how far the point lies inside it from the septum (the difference
// between the distances to the nearest and the second nearest centre, 0 on the septum).
vec4 lobuleAt(vec3 p)
{
    vec3 cell = floor(p);
    vec3 within = p - cell;
    float nearest = 64.0;
    float second = 64.0;
    vec3 offset = vec3(0.0);
    for (int z = -1; z <= 1; ++z)
        for (int y = -1; y <= 1; ++y)
            for (int x = -1; x <= 1; ++x) {
                vec3 corner = vec3(x, y, z);
                vec3 toPoint = within - corner - (0.15 + 0.7 * cellPoint(ivec3(cell + corner)));
                float d = dot(toPoint, toPoint);
                if (d < nearest) {
                    second = nearest;
                    nearest = d;
                    offset = toPoint;
                } else if (d < second) {
                    second = d;
                }
            }
    return vec4(offset, sqrt(second) - sqrt(nearest));
}
#endif

out vec4 fragColor;

const vec3 kSky = vec3(0.55, 0.60, 0.70);
const vec3 kGround = vec3(0.22, 0.18, 0.16);
const vec3 kKeyDirection = normalize(vec3(-0.45, 0.6, 0.65)); // upper left, towards viewer
const vec3 kKeyColor = vec3(1.0, 0.96, 0.90) * 0.85;
const vec3 kFillDirection = normalize(vec3(0.7, -0.1, 0.5));
const vec3 kFillColor = vec3(0.75, 0.82, 1.0) * 0.25;
const float kRimStrength = 0.35;
const float kStripesPerMetre = 300.0; // about 3 mm between drawn fibre bundles

// Viridis (colour-blind safe, perceptually uniform), a polynomial fit of the matplotlib table;
// returns linear RGB.
vec3 viridis(float t)
{
    const vec3 c0 = vec3(0.2777273272234177, 0.005407344544966578, 0.3340998053353061);
    const vec3 c1 = vec3(0.1050930431085774, 1.404613529898575, 1.384590162594685);
    const vec3 c2 = vec3(-0.3308618287255563, 0.214847559468213, 0.09509516302823659);
    const vec3 c3 = vec3(-4.634230498983486, -5.799100973351585, -19.33244095627987);
    const vec3 c4 = vec3(6.228269936347081, 14.17993336680509, 56.69055260068105);
    const vec3 c5 = vec3(4.776384997670288, -13.74514537774601, -65.35303263337234);
    const vec3 c6 = vec3(-5.435455855934631, 4.645852612178535, 26.3124352495832);
    t = clamp(t, 0.0, 1.0);
    vec3 srgb = c0 + t * (c1 + t * (c2 + t * (c3 + t * (c4 + t * (c5 + t * c6)))));
    return pow(clamp(srgb, 0.0, 1.0), vec3(2.2));
}

// sRGB encoding from three square roots instead of pow(): software rasterisers evaluate pow as
// a logarithm and an exponential per channel and pixel. Within 0.2/255 of the exact curve above
// 0.005, 1.8/255 below (a least-squares fit to the sRGB curve).
vec3 encodeSrgb(vec3 linear)
{
    vec3 s1 = sqrt(linear);
    vec3 s2 = sqrt(s1);
    vec3 s3 = sqrt(s2);
    return 0.662002687 * s1 + 0.684122060 * s2 - 0.323583601 * s3 - 0.0225411470 * linear;
}

// x^40 by squaring (x^32 * x^8): the key light's highlight without pow().
float pow40(float x)
{
    float x2 = x * x;
    float x4 = x2 * x2;
    float x8 = x4 * x4;
    float x16 = x8 * x8;
    return x16 * x16 * x8;
}

void main()
{
#ifdef CUT
    if (insideCut(0) || insideCut(1))
        discard;
#endif
#ifdef FADE
    float fade = alongCylinder(uFadeFrom.xyz, uFadeTo, uFadeFrom.w);
    if (fade < 0.0)
        discard;
#endif
#ifdef OUTLINE
    fragColor = uFlatColor;
    return;
#endif
    vec3 normal = normalize(vViewNormal);
    if (!gl_FrontFacing)
        normal = -normal; // open or inconsistently wound files still shade from both sides
#ifdef CAP
    normal = uCapNormal;
#endif
    vec3 toEye = normalize(-vViewPosition);
#ifdef LOBULES
    vec4 lobule = lobuleAt(vTissuePosition / kLobuleM);
    // Fade the lobules out where they would shimmer (under about three pixels across).
    float lobuleWidthPx = 1.0 / max(length(fwidth(vTissuePosition)) / kLobuleM, 1e-6);
    float lobuleVisibility = smoothstep(3.0, 6.0, lobuleWidthPx);
    float septumWidth = fwidth(lobule.w);
    float septum = (1.0 - smoothstep(0.0, 0.45 + septumWidth, lobule.w)) * lobuleVisibility;
    // Each lobule bulges: the normal leans outwards from its centre, most steeply at its edge.
    vec3 lean = uNormalMatrix * lobule.xyz;
    lean -= normal * dot(lean, normal);
    normal = normalize(normal + lean * ((0.35 + 0.8 * septum) * lobuleVisibility));
#endif

    float hemisphere = dot(normal, uWorldUpInView) * 0.5 + 0.5;
    vec3 ambient = mix(kGround, kSky, hemisphere) * 0.55;

    // Wrapped diffuse: a translucent surface is lit a little past its shadow edge.
    float keyFacing = dot(normal, kKeyDirection);
    float key = max((keyFacing + uSurface.z) / (1.0 + uSurface.z), 0.0);
    float fill = max(dot(normal, kFillDirection), 0.0);
    vec3 halfway = normalize(kKeyDirection + toEye);
    float towardsHalfway = max(dot(normal, halfway), 0.0);
    float sheen = towardsHalfway * towardsHalfway;
    sheen *= sheen;
    sheen *= sheen; // ^8
    float specular = (pow40(towardsHalfway) * uSurface.x + sheen * uSurface.y) * step(0.0, keyFacing);
    float edge = 1.0 - max(dot(normal, toEye), 0.0);
    float rim = edge * edge * edge * kRimStrength;

#ifdef CAP
    vec3 base = uCapColor;
#else
    vec3 base = uBaseColor.rgb * vColor;
#endif
#ifdef STRIATION
#ifdef FIBRE_COORDINATE
    {
        // Distance across the fibres over the surface, baked per vertex by the generator.
        float coordinate = vFibreCoordM * kStripesPerMetre;
#else
    if (dot(vViewTangent, vViewTangent) > 1e-8) {
        // Estimate for meshes without the coordinate: the position projected on the surface
        // direction normal to the fibres (slides with the camera; spacing varies with curvature).
        vec3 fibre = normalize(vViewTangent);
        vec3 across = normalize(cross(normal, fibre) + 1e-6);
        float coordinate = dot(vViewPosition, across) * kStripesPerMetre;
#endif
        float width = fwidth(coordinate);
        float stripe = 1.0 - smoothstep(0.35 - width, 0.35 + width, abs(fract(coordinate) - 0.5));
        // Fade the stripes out where they would alias (far away or at grazing angles).
        float visibility = clamp(1.5 - width * 2.0, 0.0, 1.0);
        // Fascicles: every three stripes a bundle a shade lighter or darker than its neighbours
        // (a golden-ratio sequence, so no two neighbours match), as the perimysium parts them.
        // Kept until a bundle is under about two pixels across (the stripes go at about one and a
        // half pixels each).
        float bundleShade = fract(floor(coordinate / 3.0) * 0.618034) - 0.5;
        float bundleVisibility = clamp(1.5 - width * 0.6, 0.0, 1.0);
        base *= (1.0 - 0.22 * uStriation * stripe * visibility) * (1.0 + 0.28 * uStriation * bundleShade * bundleVisibility);
    }
#endif

#ifdef LOBULES
    // The grooves between the lobules lie in shadow, warm (not olive) where the yellow darkens.
    base *= mix(vec3(1.0), vec3(0.68, 0.56, 0.5), septum * septum);
#endif
#ifdef HEAT
    // technique::heatCoverage: the low doses at a stroke's edges leave the tissue its own colour.
    if (vScalar > 0.001)
        base = mix(base, viridis(vScalar), uHeatAmount * smoothstep(0.02, 0.30, vScalar));
#endif

    // The rim of a translucent surface glows warm (light scattered through it), not sky blue.
    vec3 rimColor = mix(mix(kSky, base, 0.5), base * vec3(1.25, 0.85, 0.75), clamp(uSurface.z * 2.0, 0.0, 1.0));
    vec3 color = base * (ambient + key * kKeyColor + fill * kFillColor) + specular * kKeyColor +
                 rim * rimColor;
    color = mix(color, vec3(1.0, 0.85, 0.3), uHighlight * 0.35);
    float alpha = uBaseColor.a;
#ifdef REFERRAL
    float zone = referralWeight();
    color = mix(color, uReferralColor * (ambient + key * kKeyColor + fill * kFillColor) * 1.3, 0.75 * zone);
    alpha = mix(alpha, max(alpha, 0.9), zone);
#endif
#ifdef XRAY
    float facing = abs(dot(normal, toEye));
    alpha *= mix(1.0, pow(1.0 - facing, 1.5) * 0.9 + 0.05, uXray);
#endif
#ifdef FADE
    alpha *= 1.0 - smoothstep(0.0, 1.0, fade);
#endif
    fragColor = vec4(encodeSrgb(clamp(color, 0.0, 1.0)), alpha);
}
