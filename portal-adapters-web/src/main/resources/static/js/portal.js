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
