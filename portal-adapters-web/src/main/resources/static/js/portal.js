// Portail Famille: small progressive enhancements. Every page works without this script.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  document.addEventListener('DOMContentLoaded', function () {
    // Error summaries and confirmations are focused on load so that screen readers announce them.
    var focusTarget = document.querySelector('[data-autofocus]');
    if (focusTarget) {
      focusTarget.focus();
    }

    // A link of an error summary puts the keyboard focus in its field (a plain "#field" link only scrolls),
    // with the field's label in view.
    document.querySelectorAll('.error-summary a[href^="#"]').forEach(function (link) {
      link.addEventListener('click', function (event) {
        var field = document.getElementById(link.getAttribute('href').slice(1));
        if (!field) {
          return;
        }
        event.preventDefault();
        var label = document.querySelector('label[for="' + field.id + '"]');
        (label || field).scrollIntoView();
        field.focus({ preventScroll: true });
      });
    });

    // Under 768 px the tab bar collapses behind a menu button.
    document.querySelectorAll('.site-nav__toggle').forEach(function (toggle) {
      toggle.hidden = false;
      toggle.addEventListener('click', function () {
        var expanded = toggle.getAttribute('aria-expanded') === 'true';
        toggle.setAttribute('aria-expanded', String(!expanded));
      });
    });
  });
})();
