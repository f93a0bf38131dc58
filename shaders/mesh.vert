#version 330 core
// Transforms a lit mesh; lighting happens in view space in mesh.frag.
// Features are compile-time switches (the renderer prepends #defines), because software
// rasterisers run both sides of a uniform branch:
//   OUTLINE: push the mesh out along its screen-space normal by uOutlineWidthPx (selection ring).
//   INDENT:  the tissue yields under the massage tool: vertices near uIndentCentre move along
//            uIndentDirection by the depth times a Gaussian falloff of radius uIndentRadiusM,
//            stretched along uIndentAlong by sqrt(uIndentElongation) and narrowed across it by as
//            much (the shape of the tool's contact: a forearm's long strip, a knuckle row). Round
//            the contact the tissue also darkens, a soft contact shadow (the hand keeps the light
//            off the skin round it), wider than the dent and fading with depth as the dent does.
//   STRIATION / HEAT: pass the fibre tangent / the heat-map scalar on to mesh.frag.
//   FIBRE_COORDINATE (with STRIATION): pass the baked across-fibre coordinate instead of the
//            tangent (one varying instead of three; meshes from lumbarlab-anatomygen).
//   CUT:     pass the model-space position on, for mesh.frag to cut away what lies within the
//            uCut cylinders (the pose's own upper arm where the therapist's figure draws one).
//   REFERRAL: pass the model-space position on, for mesh.frag to shade the referral zones.
//   FADE:    pass the model-space position on, for mesh.frag to draw only what lies within the
//            uFade cylinder, fading out along it (the pose's upper arm towards its shoulder);
//            clip away what lies beyond its two ends.
//   LOBULES: pass the mesh's own position on (before the tool's dent, so the pattern stays with
//            the tissue), for mesh.frag to draw fat's lobules.
//   VERTEX_COLOR: pass the vertex colour on (meshes that have them); without it mesh.frag takes
//            white, which is what GpuMesh stores for a mesh without colours, and the varying's
//            set-up per triangle is saved (a large share of llvmpipe's work on a big model).
//   SECTION: clip away what lies behind the section view's plane uSectionPlane (world space,
//            kept where dot(xyz, p) + w >= 0); CAP (mesh.frag) shades the opening's inside.

layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec4 aTangent;
layout(location = 3) in float aScalar; // heat-map dose, 0 to 1
layout(location = 4) in float aFibreCoordM; // across the fibres, metres
layout(location = 5) in vec3 aColor; // the vertex colour (baked ambient occlusion), white without

uniform mat4 uModel;
#ifdef SECTION
uniform vec4 uSectionPlane;
#endif
#if defined(CUT) || defined(REFERRAL) || defined(FADE)
out vec3 vModelPosition;
#endif
#ifdef LOBULES
out vec3 vTissuePosition;
#endif
#ifdef FADE
uniform vec4 uFadeFrom; // the fade's cylinder (mesh.frag): .xyz one end, .w the radius
uniform vec3 uFadeTo;
#endif
uniform mat4 uView;
uniform mat4 uProjection;
uniform mat3 uNormalMatrix; // inverse transpose of mat3(uView * uModel)

out vec3 vViewPosition;
out vec3 vViewNormal;
#if defined(VERTEX_COLOR) || defined(INDENT)
#define PASS_COLOR // the contact shadow darkens the vertex colour
out vec3 vColor;
#endif
#if defined(STRIATION) && defined(FIBRE_COORDINATE)
out float vFibreCoordM;
#elif defined(STRIATION)
out vec3 vViewTangent;
#endif
#ifdef HEAT
out float vScalar;
#endif

#ifdef OUTLINE
uniform float uOutlineWidthPx;
uniform vec2 uViewportPx;
#endif

#ifdef INDENT
uniform vec3 uIndentCentre;    // model space
uniform vec3 uIndentDirection; // unit, the direction the tool pushes
uniform float uIndentDepthM;
uniform float uIndentRadiusM;
uniform vec3 uIndentAlong; // unit, across uIndentDirection: the contact's long axis
uniform float uIndentElongation; // >= 1

// The contact shadow: how much darker the tissue is at the contact's centre, and how much wider
// than the dent it spreads.
const float kContactShade = 0.4;
const float kShadowSpread = 1.8;

float contactShadow = 0.0; // set by indented(): 0 away from the contact, 1 at its centre

vec3 indented(vec3 position)
{
    vec3 offset = position - uIndentCentre;
    float along = dot(offset, uIndentDirection);
    float lengthwise = dot(offset, uIndentAlong);
    float lateral2 = max(dot(offset, offset) - along * along, 0.0);
    float crosswise2 = max(lateral2 - lengthwise * lengthwise, 0.0);
    float r2 = uIndentRadiusM * uIndentRadiusM;
    float spread = (lengthwise * lengthwise / uIndentElongation + crosswise2 * uIndentElongation) / r2;
    float falloff = exp(-spread);
    // Only tissue near the contact depth yields; deeper structures stay put.
    float depthWindow = 1.0 - smoothstep(uIndentRadiusM, 3.0 * uIndentRadiusM, abs(along));
    contactShadow = exp(-spread / (kShadowSpread * kShadowSpread)) * depthWindow;
    return position + uIndentDirection * uIndentDepthM * falloff * depthWindow;
}
#endif

void main()
{
    vec3 position = aPosition;
#ifdef LOBULES
    vTissuePosition = aPosition;
#endif
#ifdef INDENT
    position = indented(position);
#endif
    vec4 modelPosition = uModel * vec4(position, 1.0);
#if defined(CUT) || defined(REFERRAL) || defined(FADE)
    vModelPosition = modelPosition.xyz;
#endif
#ifdef SECTION
    gl_ClipDistance[0] = dot(uSectionPlane.xyz, modelPosition.xyz) + uSectionPlane.w;
#endif
#ifdef FADE
    // Only what lies between the fade's ends is drawn: triangles wholly outside are clipped
    // before they are rasterised (most of the hand, which the solid copy draws). The planes lie
    // 2% of the way beyond the ends, so that mesh.frag's own test per pixel, the solid copy's
    // cut's complement, decides the edge.
    vec3 fadeAxis = uFadeTo - uFadeFrom.xyz;
    float margin = 0.02 * dot(fadeAxis, fadeAxis);
    gl_ClipDistance[1] = dot(modelPosition.xyz - uFadeFrom.xyz, fadeAxis) + margin;
    gl_ClipDistance[2] = dot(uFadeTo - modelPosition.xyz, fadeAxis) + margin;
#endif
    vec4 viewPosition = uView * modelPosition;
    vViewPosition = viewPosition.xyz;
    vViewNormal = uNormalMatrix * aNormal;
#ifdef PASS_COLOR
    vColor = aColor;
#endif
#ifdef INDENT
    vColor *= 1.0 - kContactShade * contactShadow;
#endif
#if defined(STRIATION) && defined(FIBRE_COORDINATE)
    vFibreCoordM = aFibreCoordM;
#elif defined(STRIATION)
    vViewTangent = mat3(uView * uModel) * aTangent.xyz;
#endif
#ifdef HEAT
    vScalar = aScalar;
#endif
    gl_Position = uProjection * viewPosition;
#ifdef OUTLINE
    vec2 screenNormal = (uProjection * vec4(vViewNormal, 0.0)).xy;
    float length2 = dot(screenNormal, screenNormal);
    if (length2 > 1e-12)
        gl_Position.xy += screenNormal * inversesqrt(length2) * uOutlineWidthPx * 2.0 / uViewportPx * gl_Position.w;
#endif
}
