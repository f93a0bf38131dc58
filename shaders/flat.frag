#version 330 core
// One constant colour: no lighting, no texture, no blending.

uniform vec4 uColor;

out vec4 fragColor;

void main()
{
    fragColor = uColor;
}
