#version 330 core
// Transforms a lit mesh; lighting happens in view space in mesh.frag.

layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec4 aTangent;

uniform mat4 uModel;
uniform mat4 uView;
uniform mat4 uProjection;
uniform mat3 uNormalMatrix; // inverse transpose of mat3(uView * uModel)

out vec3 vViewPosition;
out vec3 vViewNormal;
out vec3 vViewTangent;

void main()
{
    vec4 viewPosition = uView * uModel * vec4(aPosition, 1.0);
    vViewPosition = viewPosition.xyz;
    vViewNormal = uNormalMatrix * aNormal;
    vViewTangent = mat3(uView * uModel) * aTangent.xyz;
    gl_Position = uProjection * viewPosition;
}
