#version 330 core
// A quiet vertical gradient behind the anatomy (colours given in sRGB).

in vec2 vUv;

uniform vec3 uTopColor;
uniform vec3 uBottomColor;

out vec4 fragColor;

void main()
{
    fragColor = vec4(mix(uBottomColor, uTopColor, clamp(vUv.y, 0.0, 1.0)), 1.0);
}
