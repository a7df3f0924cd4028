// Keeps the pitch of speech at 0.5×–2× on Qt 6.4's GStreamer backend.
//
// Qt 6.4 plays audio through `queue ! audioconvert ! audioresample ! volume !
// sink` and changes speed with a rate seek, so at 2× a voice sounds an octave
// higher. Qt offers no hook into that chain (Qt ≥ 6.5 adds scaletempo itself).
// GStreamer does: a tracer hook sees every pad link in the process, and when
// Qt links its `audioresample` to its `volume` (while the bin is still being
// built, in the NULL state), `scaletempo` is put between them. scaletempo turns
// a rate segment into time-stretched audio at the original pitch.
#pragma once

namespace lectern::ui {

// Installs the hook once per process; call before the first QAudioOutput is
// made. Returns false (and changes nothing) when GStreamer has no scaletempo
// (gstreamer1.0-plugins-good): speed then still works, with the pitch shifted.
bool installPitchKeeping();

// How many audio chains have had scaletempo put in (for tests and logs).
[[nodiscard]] int pitchKeepingChains();

} // namespace lectern::ui
