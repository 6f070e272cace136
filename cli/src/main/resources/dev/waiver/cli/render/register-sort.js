(function () {
  'use strict';
  var table = document.getElementById('register-table');
  if (!table || !table.tHead || !table.tBodies.length) {
    return;
  }
  var body = table.tBodies[0];
  var headers = table.tHead.rows[0].cells;

  function key(row, column) {
    var cell = row.cells[column];
    if (!cell) {
      return '';
    }
    var sortKey = cell.getAttribute('data-sort');
    return sortKey !== null ? sortKey : cell.textContent.replace(/\s+/g, ' ').trim().toLowerCase();
  }

  function compare(x, y) {
    if (/^\d+$/.test(x) && /^\d+$/.test(y) && x.length !== y.length) {
      return x.length - y.length;
    }
    return x < y ? -1 : (x > y ? 1 : 0);
  }

  function sortBy(column) {
    var ascending = headers[column].getAttribute('aria-sort') !== 'ascending';
    for (var i = 0; i < headers.length; i++) {
      headers[i].removeAttribute('aria-sort');
    }
    headers[column].setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var rows = Array.prototype.slice.call(body.rows).filter(function (row) {
      return row.hasAttribute('data-order');
    });
    rows.sort(function (a, b) {
      var c = compare(key(a, column), key(b, column));
      if (c === 0) {
        return Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
      }
      return ascending ? c : -c;
    });
    for (var j = 0; j < rows.length; j++) {
      body.appendChild(rows[j]);
    }
  }

  function enhance(column) {
    var th = headers[column];
    var button = document.createElement('button');
    button.type = 'button';
    while (th.firstChild) {
      button.appendChild(th.firstChild);
    }
    th.appendChild(button);
    button.addEventListener('click', function () {
      sortBy(column);
    });
  }

  for (var c = 0; c < headers.length; c++) {
    enhance(c);
  }
  var hint = document.getElementById('sort-hint');
  if (hint) {
    hint.removeAttribute('hidden');
  }
}());
