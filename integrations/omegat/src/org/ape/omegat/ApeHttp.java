package org.ape.omegat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two calls the plugin makes to the APE server, with a deadline on each. OmegaT 3.6's
 * class path has no JSON library, so requests are written and the one string field needed
 * is read with a small JSON string scanner.
 */
public class ApeHttp {
    private final String base;
    private final String key;
    private final int timeoutMs;
    private final String model;

    public ApeHttp(String base, String key, int timeoutMs) {
        this(base, key, timeoutMs, "");
    }

    /** model: a served model's name (GET /v1/models), or empty for the one of the project's pair. */
    public ApeHttp(String base, String key, int timeoutMs, String model) {
        this.base = base.replaceAll("/+$", "");
        this.key = key;
        this.timeoutMs = timeoutMs;
        this.model = model == null ? "" : model.trim();
    }

    /**
     * POST /v1/postedit: the post-edit of draft, OmegaT tags carried over, by the server's model
     * for srcLang -> tgtLang ("languages"; the named model if one is set, which the server then
     * checks against the pair, so a model of another pair is an error, never a wrong-language
     * post-edit).
     */
    public String postEdit(String src, String mt, String srcLang, String tgtLang) throws IOException {
        String body = "{" + (model.isEmpty() ? "" : "\"model\":" + quote(model) + ",")
            + "\"languages\":{\"src\":" + quote(srcLang) + ",\"tgt\":" + quote(tgtLang) + "},"
            + "\"segments\":[{\"src\":" + quote(src) + ",\"mt\":" + quote(mt) + "}],\"tags\":\"omegat\"}";
        String answer = call("POST", base + "/v1/postedit", body);
        return field(answer, "pe", base + "/v1/postedit");
    }

    /** GET /apy/translate: the server's upstream MT, then APE. */
    public String translate(String langpair, String text) throws IOException {
        String url = base + "/apy/translate?langpair=" + URLEncoder.encode(langpair, "UTF-8") + "&markUnknown=no&q=" + URLEncoder.encode(text, "UTF-8");
        return field(call("GET", url, null), "translatedText", base + "/apy/translate");
    }

    private String call(String method, String url, String body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        c.setConnectTimeout(timeoutMs);
        c.setReadTimeout(timeoutMs);
        c.setRequestMethod(method);
        c.setRequestProperty("Accept", "application/json");
        if (!key.isEmpty()) {
            c.setRequestProperty("Authorization", "Bearer " + key);
        }
        try {
            if (body != null) {
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", "application/json; charset=UTF-8");
                OutputStream out = c.getOutputStream();
                out.write(body.getBytes(StandardCharsets.UTF_8));
                out.close();
            }
            int status = c.getResponseCode();
            InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            String answer = in == null ? "" : readAll(in);
            if (status >= 400) {
                String detail = find(answer, "detail");
                if (detail == null) {
                    detail = find(answer, "explanation");
                }
                throw new IOException("APE server " + url.replaceAll("\\?.*", "") + ": HTTP " + status + (detail == null ? "" : ": " + detail));
            }
            return answer;
        } catch (SocketTimeoutException e) {
            throw new IOException("APE server " + base + ": no answer within " + timeoutMs + " ms", e);
        } finally {
            c.disconnect();
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] b = new byte[8192];
        for (int n; (n = in.read(b)) > 0;) {
            buf.write(b, 0, n);
        }
        in.close();
        return new String(buf.toByteArray(), StandardCharsets.UTF_8);
    }

    private static String field(String json, String name, String where) throws IOException {
        String v = find(json, name);
        if (v == null) {
            String head = json.length() > 200 ? json.substring(0, 200) + "..." : json;
            throw new IOException("APE server " + where + ": the answer has no \"" + name + "\" string: " + head);
        }
        return v;
    }

    private static final Pattern STRING_FIELD_START = Pattern.compile("\"([A-Za-z]+)\"\\s*:\\s*\"");

    /** The first string value of a key named name, JSON escapes decoded; null if none. */
    static String find(String json, String name) {
        Matcher m = STRING_FIELD_START.matcher(json);
        while (m.find()) {
            if (!m.group(1).equals(name)) {
                continue;
            }
            StringBuilder out = new StringBuilder();
            for (int i = m.end(); i < json.length(); i++) {
                char ch = json.charAt(i);
                if (ch == '"') {
                    return out.toString();
                }
                if (ch != '\\') {
                    out.append(ch);
                    continue;
                }
                if (++i >= json.length()) {
                    return null;
                }
                char e = json.charAt(i);
                switch (e) {
                    case 'n': out.append('\n'); break;
                    case 'r': out.append('\r'); break;
                    case 't': out.append('\t'); break;
                    case 'b': out.append('\b'); break;
                    case 'f': out.append('\f'); break;
                    case 'u':
                        if (i + 4 >= json.length()) {
                            return null;
                        }
                        out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                        i += 4;
                        break;
                    default: out.append(e);
                }
            }
            return null;
        }
        return null;
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
            }
        }
        return out.append('"').toString();
    }
}
