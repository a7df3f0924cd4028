#include "player/pitch_keeper.h"

#include <atomic>
#include <cstring>
#include <mutex>

#include <gst/gst.h>

// GLib's and GStreamer's type macros (G_DEFINE_TYPE, GST_BIN, G_CALLBACK…) are C
// casts; this file is the only one that uses them.
#pragma GCC diagnostic ignored "-Wold-style-cast"

namespace lectern::ui {
namespace {

std::atomic<int> g_chains{0};

bool madeBy(GstElement* element, const char* factoryName)
{
    GstElementFactory* factory = element ? gst_element_get_factory(element) : nullptr;
    return factory && std::strcmp(gst_plugin_feature_get_name(GST_PLUGIN_FEATURE(factory)), factoryName) == 0;
}

// GstTracerHookPadLinkPost. Runs on the thread that linked (Qt's, building the
// audio output bin); the pads' locks are released by then. The hook fires for
// its own links too: `inside` keeps it from acting on them (and from looping
// if relinking Qt's original chain ever fails).
void onPadLinked(GObject* /*tracer*/, GstClockTime /*ts*/, GstPad* source, GstPad* sink, GstPadLinkReturn result)
{
    thread_local bool inside = false;
    if (result != GST_PAD_LINK_OK || inside)
        return;
    GstElement* resample = gst_pad_get_parent_element(source);
    GstElement* volume = gst_pad_get_parent_element(sink);
    GstObject* bin = volume ? gst_object_get_parent(GST_OBJECT(volume)) : nullptr;
    // Qt 6.4's QGstreamerAudioOutput: a bin "audioOutput" with
    // queue ! audioconvert ! audioresample ! volume ! sink, still in NULL.
    const bool ours = madeBy(resample, "audioresample") && madeBy(volume, "volume") && bin && GST_IS_BIN(bin)
        && std::strcmp(GST_OBJECT_NAME(bin), "audioOutput") == 0 && GST_STATE(volume) == GST_STATE_NULL;
    if (ours) {
        inside = true;
        GstElement* scaletempo = gst_element_factory_make("scaletempo", nullptr);
        if (scaletempo) {
            gst_object_ref_sink(scaletempo); // ours, whatever gst_bin_add does with it
            if (gst_bin_add(GST_BIN(bin), scaletempo)) {
                gst_pad_unlink(source, sink);
                if (gst_element_link_many(resample, scaletempo, volume, nullptr)) {
                    g_chains.fetch_add(1);
                } else { // leave the chain as Qt built it
                    gst_element_unlink(resample, scaletempo);
                    gst_bin_remove(GST_BIN(bin), scaletempo);
                    (void)gst_pad_link(source, sink);
                }
            }
            gst_object_unref(scaletempo);
        }
        inside = false;
    }
    if (bin)
        gst_object_unref(bin);
    if (volume)
        gst_object_unref(volume);
    if (resample)
        gst_object_unref(resample);
}

// A tracer of our own type: gst_tracing_register_hook needs a GstTracer.
struct PitchTracer {
    GstTracer parent;
};
struct PitchTracerClass {
    GstTracerClass parent;
};
G_DEFINE_TYPE(PitchTracer, pitch_tracer, GST_TYPE_TRACER)

void pitch_tracer_class_init(PitchTracerClass* /*klass*/) {}

void pitch_tracer_init(PitchTracer* self)
{
    gst_tracing_register_hook(GST_TRACER(self), "pad-link-post", G_CALLBACK(onPadLinked));
}

} // namespace

bool installPitchKeeping()
{
    static std::once_flag once;
    static bool installed = false;
    std::call_once(once, [] {
        if (!gst_is_initialized())
            gst_init(nullptr, nullptr);
        GstElementFactory* scaletempo = gst_element_factory_find("scaletempo");
        if (!scaletempo)
            return;
        gst_object_unref(scaletempo);
        // Lives as long as the process: hooks cannot be unregistered.
        g_object_ref_sink(g_object_new(pitch_tracer_get_type(), nullptr));
        installed = true;
    });
    return installed;
}

int pitchKeepingChains()
{
    return g_chains.load();
}

} // namespace lectern::ui
