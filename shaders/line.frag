#version 330 core
// Line colour is already sRGB.

in vec4 vColor;

out vec4 fragColor;

void main()
{
    fragColor = vColor;
}
