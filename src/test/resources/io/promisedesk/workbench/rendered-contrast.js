// WCAG 2.x AA contrast of every visible text of the page, from the styles Chromium computed: each element holding
// text of its own (or a form field's value) against the background it is painted on, the ancestors' background
// colours composited over the canvas. Text needs 4.5:1, large text (24px, or 18.66px bold) 3:1; disabled controls
// are exempt (WCAG 1.4.3). Returns how many texts it measured, and one line per failure and per colour it cannot
// read (rather than skipping it).
const failures = [];
let checked = 0;
function channels(colour) {
  const m = /^rgba?\(([^)]*)\)$/.exec(colour.trim());
  if (!m) return null;
  const p = m[1].split(/[\s,\/]+/).filter(s => s.length).map(Number);
  if (p.length < 3 || p.some(Number.isNaN)) return null;
  return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
}
function over(top, bottom) {
  const a = top.a;
  return {r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), a: 1};
}
function luminance(c) {
  const lin = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}
function ratio(a, b) {
  const l1 = luminance(a), l2 = luminance(b);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}
function describe(el) {
  let name = el.tagName.toLowerCase();
  if (el.id) name += '#' + el.id;
  const classes = (el.getAttribute('class') || '').trim().split(/\s+/).filter(c => c.length).slice(0, 3);
  if (classes.length) name += '.' + classes.join('.');
  return name;
}
function background(el) {
  const chain = [];
  for (let e = el; e; e = e.parentElement) chain.push(e);
  let paint = {r: 255, g: 255, b: 255, a: 1};
  for (let i = chain.length - 1; i >= 0; i--) {
    const c = channels(getComputedStyle(chain[i]).backgroundColor);
    if (!c) { failures.push(describe(chain[i]) + ': unreadable background ' + getComputedStyle(chain[i]).backgroundColor); return paint; }
    if (c.a > 0) paint = over(c, paint);
  }
  return paint;
}
function shown(el) {
  const rects = el.getClientRects();
  if (!rects.length) return false;
  const box = el.getBoundingClientRect();
  if (box.width <= 1 || box.height <= 1) return false;
  for (let e = el; e; e = e.parentElement) {
    const s = getComputedStyle(e);
    if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) === 0) return false;
  }
  return true;
}
function ownText(el) {
  if (el.matches('input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=submit]), textarea, select')) {
    return el.value || '';
  }
  if (el.matches('input[type=submit], input[type=button]')) return el.value || '';
  let text = '';
  for (const node of el.childNodes) if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
  return text.trim();
}
for (const el of document.body.querySelectorAll('*')) {
  if (el.matches('script, style, option, optgroup, title, noscript') || el.closest(':disabled')) continue;
  const text = ownText(el);
  if (!text || !shown(el)) continue;
  const style = getComputedStyle(el);
  const fg = channels(style.color);
  if (!fg) { failures.push(describe(el) + ': unreadable colour ' + style.color); continue; }
  const bg = background(el);
  const size = parseFloat(style.fontSize);
  const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
  const minimum = large ? 3 : 4.5;
  checked++;
  const measured = ratio(fg.a < 1 ? over(fg, bg) : fg, bg);
  if (measured < minimum) {
    const hex = c => '#' + [c.r, c.g, c.b].map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
    failures.push(describe(el) + ' "' + text.slice(0, 40) + '": ' + hex(fg.a < 1 ? over(fg, bg) : fg) + ' on ' + hex(bg)
        + ' is ' + measured.toFixed(2) + ':1, needs ' + minimum + ':1');
  }
}
return {checked: checked, failures: failures};
