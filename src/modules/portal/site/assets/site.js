// The portal's only script, and an optional one: every control it handles is a link that works without it.
// With it, font size and elder mode change at once (the link is still requested, to keep the cookie), and
// 打印 prints the page in place.
document.addEventListener('click', function (event) {
  var link = event.target instanceof Element ? event.target.closest('a') : null;
  if (!link) return;
  var root = document.documentElement;
  if (link.hasAttribute('data-print')) {
    event.preventDefault();
    window.print();
    return;
  }
  var size = link.getAttribute('data-size');
  var elder = link.getAttribute('data-elder');
  if (size === null && elder === null) return;
  event.preventDefault();
  if (size !== null) {
    root.classList.remove('size-s', 'size-m', 'size-l');
    root.classList.add('size-' + size);
    document.querySelectorAll('a[data-size]').forEach(function (other) {
      if (other.getAttribute('data-size') === size) other.setAttribute('aria-current', 'true');
      else other.removeAttribute('aria-current');
    });
  }
  fetch(link.href, { credentials: 'same-origin', redirect: 'manual' }).finally(function () {
    // The elder link's label and target flip, so the page is fetched again with the new cookie.
    if (elder !== null) window.location.reload();
  });
});
