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

  // Place fields (profile "Place", directory "Near", the guided start): a combobox whose list shows the places of
  // GET /api/places for what was typed, each with the name that matched ("München (Munich), Bavaria, DE"); picking
  // one (click, or arrow keys and Enter) writes that name into the field and the place's id into the hidden field
  // named by data-place-suggest. Without this script the typed name is sent and the server takes the place of that
  // name. The list's words come from the page (data-suggest-*), in its language.
  function placeSuggestions() {
    var inputs = document.querySelectorAll('input[data-place-suggest]');
    Array.prototype.forEach.call(inputs, function (input) {
      var idField = document.getElementById(input.getAttribute('data-place-suggest'));
      var wrapper = document.createElement('div');
      wrapper.className = 'place-field';
      input.parentNode.insertBefore(wrapper, input);
      wrapper.appendChild(input);
      var list = document.createElement('ul');
      list.id = input.id + '-suggestions';
      list.className = 'place-suggestions';
      list.setAttribute('role', 'listbox');
      list.setAttribute('aria-label', input.getAttribute('data-suggest-label') || '');
      list.setAttribute('translate', 'no');
      list.hidden = true;
      wrapper.appendChild(list);
      var status = document.createElement('p');
      status.className = 'visually-hidden';
      status.setAttribute('role', 'status');
      wrapper.appendChild(status);
      input.setAttribute('role', 'combobox');
      input.setAttribute('aria-autocomplete', 'list');
      input.setAttribute('aria-expanded', 'false');
      input.setAttribute('aria-controls', list.id);
      var places = [];
      var active = -1;
      var picked = idField && idField.value ? input.value : null;
      var timer = null;
      var asked = 0;

      function fieldText(place) {
        return place.matchedName + ', ' + (place.regionName ? place.regionName + ', ' : '') + place.country;
      }
      function close() {
        list.hidden = true;
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
        active = -1;
      }
      function highlight(index) {
        active = index;
        Array.prototype.forEach.call(list.children, function (option, i) {
          option.setAttribute('aria-selected', i === index ? 'true' : 'false');
        });
        if (index >= 0) {
          input.setAttribute('aria-activedescendant', list.children[index].id);
          list.children[index].scrollIntoView({ block: 'nearest' });
        } else {
          input.removeAttribute('aria-activedescendant');
        }
      }
      function choose(index) {
        var place = places[index];
        input.value = fieldText(place);
        picked = input.value;
        if (idField) { idField.value = String(place.id); }
        status.textContent = '';
        close();
      }
      function show(found) {
        places = found;
        list.textContent = '';
        found.forEach(function (place, i) {
          var option = document.createElement('li');
          option.id = list.id + '-' + i;
          option.setAttribute('role', 'option');
          option.setAttribute('aria-selected', 'false');
          option.setAttribute('data-place-id', String(place.id));
          option.textContent = place.matchedName + (place.matchedName !== place.name ? ' (' + place.name + ')' : '')
              + ', ' + (place.regionName ? place.regionName + ', ' : '') + place.country;
          // mousedown, not click: the field's blur would close the list before the click arrives.
          option.addEventListener('mousedown', function (event) { event.preventDefault(); choose(i); });
          list.appendChild(option);
        });
        active = -1;
        list.hidden = found.length === 0;
        input.setAttribute('aria-expanded', found.length ? 'true' : 'false');
        status.textContent = found.length
            ? (input.getAttribute('data-suggest-count') || '').replace('#', String(found.length))
            : input.getAttribute('data-suggest-none') || '';
      }

      input.addEventListener('input', function () {
        if (idField && input.value !== picked) { idField.value = ''; }
        var q = input.value.split(',')[0].trim();
        window.clearTimeout(timer);
        if (q.length < 2) { close(); return; }
        timer = window.setTimeout(function () {
          var country = input.getAttribute('data-country') ? document.getElementById(input.getAttribute('data-country')) : null;
          var url = '/api/places?limit=8&q=' + encodeURIComponent(q)
              + (country && country.value ? '&country=' + encodeURIComponent(country.value) : '');
          var ticket = ++asked;
          fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) { return r.ok ? r.json() : { items: [] }; })
            .then(function (body) { if (ticket === asked) { show(body.items); } },
              function () { /* no suggestions: the typed name still works */ });
        }, 200);
      });
      input.addEventListener('keydown', function (event) {
        if (list.hidden) { return; }
        if (event.key === 'ArrowDown') {
          event.preventDefault();
          highlight(Math.min(active + 1, places.length - 1));
        } else if (event.key === 'ArrowUp') {
          event.preventDefault();
          highlight(Math.max(active - 1, 0));
        } else if (event.key === 'Enter' && active >= 0) {
          event.preventDefault();
          choose(active);
        } else if (event.key === 'Escape') {
          close();
        }
      });
      input.addEventListener('blur', close);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    rememberZone();
    copyButtons();
    confirmations();
    placeSuggestions();
  });
}());
