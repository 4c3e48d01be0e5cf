// The post-editing page (docs/web.md): plain ES module, no build step, no network besides
// this server's own API (/v1/postedit, /v1/diff, /v1/explain, /openapi.json, /v1/models).
// The model select lists GET /v1/models (default selected); the chosen model goes with each
// postedit and explain request, and the beam range and model-info line follow it.

/* global document, fetch, navigator, sessionStorage, URL, Blob, setTimeout, DOMParser -- browser globals; eslint.config.js has node globals only */

const $ = (id) => document.getElementById(id);
// `models`: GET /v1/models; `model`/`beam`: what made the rows shown (explain uses the same).
const state = { rows: [], explanation: null, models: [], model: undefined, beam: undefined };

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'scope' || k === 'title')
      node.setAttribute(k, v);
    else node[k] = v;
  }
  for (const c of children) node.append(c);
  return node;
}

function status(text, isError = false) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', isError);
}

// API keys (docs/web.md): asked for only when the server needs one, kept in sessionStorage
// (this tab only, gone when it closes) and sent on every /v1 call as a Bearer token.
const KEY_STORE = 'ape.apiKey';

function apiKey() {
  return sessionStorage.getItem(KEY_STORE) ?? '';
}

function authHeaders() {
  const key = apiKey();
  return key === '' ? {} : { Authorization: `Bearer ${key}` };
}

function keyStatus(text, isError = false) {
  const s = $('key-status');
  s.textContent = text;
  s.classList.toggle('error', isError);
}

// A 401: show the key field and say whether a key is missing or was refused.
function needKey() {
  const message = apiKey() === '' ? 'This server needs an API key.' : 'The API key was refused.';
  $('key-form').hidden = false;
  keyStatus(message, true);
  return message;
}

async function api(path, body) {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...authHeaders() },
    body: JSON.stringify(body),
  });
  if (res.status === 401) throw new Error(needKey());
  const json = await res.json();
  // RFC 9457 problem details: `detail` says what and `field` where
  if (!res.ok) throw new Error(json.detail ?? `${res.status} ${res.statusText}`);
  return json;
}

/** Fills the beam select with minimum..maximum, `default` selected. */
function fillBeam(range) {
  const options = [];
  for (let b = range.minimum ?? 1; b <= (range.maximum ?? 4); b++)
    options.push(
      el('option', { value: String(b), textContent: String(b), selected: b === range.default }),
    );
  $('beam').replaceChildren(...options);
}

async function loadDoc() {
  const doc = await fetch('/openapi.json').then((r) => r.json());
  // a server with keys lists them as the security of its /v1 operations
  if ((doc.paths?.['/v1/postedit']?.post?.security ?? []).length > 0) $('key-form').hidden = false;
  // until the models are known (they may need a key): the limits the document states
  if (state.models.length === 0)
    fillBeam(
      doc.components?.schemas?.PosteditRequest?.properties?.options?.properties?.beam ?? {
        minimum: 1,
        maximum: 4,
        default: 4,
      },
    );
}

function selectedModel() {
  return state.models.find((m) => m.name === $('model').value);
}

// The model-info line and the beam range follow the model select.
function modelChanged() {
  const m = selectedModel();
  $('model-info').textContent = m
    ? `Model “${m.name}”${m.default ? ' (default)' : ''}, ${m.languages.src} → ${m.languages.tgt}, ${m.architecture.layers} layers × ${m.architecture.heads} heads, context attention: ${m.architecture.normalizers.context}`
    : 'No model';
  if (m?.beam) fillBeam(m.beam);
}

/** Returns false when the server refused (no key or a wrong one). */
async function loadModel() {
  const res = await fetch('/v1/models', { headers: authHeaders() });
  if (res.status === 401) {
    needKey();
    $('model-info').textContent = 'Enter the API key to use this server.';
    return false;
  }
  const body = await res.json();
  state.models = body.models ?? [];
  const chosen = $('model').value;
  $('model').replaceChildren(
    ...state.models.map((m) =>
      el('option', {
        value: m.name,
        textContent: `${m.name} (${m.languages.src} → ${m.languages.tgt})${m.default ? ', default' : ''}`,
        // keep the user's choice when the list is reloaded (a key entered), else the default
        selected: chosen === '' ? m.default === true : m.name === chosen,
      }),
    ),
  );
  modelChanged();
  return true;
}

async function useKey(event) {
  event.preventDefault();
  const key = $('api-key').value.trim();
  if (key === '') sessionStorage.removeItem(KEY_STORE);
  else sessionStorage.setItem(KEY_STORE, key);
  try {
    if (await loadModel()) {
      keyStatus(key === '' ? 'No key sent.' : 'Key accepted.');
      status('');
    }
  } catch (err) {
    keyStatus(`Cannot reach the server: ${err.message}`, true);
  }
}

function lines(text) {
  const out = text.split(/\r?\n/);
  while (out.length > 0 && out.at(-1).trim() === '') out.pop();
  return out;
}

function fill(rows, what) {
  $('src').value = rows.map((r) => r[0] ?? '').join('\n');
  $('mt').value = rows.map((r) => r[1] ?? '').join('\n');
  status(`Read ${rows.length} segment${rows.length === 1 ? '' : 's'} from the ${what}.`);
}

// XLIFF 1.2 <trans-unit> and 2.x <segment>: <source> is the source, <target> the MT to
// post-edit; inline tags are dropped (their text kept), newlines inside a unit become spaces.
function readXliff(text) {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.querySelector('parsererror')) throw new Error('the file is not well-formed XML');
  const units = [...doc.getElementsByTagName('trans-unit'), ...doc.getElementsByTagName('segment')];
  const flat = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return units.map((u) => [
    flat(u.getElementsByTagName('source')[0]),
    flat(u.getElementsByTagName('target')[0]),
  ]);
}

function readFile(name, text) {
  try {
    if (/\.(xlf|xliff)$/i.test(name) || text.trimStart().startsWith('<'))
      fill(readXliff(text), 'XLIFF file');
    else
      fill(
        lines(text).map((l) => l.split('\t')),
        'TSV file',
      );
  } catch (err) {
    status(`${name}: ${err.message}`, true);
  }
}

function diffCell(ops) {
  const cell = el('span', { class: 'diff' });
  for (const o of ops) {
    const parts = [];
    if (o.op === 'equal') parts.push(el('span', { textContent: o.pe }));
    if (o.op === 'substitute' || o.op === 'delete') parts.push(el('del', { textContent: o.mt }));
    if (o.op === 'substitute' || o.op === 'insert') parts.push(el('ins', { textContent: o.pe }));
    const word = o.shifted
      ? el('span', { class: 'shift', title: 'moved by a TER shift' }, ...parts)
      : el('span', {}, ...parts);
    cell.append(word, ' ');
  }
  return cell;
}

function renderResults() {
  const body = $('results-table').tBodies[0];
  body.replaceChildren();
  state.rows.forEach((r, i) => {
    const ter = r.diff.ter === null ? '–' : `${(100 * r.diff.ter).toFixed(1)}`;
    const button = el('button', {
      type: 'button',
      class: 'secondary',
      textContent: 'Explain',
      'aria-label': `Explain segment ${i + 1}`,
    });
    button.addEventListener('click', () => explain(i));
    body.append(
      el(
        'tr',
        {},
        el('td', { 'data-label': '#', textContent: String(i + 1) }),
        el('td', { 'data-label': 'Source', textContent: r.src }),
        el('td', { 'data-label': 'Changes', class: 'changes' }, diffCell(r.diff.ops)),
        el('td', { 'data-label': 'Post-edit', class: 'pe', textContent: r.pe }),
        el(
          'td',
          {
            'data-label': 'TER (%)',
            class: 'ter',
            title: `${r.diff.edits} edits (${r.diff.shifts} shifts) / ${r.diff.refLength} words`,
          },
          ter,
        ),
        el('td', {}, button),
      ),
    );
  });
  $('results').hidden = false;
}

async function postEdit(event) {
  event.preventDefault();
  const src = lines($('src').value);
  const mt = lines($('mt').value);
  if (src.length !== mt.length)
    return status(
      `The source has ${src.length} lines and the MT ${mt.length}: they must pair up line by line.`,
      true,
    );
  if (src.length === 0) return status('Type or paste at least one segment.', true);
  const blank = src.findIndex((s, i) => s.trim() === '' || (mt[i] ?? '').trim() === '');
  if (blank >= 0)
    return status(
      `Line ${blank + 1} has an empty source or MT: give both, or remove the line.`,
      true,
    );
  const beam = Number($('beam').value);
  // absent (models not listed yet): the server's default model
  const model = selectedModel()?.name;
  $('run').disabled = true;
  status('Post-editing…');
  try {
    const out = await api('/v1/postedit', {
      ...(model === undefined ? {} : { model }),
      segments: src.map((s, i) => ({ src: s, mt: mt[i] })),
      options: { beam },
    });
    const pes = out.segments.map((s) => s.pe);
    const diff = await api('/v1/diff', { pairs: pes.map((pe, i) => ({ mt: mt[i], pe })) });
    state.rows = pes.map((pe, i) => ({
      src: src[i],
      mt: mt[i],
      pe,
      changed: out.segments[i].changed,
      diff: diff.pairs[i],
    }));
    state.beam = beam;
    state.model = out.model;
    $('results-title').textContent = `Post-edits (model “${out.model}”, beam ${beam})`;
    renderResults();
    const changed = state.rows.filter((r) => r.changed).length;
    status(
      `Done: ${state.rows.length} segment${state.rows.length === 1 ? '' : 's'}, ${changed} changed.`,
    );
  } catch (err) {
    status(`Error: ${err.message}`, true);
  } finally {
    $('run').disabled = false;
  }
}

function tsv() {
  const esc = (s) => s.replace(/[\t\r\n]+/g, ' ');
  return (
    [
      'src\tmt\tpe\tter',
      ...state.rows.map((r) =>
        [r.src, r.mt, r.pe, r.diff.ter === null ? '' : r.diff.ter.toFixed(4)].map(esc).join('\t'),
      ),
    ].join('\n') + '\n'
  );
}

async function copy() {
  const text = state.rows.map((r) => r.pe).join('\n') + '\n';
  try {
    await navigator.clipboard.writeText(text);
    status('Post-edits copied.');
  } catch {
    status('The browser refused the clipboard; use Download instead.', true);
  }
}

function download() {
  const url = URL.createObjectURL(new Blob([tsv()], { type: 'text/tab-separated-values' }));
  const a = el('a', { href: url, download: 'post-edits.tsv' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function explain(i) {
  const r = state.rows[i];
  status(`Explaining segment ${i + 1}…`);
  try {
    // the model and beam that made this row, whatever is selected now
    const e = await api('/v1/explain', {
      model: state.model,
      src: r.src,
      mt: r.mt,
      options: { beam: state.beam },
    });
    state.explanation = e;
    $('explain-title').textContent = `Why this post-edit (segment ${i + 1}, model “${e.model}”)`;
    $('explain-pe').textContent = `Post-edit: ${e.pe}`;
    const layers = e.output[0]?.attention.length ?? 0;
    const heads = e.output[0]?.attention[0]?.length ?? 0;
    $('layer').replaceChildren(
      ...Array.from({ length: layers }, (_, l) =>
        el('option', { value: String(l), textContent: String(l + 1) }),
      ),
    );
    $('head').replaceChildren(
      ...Array.from({ length: heads }, (_, h) =>
        el('option', { value: String(h), textContent: String(h + 1) }),
      ),
    );
    $('explain').hidden = false;
    renderHeatmap();
    status(`Explained segment ${i + 1}.`);
    $('explain-title').scrollIntoView?.({ block: 'start' });
    $('layer').focus();
  } catch (err) {
    status(`Error: ${err.message}`, true);
  }
}

function renderHeatmap() {
  const e = state.explanation;
  if (e === null) return;
  const l = Number($('layer').value);
  const h = Number($('head').value);
  const alpha = e.alpha?.[l]?.[h];
  $('alpha').textContent =
    `Normalizer: ${e.normalizer}; α of this head: ${alpha === undefined ? 'not exposed by the model' : alpha}`;
  const srcCount = e.input.filter((t) => t.side === 'src').length;
  const groups = el(
    'tr',
    {},
    el('th', { class: 'corner', colSpan: 2, textContent: 'output ↓' }),
    el('th', { scope: 'colgroup', class: 'group src', colSpan: srcCount, textContent: 'source' }),
    el('th', {
      scope: 'colgroup',
      class: 'group mt',
      colSpan: e.input.length - srcCount,
      textContent: 'MT',
    }),
  );
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col', class: 'corner', textContent: 'token' }),
    el('th', { scope: 'col', class: 'corner', textContent: 'p' }),
  );
  for (const t of e.input)
    head.append(
      el('th', {
        scope: 'col',
        class: `${t.side}${t.special ? ' special' : ''}`,
        title: `${t.side} token`,
        textContent: t.token,
      }),
    );
  const rows = e.output.map((o) => {
    const tr = el(
      'tr',
      {},
      el('th', { scope: 'row', textContent: o.token }),
      el('td', { class: 'prob', textContent: o.prob.toFixed(2) }),
    );
    (o.attention[l]?.[h] ?? []).forEach((w, i) => {
      const td = el('td', { title: `${o.token} → ${e.input[i]?.token}: ${w}` });
      // exact zeros (entmax) stay truly empty: no colour at all
      if (w > 0)
        td.style.background = `rgba(11, 87, 208, ${Math.max(0.04, Math.min(1, w)).toFixed(3)})`;
      tr.append(td);
    });
    return tr;
  });
  $('heatmap').replaceChildren(el('thead', {}, groups, head), el('tbody', {}, ...rows));
}

function setupDrop() {
  const form = $('input-form');
  form.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    form.classList.add('dragging');
  });
  form.addEventListener('dragleave', () => form.classList.remove('dragging'));
  form.addEventListener('drop', async (ev) => {
    ev.preventDefault();
    form.classList.remove('dragging');
    const file = ev.dataTransfer?.files?.[0];
    if (file) readFile(file.name, await file.text());
  });
  $('file').addEventListener('change', async () => {
    const file = $('file').files?.[0];
    if (file) readFile(file.name, await file.text());
  });
}

$('input-form').addEventListener('submit', postEdit);
$('copy').addEventListener('click', copy);
$('download').addEventListener('click', download);
$('layer').addEventListener('change', renderHeatmap);
$('head').addEventListener('change', renderHeatmap);
$('model').addEventListener('change', modelChanged);
setupDrop();
$('key-form').addEventListener('submit', useKey);
$('api-key').value = apiKey();
Promise.all([loadDoc(), loadModel()]).catch((err) =>
  status(`Cannot reach the server: ${err.message}`, true),
);
