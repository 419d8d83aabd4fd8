// Planning grid: a bookable day opens a small menu of its actions with Enter, Space, a click or a right-click.
// Without this script every such day is a link to its own page, which lists the same actions as forms.
(function () {
  'use strict';

  var openMenu = null;

  function labels() {
    return document.getElementById('cell-menu-labels').dataset;
  }

  function closeMenu(returnFocus) {
    if (!openMenu) {
      return;
    }
    var cell = openMenu.cell;
    openMenu.element.remove();
    cell.setAttribute('aria-expanded', 'false');
    openMenu = null;
    if (returnFocus) {
      cell.focus();
    }
  }

  // The form is built when an action is chosen: the page holds no form without a submit button.
  function post(cell, slug) {
    var text = labels();
    var form = document.createElement('form');
    form.method = 'post';
    form.action = cell.getAttribute('href') + '/' + slug;
    form.hidden = true;
    var token = document.createElement('input');
    token.type = 'hidden';
    token.name = text.csrfName;
    token.value = text.csrfToken;
    form.appendChild(token);
    var submit = document.createElement('button');
    submit.type = 'submit';
    form.appendChild(submit);
    document.body.appendChild(form);
    form.submit();
  }

  function items() {
    return openMenu ? Array.prototype.slice.call(openMenu.element.querySelectorAll('[role="menuitem"]')) : [];
  }

  function open(cell, x, y) {
    closeMenu(false);
    var text = labels();
    var menu = document.createElement('ul');
    menu.className = 'cell-menu';
    menu.setAttribute('role', 'menu');
    menu.id = 'menu-jour';
    menu.setAttribute('aria-label', text.menu + ' : ' + cell.textContent.trim());
    var slugs = (cell.dataset.actions || '').split(' ').filter(Boolean);
    slugs.push('detail');
    slugs.forEach(function (slug) {
      var li = document.createElement('li');
      li.setAttribute('role', 'none');
      var item;
      if (slug === 'absence' || slug === 'detail') {
        item = document.createElement('a');
        item.href = slug === 'absence' ? cell.dataset.absenceUrl : cell.getAttribute('href');
      } else {
        item = document.createElement('button');
        item.type = 'button';
        item.addEventListener('click', function () { post(cell, slug); });
      }
      item.setAttribute('role', 'menuitem');
      item.tabIndex = -1;
      item.textContent = text[slug.replace(/-([a-z])/g, function (m, c) { return c.toUpperCase(); })];
      li.appendChild(item);
      menu.appendChild(li);
    });
    menu.addEventListener('keydown', function (event) {
      var list = items();
      var index = list.indexOf(document.activeElement);
      if (event.key === 'Escape') {
        event.preventDefault();
        closeMenu(true);
      } else if (event.key === 'ArrowDown') {
        event.preventDefault();
        list[(index + 1) % list.length].focus();
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        list[(index - 1 + list.length) % list.length].focus();
      } else if (event.key === 'Home') {
        event.preventDefault();
        list[0].focus();
      } else if (event.key === 'End') {
        event.preventDefault();
        list[list.length - 1].focus();
      } else if (event.key === 'Tab') {
        closeMenu(false);
      } else if (event.key === ' ' && document.activeElement.tagName === 'A') {
        event.preventDefault();
        document.activeElement.click();
      }
    });
    document.body.appendChild(menu);
    var rect = cell.getBoundingClientRect();
    var left = x !== undefined ? x : rect.left;
    var top = y !== undefined ? y : rect.bottom;
    var width = menu.offsetWidth;
    left = Math.max(4, Math.min(left, document.documentElement.clientWidth - width - 4));
    menu.style.left = (left + window.scrollX) + 'px';
    menu.style.top = (top + window.scrollY + 2) + 'px';
    cell.setAttribute('aria-expanded', 'true');
    openMenu = { element: menu, cell: cell };
    items()[0].focus();
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-cell]').forEach(function (cell) {
      cell.setAttribute('role', 'button');
      cell.setAttribute('aria-haspopup', 'menu');
      cell.setAttribute('aria-expanded', 'false');
      cell.addEventListener('click', function (event) {
        event.preventDefault();
        open(cell);
      });
      cell.addEventListener('keydown', function (event) {
        if (event.key === ' ' || event.key === 'Spacebar') {
          event.preventDefault();
          open(cell);
        }
      });
      cell.addEventListener('contextmenu', function (event) {
        event.preventDefault();
        open(cell, event.clientX, event.clientY);
      });
    });
    document.addEventListener('click', function (event) {
      if (openMenu && !openMenu.element.contains(event.target) && event.target.closest('[data-cell]') !== openMenu.cell) {
        closeMenu(false);
      }
    });
  });
})();
