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

    // Staff menu groups (<details data-nav-menu>, ADR 0043): one open at a time; Escape closes the open one and
    // gives the focus back to its button; a click or the focus elsewhere closes it.
    var menus = Array.prototype.slice.call(document.querySelectorAll('details[data-nav-menu]'));
    menus.forEach(function (menu) {
      menu.addEventListener('toggle', function () {
        if (menu.open) {
          menus.forEach(function (other) {
            if (other !== menu) {
              other.open = false;
            }
          });
        }
      });
      menu.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && menu.open) {
          menu.open = false;
          menu.querySelector('summary').focus();
        }
      });
      menu.addEventListener('focusout', function (event) {
        if (event.relatedTarget && !menu.contains(event.relatedTarget)) {
          menu.open = false;
        }
      });
    });
    if (menus.length) {
      document.addEventListener('click', function (event) {
        menus.forEach(function (menu) {
          if (menu.open && !menu.contains(event.target)) {
            menu.open = false;
          }
        });
      });
    }
  });
})();
