#version 330 core
// Transforms a lit mesh; lighting happens in view space in mesh.frag. With uOutlineWidthPx > 0 the
// mesh is pushed out along its screen-space normal by that many pixels: the selection outline.

layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec4 aTangent;

uniform mat4 uModel;
uniform mat4 uView;
uniform mat4 uProjection;
uniform mat3 uNormalMatrix; // inverse transpose of mat3(uView * uModel)
uniform float uOutlineWidthPx;
uniform vec2 uViewportPx;

out vec3 vViewPosition;
out vec3 vViewNormal;
out vec3 vViewTangent;
out vec3 vModelPosition;

void main()
{
    vec4 viewPosition = uView * uModel * vec4(aPosition, 1.0);
    vViewPosition = viewPosition.xyz;
    vViewNormal = uNormalMatrix * aNormal;
    vViewTangent = mat3(uView * uModel) * aTangent.xyz;
    vModelPosition = aPosition;
    gl_Position = uProjection * viewPosition;
    if (uOutlineWidthPx > 0.0) {
        vec2 screenNormal = (uProjection * vec4(vViewNormal, 0.0)).xy;
        float length2 = dot(screenNormal, screenNormal);
        if (length2 > 1e-12)
            gl_Position.xy += screenNormal * inversesqrt(length2) * uOutlineWidthPx * 2.0 / uViewportPx *
                              gl_Position.w;
    }
}
