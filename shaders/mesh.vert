#version 330 core
// Transforms a lit mesh; lighting happens in view space in mesh.frag. With uOutlineWidthPx > 0 the
// mesh is pushed out along its screen-space normal by that many pixels: the selection outline.
// With uIndentDepthM > 0 the tissue yields under the massage tool: vertices near uIndentCentre
// move along uIndentDirection by the depth times a Gaussian falloff of radius uIndentRadiusM.

layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec4 aTangent;
layout(location = 3) in float aScalar; // heat-map dose, 0 to 1

uniform mat4 uModel;
uniform mat4 uView;
uniform mat4 uProjection;
uniform mat3 uNormalMatrix; // inverse transpose of mat3(uView * uModel)
uniform float uOutlineWidthPx;
uniform vec2 uViewportPx;
uniform vec3 uIndentCentre;    // model space
uniform vec3 uIndentDirection; // unit, the direction the tool pushes
uniform float uIndentDepthM;
uniform float uIndentRadiusM;

out vec3 vViewPosition;
out vec3 vViewNormal;
out vec3 vViewTangent;
out vec3 vModelPosition;
out float vScalar;

void main()
{
    vec3 position = aPosition;
    if (uIndentDepthM > 0.0) {
        vec3 offset = position - uIndentCentre;
        float lateral2 = dot(offset, offset) - pow(dot(offset, uIndentDirection), 2.0);
        float falloff = exp(-max(lateral2, 0.0) / (uIndentRadiusM * uIndentRadiusM));
        // Only tissue near the contact depth yields; deeper structures stay put.
        float depthWindow = 1.0 - smoothstep(uIndentRadiusM, 3.0 * uIndentRadiusM, abs(dot(offset, uIndentDirection)));
        position += uIndentDirection * uIndentDepthM * falloff * depthWindow;
    }
    vec4 viewPosition = uView * uModel * vec4(position, 1.0);
    vViewPosition = viewPosition.xyz;
    vViewNormal = uNormalMatrix * aNormal;
    vViewTangent = mat3(uView * uModel) * aTangent.xyz;
    vModelPosition = position;
    vScalar = aScalar;
    gl_Position = uProjection * viewPosition;
    if (uOutlineWidthPx > 0.0) {
        vec2 screenNormal = (uProjection * vec4(vViewNormal, 0.0)).xy;
        float length2 = dot(screenNormal, screenNormal);
        if (length2 > 1e-12)
            gl_Position.xy += screenNormal * inversesqrt(length2) * uOutlineWidthPx * 2.0 / uViewportPx *
                              gl_Position.w;
    }
}
