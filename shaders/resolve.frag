#version 330 core
// The mean of a pixel's samples, as the driver's own resolve (glBlitFramebuffer) computes it.
// A program of ours rather than the blit: Mesa keeps our programs' compiled code in its on-disk
// shader cache, while llvmpipe compiles its blitter's shaders again in every process.

uniform sampler2DMS uSamples;
uniform int uSampleCount;

out vec4 fragColor;

void main()
{
    ivec2 pixel = ivec2(gl_FragCoord.xy);
    vec4 sum = vec4(0.0);
    for (int i = 0; i < uSampleCount; ++i)
        sum += texelFetch(uSamples, pixel, i);
    fragColor = sum / float(uSampleCount);
}
