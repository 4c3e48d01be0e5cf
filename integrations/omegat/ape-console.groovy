/*
 * Pre-translates a whole OmegaT project through the APE server, headless:
 *
 *   java -Dape.url=http://127.0.0.1:8080 -jar /usr/share/omegat/OmegaT.jar PROJECT \
 *        --mode=console-translate --script=ape-console.groovy --tag-validation=abort
 *
 * OmegaT 3.6 runs it once the project is loaded (eventType LOAD), before it writes the target
 * files. For each segment, the draft is its current translation (an MT inserted from
 * tm/auto/*.tmx), sent with the source to POST /v1/postedit ("tags": "omegat", and the
 * project's pair as "languages", so a server with several models uses the one of that pair);
 * a segment with no draft goes to GET /apy/translate, where the server runs its upstream MT,
 * then APE.
 * A failed call (server down, timeout, an answer without the field) leaves the segment as it
 * was (its MT) and is reported on stderr; the run goes on.
 * Settings: -Dape.url, -Dape.key (API key), -Dape.timeoutMs (default 10000), -Dape.model (a
 * served model's name for the post-edits, checked by the server against the pair; default: the
 * server's first model of the pair).
 */
import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import org.omegat.core.data.PrepareTMXEntry

if (eventType.toString() != 'LOAD') return "ape: nothing to do at " + eventType

def base = (System.getProperty('ape.url') ?: 'http://127.0.0.1:8080').replaceAll('/+$', '')
def key = System.getProperty('ape.key') ?: ''
def timeoutMs = (System.getProperty('ape.timeoutMs') ?: '10000') as int
def model = (System.getProperty('ape.model') ?: '').trim()
def pp = project.projectProperties
def srcLang = pp.sourceLanguage.languageCode.toLowerCase()
def tgtLang = pp.targetLanguage.languageCode.toLowerCase()
def langpair = srcLang + '|' + tgtLang

def call = { String method, String url, String body ->
    def c = (HttpURLConnection) new URL(url).openConnection()
    c.connectTimeout = timeoutMs
    c.readTimeout = timeoutMs
    c.requestMethod = method
    c.setRequestProperty('Accept', 'application/json')
    if (key) c.setRequestProperty('Authorization', 'Bearer ' + key)
    try {
        if (body != null) {
            c.doOutput = true
            c.setRequestProperty('Content-Type', 'application/json; charset=UTF-8')
            c.outputStream.withStream { it.write(body.getBytes('UTF-8')) }
        }
        def status = c.responseCode
        def text = (status >= 400 ? c.errorStream : c.inputStream)?.getText('UTF-8') ?: ''
        if (status >= 400) {
            // a problem document's detail says what was wrong (e.g. no model for the pair)
            def detail = null
            try { detail = new JsonSlurper().parseText(text)?.detail } catch (Exception ignored) { }
            throw new IOException("HTTP ${status}: ${detail instanceof String ? detail : text.take(200)}")
        }
        try {
            return new JsonSlurper().parseText(text)
        } catch (Exception e) {
            throw new IOException("the answer is not JSON: ${text.take(200)}")
        }
    } finally {
        c.disconnect()
    }
}

int edited = 0, kept = 0, n = 0
project.allEntries.each { ste ->
    n++
    def cur = project.getTranslationInfo(ste)
    def draft = (cur != null && cur.isTranslated()) ? cur.translation : null
    try {
        def out
        if (draft) {
            def answer = call('POST', base + '/v1/postedit', JsonOutput.toJson((model ? [model: model] : [:]) + [languages: [src: srcLang, tgt: tgtLang], segments: [[src: ste.srcText, mt: draft]], tags: 'omegat']))
            out = answer?.segments?.getAt(0)?.pe
        } else {
            def url = base + '/apy/translate?langpair=' + URLEncoder.encode(langpair, 'UTF-8') + '&markUnknown=no&q=' + URLEncoder.encode(ste.srcText, 'UTF-8')
            out = call('GET', url, null)?.responseData?.translatedText
        }
        if (!(out instanceof String)) throw new IOException('the answer has no post-edit')
        def e = new PrepareTMXEntry()
        e.source = ste.srcText
        e.translation = out
        project.setTranslation(ste, e, true, null)
        edited++
    } catch (Exception err) {
        kept++
        System.err.println("ape: segment ${n} (${ste.key.file}): kept its MT, the APE server failed: ${err.message}")
    }
}
def summary = "ape: ${edited} segments post-edited, ${kept} kept their MT (server errors), of ${n}"
System.err.println(summary)
return summary
