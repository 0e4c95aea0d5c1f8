// The live lab page: plain JavaScript, no libraries. Every number comes from the server (Sigmoid.Logistic and the
// lab's experiments); this file only asks for it and draws it as SVG.
'use strict';

const SVGNS = 'http://www.w3.org/2000/svg';
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#7f7f7f', '#ff7f0e'];
const $ = id => document.getElementById(id);

// ---------------------------------------------------------------- language

// Every sentence on the page comes from /strings/<language>.json (English and Russian). Static text is marked
// data-i18n="key" (placeholders {name} keep the element's children marked data-slot="name"); messages written by
// this script are set through say(), which remembers the key so that switching the language rewrites them too.
const i18n = { lang: 'en', strings: {} };

// Russian plural class of n: 0 for 1, 21, …; 1 for 2–4, 22–24, …; 2 for the rest.
function pluralClass(n) {
  const a = Math.abs(n) % 100, b = a % 10;
  return b === 1 && a !== 11 ? 0 : b >= 2 && b <= 4 && (a < 12 || a > 14) ? 1 : 2;
}

// The word for n of a plural family from the strings (empty when the language has none, as English).
function plural(family, n) {
  const forms = (i18n.strings.plural || {})[family];
  return forms ? forms[pluralClass(Number(n))] : '';
}

function tr(key, params = {}) {
  const template = i18n.strings[key];
  if (typeof template !== 'string') return key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => name in params ? trValue(params[name]) : whole);
}

// A placeholder's value in the page's language: a nested message {msg, params} is said through tr(); a plain
// number gets the language's decimal separator (Russian 0,25); any other text stays as it is.
function trValue(value) {
  if (value && typeof value === 'object' && typeof value.msg === 'string') return tr(value.msg, value.params || {});
  const text = String(value);
  return i18n.lang === 'ru' && /^-?\d+\.\d+(e[-+]?\d+)?$/i.test(text) ? text.replace('.', ',') : text;
}

// The server's message in a JSON body ({"error": English, "code": key, "args": {...}}) as {msg, params} for say(),
// or null when the page has no text for that key (then the English "error" is shown as it is).
function messageOf(body) {
  if (!body || typeof body.code !== 'string' || typeof i18n.strings[body.code] !== 'string') return null;
  const params = Object.assign({}, body.args || {});
  // A parameter named as the page labels its field ("depth") is called by that label ("глубина").
  if (typeof params.name === 'string' && typeof i18n.strings[params.name] === 'string') params.name = { msg: params.name };
  return { msg: body.code, params };
}

// Sets an element's text to a message and remembers it for a later language switch.
function say(element, key, params = {}) {
  element.dataset.msg = key;
  element.dataset.params = JSON.stringify(params);
  element.textContent = tr(key, params);
}

function fillTemplate(element, template) {
  const slots = {};
  for (const child of element.querySelectorAll('[data-slot]')) slots[child.dataset.slot] = child;
  const parts = template.split(/(\{\w+\})/);
  element.textContent = '';
  for (const part of parts) {
    const slot = /^\{(\w+)\}$/.exec(part);
    if (slot && slots[slot[1]]) element.appendChild(slots[slot[1]]);
    else if (part) element.appendChild(document.createTextNode(part));
  }
}

function applyStrings() {
  document.documentElement.lang = i18n.lang;
  for (const element of document.querySelectorAll('[data-i18n]')) {
    const template = i18n.strings[element.dataset.i18n];
    if (typeof template !== 'string') continue;
    if (element.tagName === 'TITLE') element.textContent = template; else fillTemplate(element, template);
  }
  for (const element of document.querySelectorAll('[data-msg]'))
    element.textContent = tr(element.dataset.msg, JSON.parse(element.dataset.params || '{}'));
  for (const cell of document.querySelectorAll('#point-table td[data-exact]')) cell.textContent = exactText(cell.dataset.exact);
}

function initialLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  let saved = null;
  try { saved = localStorage.getItem('sigmoid-lab-language'); } catch { /* storage may be off */ }
  const wanted = asked || saved || (navigator.language || 'en').slice(0, 2);
  return wanted === 'ru' ? 'ru' : 'en';
}

async function setLanguage(lang) {
  i18n.strings = await api('/strings/' + lang + '.json');
  i18n.lang = lang;
  $('language').value = lang;
  try { localStorage.setItem('sigmoid-lab-language', lang); } catch { /* storage may be off */ }
  applyStrings();
}

// ---------------------------------------------------------------- HTTP

class ApiError extends Error {
  constructor(status, message, detail) { super(message); this.status = status; this.detail = detail; }
}

// GET or POST a JSON endpoint; a non-2xx answer becomes an ApiError carrying the server's message: the English
// "error" text, and as detail the message key and values the page says in the reader's language.
async function api(path, params, method = 'GET') {
  const url = path + (params ? '?' + new URLSearchParams(params) : '');
  const response = await fetch(url, method === 'GET' ? { method } : { method, headers: { 'Content-Type': 'application/json' } });
  if (!response.ok) throw await errorOf(response);
  return response.json();
}

async function errorOf(response) {
  let message = `HTTP ${response.status}`, detail = null;
  try { const body = await response.json(); if (body && body.error) message = body.error; detail = messageOf(body); } catch { /* not JSON */ }
  if (response.status === 429) detail = { msg: 'tooMany', params: { message: detail || message } };
  return new ApiError(response.status, detail ? trValue(detail) : message, detail);
}

// Shows an error (an ApiError with a detail is said in the page's language and follows a language switch) or hides the box.
function showError(box, error) {
  delete box.dataset.msg;
  if (error && error.detail) { say(box, error.detail.msg, error.detail.params); box.hidden = false; }
  else if (error) { box.textContent = error.message || String(error); box.hidden = false; }
  else { box.textContent = ''; box.hidden = true; }
}

// Numbers may arrive as "NaN" / "Infinity" strings (plain JSON has no such numbers).
const num = v => typeof v === 'number' ? v : Number(v);

// ---------------------------------------------------------------- charts

function svgEl(name, attrs, parent) {
  const e = document.createElementNS(SVGNS, name);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (parent) parent.appendChild(e);
  return e;
}

function niceStep(span, count) {
  const raw = span / Math.max(1, count);
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const r = raw / mag;
  return (r < 1.5 ? 1 : r < 3 ? 2 : r < 7 ? 5 : 10) * mag;
}

// An integer exponent in superscript digits, as the report writes powers of ten: −2 → ⁻².
function superscript(n) {
  return String(n).replace('-', '⁻').replace(/\d/g, d => '⁰¹²³⁴⁵⁶⁷⁸⁹'[d]);
}

// An exact value as the server writes it (the shortest text that parses back to the same bits: 0.25, -0.5,
// 1.5229979E-08, Infinity, NaN) in the page's language without losing a digit: the minus sign −, the decimal comma
// on the Russian page, powers of ten as ·10⁻⁸, ±∞.
function exactText(text) {
  const m = /^(-?)(\d+(?:\.\d+)?)(?:E([-+]?\d+))?$/i.exec(String(text));
  if (!m) return text === 'Infinity' ? '∞' : text === '-Infinity' ? '−∞' : String(text);
  const mantissa = i18n.lang === 'ru' ? m[2].replace('.', ',') : m[2];
  return (m[1] ? '−' : '') + mantissa + (m[3] === undefined ? '' : '·10' + superscript(Number(m[3])));
}

function fmtTick(v) {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e4 || a < 1e-3) return v.toExponential(0).replace('e+', 'e');
  return trValue(String(Number(v.toPrecision(4)))); // 0,5 on the Russian page
}

let clipCounter = 0;

// A 2-D chart on an SVG with viewBox 480×300: axes, ticks, grid, clipped plot area; log10 y optional.
class Chart {
  constructor(svg, { x, y, ylog = false, xlabel = '', ylabel = '', xticks = null }) {
    this.svg = svg; this.ylog = ylog;
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    this.W = 480; this.H = 300; this.m = { l: 58, r: 12, t: 10, b: 38 };
    this.x0 = x[0]; this.x1 = x[1];
    this.y0 = ylog ? Math.log10(y[0]) : y[0]; this.y1 = ylog ? Math.log10(y[1]) : y[1];
    if (!(this.x1 > this.x0)) this.x1 = this.x0 + 1;
    if (!(this.y1 > this.y0)) { this.y0 -= 0.5; this.y1 += 0.5; }
    const id = 'clip' + (++clipCounter);
    const defs = svgEl('defs', {}, svg);
    const clip = svgEl('clipPath', { id }, defs);
    svgEl('rect', { x: this.m.l, y: this.m.t, width: this.W - this.m.l - this.m.r, height: this.H - this.m.t - this.m.b }, clip);
    this.axes = svgEl('g', {}, svg);
    this.plot = svgEl('g', { 'clip-path': `url(#${id})` }, svg);
    this.overlay = svgEl('g', {}, svg);
    this.drawAxes(xlabel, ylabel, xticks);
  }
  sx(v) { return this.m.l + (v - this.x0) / (this.x1 - this.x0) * (this.W - this.m.l - this.m.r); }
  sy(v) {
    const u = this.ylog ? Math.log10(v) : v;
    return this.H - this.m.b - (u - this.y0) / (this.y1 - this.y0) * (this.H - this.m.t - this.m.b);
  }
  invX(px) { return this.x0 + (px - this.m.l) / (this.W - this.m.l - this.m.r) * (this.x1 - this.x0); }
  invY(py) {
    const u = this.y0 + (this.H - this.m.b - py) / (this.H - this.m.t - this.m.b) * (this.y1 - this.y0);
    return this.ylog ? Math.pow(10, u) : u;
  }
  drawAxes(xlabel, ylabel, xticks) {
    const g = this.axes, { l, r, t, b } = this.m, W = this.W, H = this.H;
    const xs = xticks || this.ticks(this.x0, this.x1, 8);
    for (const v of xs) {
      const px = this.sx(v);
      svgEl('line', { x1: px, x2: px, y1: t, y2: H - b, class: 'grid' }, g);
      svgEl('text', { x: px, y: H - b + 14, 'text-anchor': 'middle' }, g).textContent = fmtTick(v);
    }
    const ys = this.ylog ? this.logTicks() : this.ticks(this.y0, this.y1, 6);
    for (const u of ys) {
      const py = this.H - this.m.b - (u - this.y0) / (this.y1 - this.y0) * (H - t - b);
      svgEl('line', { x1: l, x2: W - r, y1: py, y2: py, class: 'grid' }, g);
      svgEl('text', { x: l - 4, y: py + 4, 'text-anchor': 'end' }, g).textContent = this.ylog ? '10' + superscript(u) : fmtTick(u);
    }
    svgEl('rect', { x: l, y: t, width: W - l - r, height: H - t - b, fill: 'none', class: 'axis' }, g);
    svgEl('text', { x: (l + W - r) / 2, y: H - 6, 'text-anchor': 'middle' }, g).textContent = xlabel;
    svgEl('text', { x: 12, y: (t + H - b) / 2, 'text-anchor': 'middle', transform: `rotate(-90 12 ${(t + H - b) / 2})` }, g).textContent = ylabel;
  }
  ticks(a, b, count) {
    const step = niceStep(b - a, count), out = [];
    for (let v = Math.ceil(a / step) * step; v <= b + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
    return out;
  }
  logTicks() {
    const lo = Math.ceil(this.y0), hi = Math.floor(this.y1), every = Math.max(1, Math.ceil((hi - lo + 1) / 7)), out = [];
    for (let u = lo; u <= hi; u += every) out.push(u);
    return out;
  }
  // A polyline through (xs[i], ys[i]); non-finite points (or ≤ 0 on a log axis) break the line.
  line(xs, ys, color, attrs = {}) {
    let d = '', pen = false;
    for (let i = 0; i < xs.length; i++) {
      const x = num(xs[i]), y = num(ys[i]);
      if (!Number.isFinite(x) || !Number.isFinite(y) || (this.ylog && y <= 0)) { pen = false; continue; }
      const py = Math.max(-1e4, Math.min(1e4, this.sy(y)));
      d += (pen ? 'L' : 'M') + this.sx(x).toFixed(2) + ' ' + py.toFixed(2);
      pen = true;
    }
    return svgEl('path', { d, fill: 'none', stroke: color, 'stroke-width': 2, ...attrs }, this.plot);
  }
  // A shaded vertical band between x = a and x = b (clamped to the plot).
  band(a, b, color, label) {
    const xa = this.sx(Math.max(a, this.x0)), xb = this.sx(Math.min(b, this.x1));
    if (!(xb > xa)) return;
    svgEl('rect', { x: xa, y: this.m.t, width: xb - xa, height: this.H - this.m.t - this.m.b, fill: color, 'fill-opacity': 0.12, class: 'band', 'data-label': label || '' }, this.plot);
    if (!label) return;
    // The label sits beside the band, towards the middle of the plot, at mid-height (where σ and σ′ are not).
    const right = b >= this.x1, x = right ? xa - 4 : xb + 4, y = (this.m.t + this.H - this.m.b) / 2;
    svgEl('text', { x, y, 'text-anchor': right ? 'end' : 'start', class: 'band-label' }, this.plot).textContent = label + (right ? ' →' : '');
    if (!right) this.plot.lastChild.textContent = '← ' + label;
  }
  vline(x, color) {
    const px = this.sx(x);
    return svgEl('line', { x1: px, x2: px, y1: this.m.t, y2: this.H - this.m.b, stroke: color, 'stroke-dasharray': '4 3' }, this.overlay);
  }
  // Chart coordinates of a mouse event.
  eventX(event) {
    const box = this.svg.getBoundingClientRect();
    return this.invX((event.clientX - box.left) / box.width * this.W);
  }
  eventY(event) {
    const box = this.svg.getBoundingClientRect();
    return this.invY((event.clientY - box.top) / box.height * this.H);
  }
}

const extent = (...arrays) => {
  let lo = Infinity, hi = -Infinity;
  for (const a of arrays) for (const v0 of a) { const v = num(v0); if (Number.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); } }
  return [lo, hi];
};
const pad = ([lo, hi], f = 0.05) => { const s = (hi - lo) || 1; return [lo - s * f, hi + s * f]; };

// Calls fn with the latest arguments, never more than one call in flight (slider and hover events come fast).
function latestOnly(fn) {
  let running = false, pending = null;
  const run = async args => {
    running = true;
    try { await fn(...args); } finally {
      running = false;
      if (pending) { const next = pending; pending = null; run(next); }
    }
  };
  return (...args) => { if (running) pending = args; else run(args); };
}

// ---------------------------------------------------------------- Explorer

const explorer = {
  range: { from: -20, to: 20, points: 801 },
  charts: {},
  cursor: 18,
  saturation: null, // float thresholds from /api/curves: { oneFrom, zeroBelow }
  point: null,      // the last /api/point answer
};

function kFromSlider() { return Math.round(Math.pow(10, Number($('k-slider').value)) * 1000) / 1000; }

async function plotCurves() {
  const params = { from: $('range-from').value.trim(), to: $('range-to').value.trim(), points: $('range-points').value.trim() };
  try {
    const data = await api('/api/curves', params);
    showError($('explorer-error'), null);
    explorer.range = { from: data.t[0], to: data.t[data.t.length - 1], points: data.t.length };
    const xr = [data.t[0], data.t[data.t.length - 1]];
    const c1 = new Chart($('chart-sigmoid'), { x: xr, y: [-0.05, 1.05], xlabel: 't', ylabel: 'σ, σ′' });
    const fs = data.floatSaturation;
    explorer.saturation = fs;
    c1.band(-Infinity, fs.zeroBelow, COLORS[5], tr('bandZero'));
    c1.band(fs.oneFrom, Infinity, COLORS[5], tr('bandOne'));
    c1.line(data.t, data.sigmoid, COLORS[0], { 'data-series': 'sigmoid' });
    c1.line(data.t, data.derivative, COLORS[1], { 'data-series': 'derivative' });
    const c2 = new Chart($('chart-logsigmoid'), { x: xr, y: pad(extent(data.logSigmoid)), xlabel: 't', ylabel: 'ln σ' });
    c2.line(data.t, data.logSigmoid, COLORS[2], { 'data-series': 'logSigmoid' });
    const c3 = new Chart($('chart-logit'), { x: [0, 1], y: pad(extent(data.logit.value)), xlabel: 'p', ylabel: 'σ⁻¹(p)' });
    c3.line(data.logit.p, data.logit.value, COLORS[3], { 'data-series': 'logit' });
    explorer.charts = { sigmoid: c1, logsigmoid: c2 };
    await plotSteep();
    drawCursor();
    writeNote();
  } catch (e) { showError($('explorer-error'), e); }
}

// The sentence under the read-out, in the page's language, from the float state of the last point.
function writeNote() {
  const data = explorer.point, fs = explorer.saturation;
  if (!data) return;
  if (!fs) { $('point-note').textContent = data.note; return; }
  const params = { one: Number(num(fs.oneFrom).toPrecision(7)), zero: Number(num(fs.zeroBelow).toPrecision(9)) };
  say($('point-note'), data.floatSaturated === 'one' ? 'noteOne' : data.floatSaturated === 'zero' ? 'noteZero' : 'noteNone', params);
}

const plotSteep = latestOnly(async () => {
  const k = kFromSlider();
  $('k-value').textContent = String(k);
  const { from, to, points } = explorer.range;
  try {
    const data = await api('/api/steep', { k, from, to, points });
    showError($('explorer-error'), null);
    const c = new Chart($('chart-steep'), { x: [from, to], y: [-0.05, 1.05], xlabel: 't', ylabel: 'σ(k·t)' });
    c.line(data.t, data.step, COLORS[4], { 'stroke-dasharray': '6 4', 'data-series': 'step' });
    c.line(data.t, data.value, COLORS[0], { 'data-series': 'steep', 'data-k': String(data.k) });
    explorer.charts.steep = c;
    drawCursor();
  } catch (e) { showError($('explorer-error'), e); }
});

function drawCursor() {
  for (const c of Object.values(explorer.charts)) {
    if (!c) continue;
    if (c.cursor) c.cursor.remove();
    c.cursor = explorer.cursor >= c.x0 && explorer.cursor <= c.x1 ? c.vline(explorer.cursor, COLORS[5]) : null;
  }
}

const showPoint = latestOnly(async t => {
  try {
    const data = await api('/api/point', { t, k: kFromSlider() });
    showError($('explorer-error'), null);
    explorer.cursor = data.t;
    for (const cell of document.querySelectorAll('#point-table td')) {
      cell.dataset.exact = data[cell.dataset.type][cell.dataset.key];
      cell.textContent = exactText(cell.dataset.exact);
      const saturated = cell.dataset.type === 'float' && cell.dataset.key === 'sigmoid' && data.floatSaturated !== 'none';
      cell.classList.toggle('saturated', saturated);
    }
    explorer.point = data;
    writeNote();
    drawCursor();
  } catch (e) { showError($('explorer-error'), e); }
});

function initExplorer() {
  $('range-form').addEventListener('submit', e => { e.preventDefault(); plotCurves(); });
  $('k-slider').addEventListener('input', () => { plotSteep(); showPoint($('point-t').value.trim()); });
  $('point-form').addEventListener('submit', e => { e.preventDefault(); showPoint($('point-t').value.trim()); });
  for (const id of ['chart-sigmoid', 'chart-logsigmoid', 'chart-steep']) {
    $(id).addEventListener('mousemove', event => {
      const key = id === 'chart-steep' ? 'steep' : id.slice(6);
      const c = explorer.charts[key];
      if (!c) return;
      const t = Number(c.eventX(event).toPrecision(6));
      if (t < c.x0 || t > c.x1) return;
      $('point-t').value = String(t);
      showPoint(String(t));
    });
  }
  plotCurves();
  showPoint($('point-t').value.trim());
}

// ---------------------------------------------------------------- Vanishing gradients

const training = { controller: null, epochs: [], firstNorms: null, total: 0, ended: false };

async function initVanishing() {
  let options;
  try { options = await api('/api/training/options'); } catch (e) {
    say($('vanishing-unavailable'), 'trainingUnavailable', { error: e.detail || e.message });
    $('vanishing-unavailable').hidden = false;
    $('train-start').disabled = true;
    return;
  }
  const fill = (select, items, preferred) => {
    for (const item of items) addOption(select, item);
    if (items.includes(preferred)) select.value = preferred;
  };
  fill($('train-activation'), options.activations, 'sigmoid');
  fill($('train-dataset'), options.datasets, options.defaultDataset ?? options.datasets[0]);
  $('server-status').dataset.limit = options.maxConcurrentTrainings;
  $('train-form').addEventListener('submit', e => { e.preventDefault(); startTraining(); });
  $('train-stop').addEventListener('click', stopTraining);
  refreshServerStatus();
}

function addOption(select, value) {
  const o = document.createElement('option'); o.value = value; o.textContent = value; select.appendChild(o);
}

async function refreshServerStatus() {
  try {
    const s = await api('/api/training/status');
    say($('server-status'), 'serverStatus', { running: s.running, limit: s.limit, completed: s.completed, cancelled: s.cancelled });
  } catch { /* the status line is informative only */ }
}

function trainingParams() {
  return {
    activation: $('train-activation').value, depth: $('train-depth').value.trim(), width: $('train-width').value.trim(),
    learningRate: $('train-lr').value.trim(), epochs: $('train-epochs').value.trim(), dataset: $('train-dataset').value,
  };
}

async function startTraining() {
  if (training.controller) return;
  const params = trainingParams();
  const controller = new AbortController();
  Object.assign(training, { controller, epochs: [], firstNorms: null, total: Number(params.epochs), ended: false });
  $('train-start').disabled = true; $('train-stop').disabled = false;
  say($('train-status'), 'starting');
  showError($('train-error'), null);
  drawTraining();
  try {
    // The server takes state-changing requests only as JSON, which no other site's form or script can send here.
    const response = await fetch('/api/training?' + new URLSearchParams(params),
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, signal: controller.signal });
    if (!response.ok) throw await errorOf(response);
    refreshServerStatus();
    await readEvents(response, onTrainingEvent);
    if (!training.ended) say($('train-status'), 'closedStream');
  } catch (e) {
    if (e.name === 'AbortError') say($('train-status'), 'stoppedAfter', { n: training.epochs.length, epochsWord: plural('epochs', training.epochs.length) });
    else { showError($('train-error'), e); say($('train-status'), 'notRunning'); }
  } finally {
    training.controller = null;
    $('train-start').disabled = false; $('train-stop').disabled = true;
    // The server frees the slot once the training thread has returned; on a busy machine that can take a moment.
    for (const ms of [300, 1000, 3000, 8000]) setTimeout(refreshServerStatus, ms);
  }
}

function stopTraining() {
  if (training.controller) training.controller.abort(); // closing the request cancels the training on the server
}

// Reads a text/event-stream body: blocks separated by a blank line, with "event:" and "data:" lines.
async function readEvents(response, onEvent) {
  const reader = response.body.getReader(), decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut); buffer = buffer.slice(cut + 2);
      let name = 'message', data = '';
      for (const line of block.split('\n')) {
        if (line.startsWith('event: ')) name = line.slice(7);
        else if (line.startsWith('data: ')) data += line.slice(6);
      }
      onEvent(name, data ? JSON.parse(data) : null);
    }
  }
}

function onTrainingEvent(name, data) {
  if (name === 'start') say($('train-status'), 'trainingStart', { activation: data.activation, depth: data.depth, width: data.width });
  else if (name === 'epochs') {
    for (const e of data) training.epochs.push(e);
    if (!training.firstNorms && training.epochs.length) training.firstNorms = training.epochs[0].gradNorms;
    const last = training.epochs[training.epochs.length - 1];
    say($('train-status'), 'epochStatus', { epoch: last.epoch, total: training.total, loss: num(last.loss).toPrecision(5), accuracy: (100 * num(last.accuracy)).toFixed(1) });
    drawTraining();
  } else if (name === 'done') {
    training.ended = true;
    say($('train-status'), 'doneStatus', { loss: num(data.finalLoss).toPrecision(5), accuracy: (100 * num(data.finalAccuracy)).toFixed(1) });
    drawTraining();
  } else if (name === 'stopped') {
    training.ended = true;
    say($('train-status'), 'stoppedByServer', { reason: messageOf(data) || data.reason });
  } else if (name === 'error') {
    training.ended = true;
    showError($('train-error'), new ApiError(0, data.error, messageOf(data)));
  }
}

function drawTraining() {
  const epochs = training.epochs;
  const xs = epochs.map(e => e.epoch), losses = epochs.map(e => e.loss);
  const [lo, hi] = extent(losses);
  const lastEpoch = Math.max(2, training.total || 2);
  const epochTicks = [];
  const epochStep = Math.max(1, niceStep(lastEpoch - 1, 8));
  for (let v = Math.ceil(1 / epochStep) * epochStep || 1; v <= lastEpoch; v += epochStep) epochTicks.push(v);
  const lossChart = new Chart($('chart-loss'), {
    x: [1, lastEpoch], xticks: epochTicks, y: Number.isFinite(lo) ? [Math.min(0, lo), hi * 1.05 || 1] : [0, 1],
    xlabel: tr('axisEpoch'), ylabel: tr('axisLoss') });
  lossChart.line(xs, losses, COLORS[1], { 'data-series': 'loss', 'data-count': String(epochs.length) });

  const last = epochs.length ? epochs[epochs.length - 1].gradNorms : [];
  const first = training.firstNorms || [];
  const layers = Math.max(last.length, first.length);
  const positives = [...last, ...first].map(num).filter(v => Number.isFinite(v) && v > 0);
  let ylo = 1e-8, yhi = 1;
  if (positives.length) {
    ylo = Math.pow(10, Math.floor(Math.log10(Math.min(...positives))));
    yhi = Math.pow(10, Math.ceil(Math.log10(Math.max(...positives))));
    if (yhi <= ylo) yhi = ylo * 10;
  }
  const xt = [];
  const every = Math.max(1, Math.ceil(layers / 16));
  for (let l = 1; l <= layers; l += every) xt.push(l);
  const gradChart = new Chart($('chart-grads'), { x: [0.5, Math.max(1, layers) + 0.5], y: [ylo, yhi], ylog: true,
    xlabel: tr('axisLayer'), ylabel: '‖∂L/∂W‖', xticks: xt });
  const bw = Math.max(1, (gradChart.sx(1.4) - gradChart.sx(0.6)));
  const g = svgEl('g', { 'data-series': 'grads', 'data-layers': String(last.length) }, gradChart.plot);
  last.forEach((v0, i) => {
    const v = num(v0);
    if (!(v > 0)) return;
    const x = gradChart.sx(i + 1) - bw / 2, y = gradChart.sy(v), base = gradChart.H - gradChart.m.b;
    svgEl('rect', { x, y, width: bw, height: Math.max(0, base - y), fill: COLORS[0], 'fill-opacity': 0.8, class: 'bar' }, g);
  });
  first.forEach((v0, i) => {
    const v = num(v0);
    if (!(v > 0)) return;
    const cx = gradChart.sx(i + 1), cy = gradChart.sy(v), r = Math.min(6, bw / 2 + 1);
    svgEl('path', { d: `M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`, fill: 'none', stroke: COLORS[4], 'stroke-width': 1.5 }, gradChart.plot);
  });
}

// ---------------------------------------------------------------- Zig-zag

const zig = { contours: null, charts: {} };

async function initZigzag() {
  try { zig.contours = await api('/api/zigzag/contours'); } catch (e) {
    say($('zigzag-unavailable'), 'zigzagUnavailable', { error: e.detail || e.message });
    $('zigzag-unavailable').hidden = false;
    $('zig-run').disabled = true;
    return;
  }
  $('zig-lr').value = String(zig.contours.suggestedLearningRate);
  $('zig-w1').value = String(zig.contours.suggestedStart[0]);
  $('zig-w2').value = String(zig.contours.suggestedStart[1]);
  say($('zig-note'), 'zigzagNote', {
    positive: zig.contours.positive.largestStableLearningRate.toPrecision(4),
    centred: zig.contours.centred.largestStableLearningRate.toPrecision(4) });
  $('zig-form').addEventListener('submit', e => { e.preventDefault(); descend(); });
  for (const kind of ['positive', 'centred']) {
    $('chart-zig-' + kind).addEventListener('click', event => {
      const c = zig.charts[kind];
      if (!c) return;
      $('zig-w1').value = String(Number(c.eventX(event).toPrecision(4)));
      $('zig-w2').value = String(Number(c.eventY(event).toPrecision(4)));
      descend();
    });
  }
  drawContours();
  descend();
}

// Iso-lines of a grid z[j][i] over (xs[i], ys[j]) at the given levels, by marching squares (segments only).
function isolines(chart, xs, ys, z, levels, color) {
  const g = svgEl('g', {}, chart.plot);
  for (const level of levels) {
    let d = '';
    for (let j = 0; j + 1 < ys.length; j++) for (let i = 0; i + 1 < xs.length; i++) {
      const corners = [[xs[i], ys[j], z[j][i]], [xs[i + 1], ys[j], z[j][i + 1]], [xs[i + 1], ys[j + 1], z[j + 1][i + 1]], [xs[i], ys[j + 1], z[j + 1][i]]];
      const cuts = [];
      for (let e = 0; e < 4; e++) {
        const [xa, ya, za] = corners[e], [xb, yb, zb] = corners[(e + 1) % 4];
        if ((za < level) !== (zb < level)) {
          const f = (level - za) / (zb - za);
          cuts.push([xa + f * (xb - xa), ya + f * (yb - ya)]);
        }
      }
      for (let c = 0; c + 1 < cuts.length; c += 2)
        d += `M${chart.sx(cuts[c][0]).toFixed(1)} ${chart.sy(cuts[c][1]).toFixed(1)}L${chart.sx(cuts[c + 1][0]).toFixed(1)} ${chart.sy(cuts[c + 1][1]).toFixed(1)}`;
    }
    svgEl('path', { d, fill: 'none', stroke: color, 'stroke-width': 1 }, g);
  }
}

function drawContours() {
  const c = zig.contours;
  for (const kind of ['positive', 'centred']) {
    const chart = new Chart($('chart-zig-' + kind), { x: [c.w1[0], c.w1[c.w1.length - 1]], y: [c.w2[0], c.w2[c.w2.length - 1]], xlabel: 'w₁', ylabel: 'w₂' });
    const grid = c[kind].loss;
    const flat = grid.flat().map(num).filter(Number.isFinite);
    const min = Math.min(...flat), max = Math.max(...flat);
    const levels = [];
    for (let i = 1; i <= 12; i++) levels.push(min + (max - min) * Math.pow(i / 13, 2)); // denser near the optimum
    isolines(chart, c.w1, c.w2, grid, levels, '#bbb');
    const [ow1, ow2] = c[kind].optimum;
    svgEl('text', { x: chart.sx(ow1), y: chart.sy(ow2) + 6, 'text-anchor': 'middle', fill: COLORS[2], class: 'optimum' }, chart.plot).textContent = '★';
    zig.charts[kind] = chart;
  }
}

const descend = latestOnly(async () => {
  try {
    const data = await api('/api/zigzag/path', { w1: $('zig-w1').value.trim(), w2: $('zig-w2').value.trim(), learningRate: $('zig-lr').value.trim() });
    showError($('zig-error'), null);
    drawContours();
    for (const kind of ['positive', 'centred']) {
      const chart = zig.charts[kind], path = data[kind];
      const color = kind === 'positive' ? COLORS[1] : COLORS[0];
      chart.line(path.w1, path.w2, color, { 'stroke-width': 1.5, 'data-series': 'path-' + kind });
      for (let i = 0; i < path.w1.length; i += Math.max(1, Math.floor(path.w1.length / 60)))
        svgEl('circle', { cx: chart.sx(path.w1[i]), cy: chart.sy(path.w2[i]), r: 2, fill: color }, chart.plot);
      svgEl('circle', { cx: chart.sx(path.w1[0]), cy: chart.sy(path.w2[0]), r: 5, fill: 'none', stroke: '#000' }, chart.plot);
      say($('zig-steps-' + kind), path.reached ? 'stepsReached' : path.diverged ? 'stepsDiverged' : 'stepsNotReached', {
        steps: path.steps, tolerance: data.tolerance,
        stepsWord: plural(path.reached ? 'stepsNominative' : 'steps', path.steps) });
      chart.svg.dataset.steps = String(path.reached ? path.steps : -1);
    }
  } catch (e) { showError($('zig-error'), e); }
});

// ---------------------------------------------------------------- start

document.addEventListener('DOMContentLoaded', async () => {
  try { await setLanguage(initialLanguage()); } catch { /* the English text in the page stays */ }
  $('language').addEventListener('change', async () => {
    try {
      await setLanguage($('language').value);
      plotCurves();
      drawTraining();
      if (zig.contours) descend(); // redraws the contour plots with the language's tick labels
    } catch (e) { showError($('explorer-error'), e); }
  });
  initExplorer();
  initVanishing();
  initZigzag();
});
