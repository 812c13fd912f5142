// Whether every form control of the page (input but type=hidden, select, textarea, button), every label of one and
// every fieldset's legend is drawn, from the styles and boxes Chromium computed: AUI's CSS without AUI's script hides
// some (a legend outside fieldset.group, an input inside .checkbox or .radio, clipped to 1px). Drawn means: no
// display:none on it or above it, visible, not fully transparent, not clipped (clip, clip-path, or an overflow:hidden
// ancestor) to less than MIN pixels, at least MIN by MIN pixels, not off the page's left or top edge; a label or
// legend also shows some text. Returns how many elements it checked and one line per failure.
const MIN = 6;
const failures = [];
let checked = 0;
function describe(el) {
  let name = el.tagName.toLowerCase();
  if (el.id) name += '#' + el.id;
  else if (el.getAttribute('name')) name += '[name=' + el.getAttribute('name') + ']';
  const classes = (el.getAttribute('class') || '').trim().split(/\s+/).filter(c => c.length).slice(0, 3);
  if (classes.length) name += '.' + classes.join('.');
  if (!el.id && el.closest('[id]')) name += ' in #' + el.closest('[id]').id;
  return name;
}
function clipSize(clip) {
  const m = /^rect\((.*)\)$/.exec(clip.trim());
  if (!m) return null;
  const p = m[1].split(/[\s,]+/).filter(s => s.length).map(v => v === 'auto' ? NaN : parseFloat(v));
  return {width: p[1] - p[3], height: p[2] - p[0]};
}
// Why el is not drawn, or null when it is.
function hiddenBecause(el) {
  const box = el.getBoundingClientRect();
  let visibleWidth = box.width, visibleHeight = box.height;
  for (let e = el; e; e = e.parentElement) {
    const s = getComputedStyle(e);
    const where = e === el ? '' : ' on ' + describe(e);
    if (s.display === 'none') return 'display: none' + where;
    if (Number(s.opacity) === 0) return 'opacity: 0' + where;
    if (s.clip && s.clip !== 'auto' && (s.position === 'absolute' || s.position === 'fixed')) {
      const c = clipSize(s.clip);
      if (c && !(c.width >= MIN && c.height >= MIN)) return 'clip: ' + s.clip + where;
    }
    if (s.clipPath && s.clipPath !== 'none') return 'clip-path: ' + s.clipPath + where;
    if (e !== el && /hidden|clip/.test(s.overflow)) {
      const outer = e.getBoundingClientRect();
      visibleWidth = Math.min(visibleWidth, Math.min(box.right, outer.right) - Math.max(box.left, outer.left));
      visibleHeight = Math.min(visibleHeight, Math.min(box.bottom, outer.bottom) - Math.max(box.top, outer.top));
      if (!(visibleWidth >= MIN && visibleHeight >= MIN)) {
        return 'cut to ' + Math.max(0, visibleWidth).toFixed(0) + 'x' + Math.max(0, visibleHeight).toFixed(0)
            + 'px by overflow: ' + s.overflow + where;
      }
    }
  }
  const style = getComputedStyle(el);
  if (style.visibility !== 'visible') return 'visibility: ' + style.visibility;
  if (!el.getClientRects().length || box.width < MIN || box.height < MIN) {
    return 'drawn ' + box.width.toFixed(0) + 'x' + box.height.toFixed(0) + 'px, needs ' + MIN + 'x' + MIN;
  }
  if (box.right + window.scrollX <= 0 || box.bottom + window.scrollY <= 0) {
    return 'off the page at ' + (box.left + window.scrollX).toFixed(0) + ',' + (box.top + window.scrollY).toFixed(0);
  }
  return null;
}
function check(el, role, needsText) {
  checked++;
  const why = needsText && !el.textContent.trim() ? 'no text' : hiddenBecause(el);
  if (why) {
    const text = needsText ? ' "' + el.textContent.trim().slice(0, 40) + '"' : '';
    failures.push(role + ' ' + describe(el) + text + ': ' + why);
  } else if (needsText && !el.innerText.trim()) {
    failures.push(role + ' ' + describe(el) + ': no visible text');
  }
}
const labels = new Set();
for (const control of document.querySelectorAll('input:not([type=hidden]), select, textarea, button')) {
  check(control, 'control', false);
  for (const label of control.labels || []) labels.add(label);
}
for (const label of labels) check(label, 'label', true);
for (const legend of document.querySelectorAll('fieldset > legend')) check(legend, 'legend', true);
return {checked: checked, failures: failures};
