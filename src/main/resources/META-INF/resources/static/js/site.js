// FirstSession progressive enhancement. Every page works without this file.
(function () {
  'use strict';

  // Times are shown in the visitor's zone: tell the server the browser's zone once, in a cookie.
  // A page that had to fall back to UTC reloads once with it (only when the cookie really got set).
  function rememberZone() {
    if (/(?:^|;\s*)tz=/.test(document.cookie)) { return; }
    var zone;
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
    if (!zone || !/^[A-Za-z_]+(?:\/[A-Za-z0-9_+\-]+)*$/.test(zone)) { return; }
    var secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = 'tz=' + zone + '; Path=/; Max-Age=31536000; SameSite=Lax' + secure;
    if (document.body.getAttribute('data-tz-source') === 'default' && zone !== 'UTC'
        && /(?:^|;\s*)tz=/.test(document.cookie) && document.querySelector('[data-times]')) {
      location.reload();
    }
  }

  // "Copy link" buttons: copy the page's share URL; the plain link next to it works without JS.
  function copyButtons() {
    var buttons = document.querySelectorAll('[data-copy]');
    Array.prototype.forEach.call(buttons, function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        var status = document.getElementById(button.getAttribute('aria-describedby'));
        var done = function (text) { if (status) { status.textContent = text; } };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(button.getAttribute('data-copy'))
            .then(function () { done('Link copied.'); }, function () { done('Could not copy; use the link instead.'); });
        } else {
          done('Could not copy; use the link instead.');
        }
      });
    });
  }

  // Forms that ask "are you sure?" (cancel a booking, delete the account).
  function confirmations() {
    var forms = document.querySelectorAll('form[data-confirm]');
    Array.prototype.forEach.call(forms, function (form) {
      form.addEventListener('submit', function (event) {
        if (!window.confirm(form.getAttribute('data-confirm'))) { event.preventDefault(); }
      });
    });
  }

  // Place fields (profile "Place", directory "Near"): suggestions from GET /api/places in a datalist; picking
  // one fills the hidden id field named by data-place-suggest. Without this script the typed name is sent
  // and the server takes the place of that name.
  function placeSuggestions() {
    var inputs = document.querySelectorAll('input[data-place-suggest]');
    Array.prototype.forEach.call(inputs, function (input) {
      var idField = document.getElementById(input.getAttribute('data-place-suggest'));
      var list = document.createElement('datalist');
      list.id = input.id + '-suggestions';
      input.parentNode.insertBefore(list, input.nextSibling);
      input.setAttribute('list', list.id);
      var found = {};
      var timer = null;
      input.addEventListener('input', function () {
        var label = input.value;
        if (idField) { idField.value = found[label] || ''; }
        if (found[label]) { return; }
        var q = label.split(',')[0].trim();
        if (q.length < 2) { return; }
        window.clearTimeout(timer);
        timer = window.setTimeout(function () {
          var country = input.getAttribute('data-country') ? document.getElementById(input.getAttribute('data-country')) : null;
          var url = '/api/places?limit=8&q=' + encodeURIComponent(q)
              + (country && country.value ? '&country=' + encodeURIComponent(country.value) : '');
          fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) { return r.ok ? r.json() : { items: [] }; })
            .then(function (body) {
              list.textContent = '';
              body.items.forEach(function (place) {
                var option = document.createElement('option');
                option.value = place.name;
                option.label = place.name + ', ' + place.country + (place.region ? ' (' + place.region + ')' : '');
                if (!found[place.name]) { found[place.name] = String(place.id); }
                list.appendChild(option);
              });
            }, function () { /* no suggestions: the typed name still works */ });
        }, 200);
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    rememberZone();
    copyButtons();
    confirmations();
    placeSuggestions();
  });
}());
