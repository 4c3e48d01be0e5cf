package org.ape.omegat;

import java.util.Locale;

import org.omegat.core.Core;
import org.omegat.core.data.SourceTextEntry;
import org.omegat.core.data.TMXEntry;
import org.omegat.core.matching.NearString;
import org.omegat.gui.exttrans.IMachineTranslation;
import org.omegat.util.Language;
import org.omegat.util.Preferences;

/**
 * "APE (local server)" in OmegaT's machine translation pane (OmegaT 3.6 plugin API:
 * a static loadPlugins() named by the jar manifest's OmegaT-Plugins attribute registers the
 * class; the pane creates it with the no-argument constructor and calls getTranslation off
 * the Swing thread).
 *
 * For the segment it sends the source and the best draft OmegaT has: the segment's current
 * translation (e.g. an MT inserted from tm/auto), else the active fuzzy match, to
 * POST /v1/postedit with "tags": "omegat" and the project's language pair ("languages", so a
 * server with several models post-edits with the one of that pair); with no draft it asks
 * GET /apy/translate, where the server runs its upstream MT, then the model of the pair.
 * Implementing IMachineTranslation directly (not BaseTranslate) keeps it free of the main
 * menu, so it also works in console mode.
 *
 * Settings (a -D system property wins over the omegat.prefs key):
 *   ape.url / ape_url             server root (default http://127.0.0.1:8080)
 *   ape.key / ape_key             API key (sent as Authorization: Bearer), empty: none
 *   ape.timeoutMs / ape_timeout_ms  connect and read timeout (default 10000)
 *   ape.model / ape_model         a served model's name (GET /v1/models) for post-edits;
 *                                 empty (default): the server's first model of the pair
 *   ape.enabled / allow_ape_translate  "false" hides it from the pane
 * Errors (server down, timeout, a non-JSON answer) are thrown with a message the pane shows;
 * the timeout bounds every call, so OmegaT never waits on it longer than that.
 */
public class ApeTranslate implements IMachineTranslation {

    public static void loadPlugins() {
        Core.registerMachineTranslationClass(ApeTranslate.class);
    }

    public static void unloadPlugins() {
    }

    public String getName() {
        return "APE (local server)";
    }

    public boolean isEnabled() {
        return !"false".equals(setting("ape.enabled", "allow_ape_translate", "true"));
    }

    public String getCachedTranslation(Language sLang, Language tLang, String text) {
        return null;
    }

    public String getTranslation(Language sLang, Language tLang, String text) throws Exception {
        String draft = draftFor(text);
        if (draft != null && !draft.isEmpty()) {
            return postEdit(sLang, tLang, text, draft);
        }
        return client().translate(code(sLang) + "|" + code(tLang), text);
    }

    /** The post-edit of draft, a translation of text from sLang into tLang, with the current settings. */
    public static String postEdit(Language sLang, Language tLang, String text, String draft) throws Exception {
        return client().postEdit(text, draft, code(sLang), code(tLang));
    }

    /** A client with the current settings (read on every call, so a pref change applies at once). */
    public static ApeHttp client() {
        int timeoutMs;
        try {
            timeoutMs = Integer.parseInt(setting("ape.timeoutMs", "ape_timeout_ms", "10000"));
        } catch (NumberFormatException e) {
            timeoutMs = 10000;
        }
        return new ApeHttp(setting("ape.url", "ape_url", "http://127.0.0.1:8080"), setting("ape.key", "ape_key", ""), timeoutMs,
            setting("ape.model", "ape_model", ""));
    }

    static String setting(String property, String pref, String fallback) {
        String v = System.getProperty(property);
        if (v != null) {
            return v;
        }
        try {
            return Preferences.getPreferenceDefault(pref, fallback);
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    static String code(Language lang) {
        return lang.getLanguageCode().toLowerCase(Locale.ROOT);
    }

    /** The current translation of the active segment if it is this text's, else the active fuzzy match. */
    static String draftFor(String text) {
        try {
            if (Core.getEditor() == null || Core.getProject() == null) {
                return null;
            }
            SourceTextEntry ste = Core.getEditor().getCurrentEntry();
            if (ste == null || !text.equals(ste.getSrcText())) {
                return null;
            }
            TMXEntry te = Core.getProject().getTranslationInfo(ste);
            if (te != null && te.isTranslated()) {
                return te.translation;
            }
            NearString match = Core.getMatcher() == null ? null : Core.getMatcher().getActiveMatch();
            return match == null ? null : match.translation;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
