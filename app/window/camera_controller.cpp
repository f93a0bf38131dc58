// Input mapping for the orbit camera.
#include "window/camera_controller.hpp"

#include "render/view_preset.hpp"

namespace lumbar::app {

ViewCommand CameraController::handle(const SDL_Event& event, Camera& camera, float viewportHeightPx,
    bool uiWantsMouse, bool uiWantsKeyboard, ViewPreset& preset)
{
    switch (event.type) {
    case SDL_MOUSEBUTTONDOWN:
        if (uiWantsMouse)
            break;
        if (event.button.button == SDL_BUTTON_LEFT)
            m_drag = (SDL_GetModState() & KMOD_SHIFT) ? Drag::Pan : Drag::Orbit;
        else if (event.button.button == SDL_BUTTON_RIGHT || event.button.button == SDL_BUTTON_MIDDLE)
            m_drag = Drag::Pan;
        break;
    case SDL_MOUSEBUTTONUP:
        m_drag = Drag::None;
        break;
    case SDL_MOUSEMOTION:
        if (m_drag == Drag::Orbit)
            camera.orbit(-float(event.motion.xrel) * kOrbitRadiansPerPixel,
                float(event.motion.yrel) * kOrbitRadiansPerPixel);
        else if (m_drag == Drag::Pan)
            camera.pan(float(event.motion.xrel), float(event.motion.yrel), viewportHeightPx);
        break;
    case SDL_MOUSEWHEEL:
        if (!uiWantsMouse)
            camera.zoom(event.wheel.preciseY);
        break;
    case SDL_KEYDOWN: {
        if (uiWantsKeyboard || event.key.repeat)
            break;
        const SDL_Keycode key = event.key.keysym.sym;
        if (key == SDLK_f)
            return ViewCommand::Frame;
        if (key == SDLK_r)
            return ViewCommand::Reset;
        const auto presets = allViewPresets();
        if (key >= SDLK_1 && key < SDLK_1 + SDL_Keycode(presets.size())) {
            preset = presets[std::size_t(key - SDLK_1)];
            return ViewCommand::Preset;
        }
        break;
    }
    default:
        break;
    }
    return ViewCommand::None;
}

} // namespace lumbar::app
